using CsCheck;
using FluentAssertions;
using NewsModel.Parsing.Speakers;
using NewsModel.Parsing.Text;
using NewsModel.Tests.Robustness;

namespace NewsModel.Tests.Parsing.Speakers;

/// <summary>
/// The phrase reader makes a name's text from its tokens and copies it as it stands when the tokens are apart by one
/// plain space at most; that must be the text <see cref="Chars.Collapse"/> makes of the same characters.
/// </summary>
public sealed class TokensTextTests
{
    [Fact]
    public void Is_the_collapsed_text_of_the_tokens_whatever_stands_between_them()
    {
        var chars = Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['A', 'Z'], Gen.Const(' '), Gen.Const(' '), Gen.Const('\t'), Gen.Const('\n'),
            Gen.Const('\u00A0'), Gen.Const('\u200B'), Gen.Const('\u2060'), Gen.Const('.'), Gen.Const('\''), Gen.Const('’'), Gen.Const('-'),
            Gen.Const('é'), Gen.Const('\u0301'), Gen.Char);
        Gen.Select(chars.Array[1, 40].Select(a => new string(a)), Gen.Int[0, 40], Gen.Int[1, 40]).Sample((text, from, length) =>
        {
            var tokens = new List<Token>();
            Tokenizer.Tokenize(text, 0, text.Length, tokens);
            if (tokens.Count == 0) return;
            from = Math.Min(from, tokens.Count - 1);
            int to = Math.Min(tokens.Count, from + length);
            var expected = Chars.Collapse(text.AsSpan(tokens[from].Start, tokens[to - 1].End - tokens[from].Start));
            SpeakerStage.TokensText(text, tokens, from, to).Should().Be(expected);
        }, iter: PropertyBudget.Iter(5_000));
    }

    [Theory]
    [InlineData("Sergey  Ryabkov said", "Sergey Ryabkov")]
    [InlineData("Sergey\nRyabkov said", "Sergey Ryabkov")]
    [InlineData("Sergey Ryabkov said", "Sergey Ryabkov")]
    [InlineData("Jean-Luc O'Rourke said", "Jean-Luc O'Rourke")]
    public void Joins_a_name_split_by_any_whitespace_with_one_space(string text, string name)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        SpeakerStage.TokensText(text, tokens, 0, tokens.Count - 1).Should().Be(name);
    }
}
