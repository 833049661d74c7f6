using CsCheck;
using FluentAssertions;
using NewsModel.Parsing.Text;
using NewsModel.Tests.Robustness;

namespace NewsModel.Tests.Parsing.Text;

/// <summary>The vectorized whitespace test and collapse against a plain reading of their rules.</summary>
public sealed class CharsTests
{
    [Theory]
    [InlineData("", true)]
    [InlineData("the minister said", true)]
    [InlineData(" a long enough line of words, spaced simply ", true)]
    [InlineData("a long enough line of words,  spaced twice", false)]
    [InlineData("a long enough line of words\u00A0with a no-break space", false)]
    [InlineData("eight c  x", false)]
    [InlineData("sixteen chars ab\u2028", false)]
    [InlineData("curly \u201Cquotes\u201D and caf\u00E9 are no spaces", true)]
    [InlineData("12345678 ", true)]
    [InlineData("1234567  ", false)]
    public void Simply_spaced_means_single_plain_spaces_only(string text, bool expected) =>
        Chars.IsSimplySpaced(text).Should().Be(expected);

    [Fact]
    public void Simply_spaced_agrees_with_a_character_by_character_reading_on_any_text()
    {
        // Spaces on either side of the eight-character steps, and characters just inside and outside '!'..U+0084.
        var chars = Gen.OneOf(Gen.Char['a', 'z'], Gen.Const(' '), Gen.Const(' '), Gen.Const('!'), Gen.Const('\u0084'),
            Gen.Const('\u0085'), Gen.Const('\u00A0'), Gen.Const('\u2019'), Gen.Const('\u200B'), Gen.Const('\uFEFF'),
            Gen.Const('\u2060'), Gen.Const('\u3000'), Gen.Const('\n'), Gen.Const('\u001F'), Gen.Char);
        chars.Array[0, 40].Select(a => new string(a)).Sample(text =>
        {
            bool reference = !text.Any(c => c != ' ' && Chars.IsSpace(c)) && !text.Contains("  ", StringComparison.Ordinal);
            Chars.IsSimplySpaced(text).Should().Be(reference, "for \"{0}\"", text);
        }, iter: PropertyBudget.Iter(5_000));
    }

    [Theory]
    [InlineData("a long enough line of words\n  hard-wrapped  here", "a long enough line of words hard-wrapped here")]
    [InlineData("  twelve chars \n", "twelve chars")]
    [InlineData("seven c \nx", "seven c x")]
    [InlineData("eight ch\u00A0\u00A0x", "eight ch x")]
    [InlineData("a curly \u201Cquote\u201D and\ta tab", "a curly \u201Cquote\u201D and a tab")]
    public void Collapses_runs_of_whitespace_to_one_space(string text, string expected) =>
        Chars.Collapse(text).Should().Be(expected);

    [Fact]
    public void Collapse_agrees_with_a_character_by_character_reading_on_any_text()
    {
        // Runs of spaces and other whitespace at every place of the eight-character steps, with marks and letters beyond
        // '!'..U+0084 that are no space between them.
        var chars = Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['a', 'z'], Gen.Const(' '), Gen.Const(' '), Gen.Const(' '), Gen.Const('\u0084'),
            Gen.Const('\u0085'), Gen.Const('\u00A0'), Gen.Const('\u2019'), Gen.Const('\u200B'), Gen.Const('\n'), Gen.Const('\r'),
            Gen.Const('\t'), Gen.Char);
        chars.Array[0, 60].Select(a => new string(a)).Sample(text =>
        {
            var reference = new System.Text.StringBuilder();
            bool space = false;
            foreach (char c in text)
            {
                if (Chars.IsSpace(c))
                {
                    space = reference.Length > 0;
                    continue;
                }
                if (space) reference.Append(' ');
                space = false;
                reference.Append(c);
            }
            Chars.Collapse(text).Should().Be(reference.ToString(), "for \"{0}\"", text);
        }, iter: PropertyBudget.Iter(5_000));
    }

    [Fact]
    public void Characters_told_apart_by_the_letter_test_differ_ignoring_case()
    {
        // Every pair up to U+02FF: where the cheap test says "no", the case-blind compare it stands before must say no too.
        for (char a = '\0'; a < '\u0300'; a++)
        {
            for (char b = '\0'; b < '\u0300'; b++)
            {
                if (Chars.MaySameAsciiLetter(a, b)) continue;
                a.ToString().Equals(b.ToString(), StringComparison.OrdinalIgnoreCase).Should().BeFalse("U+{0:X4} and U+{1:X4}", (int)a, (int)b);
            }
        }
        Chars.MaySameAsciiLetter('a', 'A').Should().BeTrue();
        Chars.MaySameAsciiLetter('a', 'b').Should().BeFalse();
    }
}
