using FluentAssertions;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Text;

namespace NewsModel.Tests.Parsing.Lookup;

/// <summary>
/// <see cref="PhraseIndex{T}.MaxWords"/> is what the speaker stage relies on to skip a title lookup: no match spans more
/// tokens than that, besides the hyphens it skips between words.
/// </summary>
public sealed class PhraseIndexTests
{
    [Fact]
    public void MaxWords_is_the_word_count_of_the_longest_phrase()
    {
        var index = new PhraseIndex<int>();
        index.MaxWords.Should().Be(0);
        index.Add("minister", 1);
        index.Add("deputy foreign minister", 2);
        index.Add("vice-president", 3);
        index.MaxWords.Should().Be(3);
    }

    [Theory]
    [InlineData("deputy foreign minister Lavrov", 3)]
    [InlineData("deputy - foreign - minister Lavrov", 5)]
    [InlineData("vice-president Harris", 3)]
    public void A_match_spans_at_most_MaxWords_tokens_besides_hyphens(string text, int end)
    {
        var index = new PhraseIndex<int>();
        index.Add("deputy foreign minister", 2);
        index.Add("vice president", 3);
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);

        index.TryMatch(text, tokens, 0, tokens.Count, out _, out int matchEnd).Should().BeTrue();
        matchEnd.Should().Be(end);
        int nonHyphens = tokens.Take(matchEnd).Count(t => t.Kind != TokenKind.Punct || !Chars.IsHyphen(text[t.Start]));
        nonHyphens.Should().BeLessThanOrEqualTo(index.MaxWords);
    }
}
