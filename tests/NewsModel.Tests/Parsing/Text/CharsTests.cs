using CsCheck;
using FluentAssertions;
using NewsModel.Parsing.Text;
using NewsModel.Tests.Robustness;

namespace NewsModel.Tests.Parsing.Text;

/// <summary>The vectorized whitespace test against a plain reading of its rule.</summary>
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

    [Fact]
    public void Each_step_width_of_simply_spaced_sees_other_whitespace_at_every_place_of_every_length()
    {
        // Sixteen, eight and one character at a time, each run on its own and then handing on to the narrower ones as
        // IsSimplySpaced does: runs of 0 to 70 characters cut at three offsets from their array, single spaces and
        // characters beyond ASCII among the letters, and a doubled space, a tab or a no-break space at every place (or
        // none); a doubled space's second half falls on every side of a step's end.
        foreach (string odd in (string[])["  ", "\t", "\u00A0", "\u3000"])
        {
            for (int offset = 0; offset < 3; offset++)
            {
                for (int length = 0; length <= 70; length++)
                {
                    for (int at = -1; at + odd.Length <= length; at++)
                    {
                        var chars = new char[offset + length];
                        for (int k = 0; k < chars.Length; k++) chars[k] = k % 4 == 1 ? ' ' : k % 9 == 5 ? '\u2019' : 'x';
                        if (at >= 0)
                        {
                            // Keep the odd whitespace apart from the filler's spaces, so that only it can be the fault.
                            for (int k = Math.Max(0, at - 1); k < Math.Min(length, at + odd.Length + 1); k++) chars[offset + k] = 'y';
                            odd.CopyTo(chars.AsSpan(offset + at));
                        }
                        var text = chars.AsSpan(offset);
                        bool expected = at < 0;
                        Chars.IsSimplySpaced(text).Should().Be(expected, "\"{0}\"", text.ToString());
                        int i = 0;
                        (Chars.IsSimplySpaced256(text, ref i) && Chars.IsSimplySpacedAt(text, i, text.Length)).Should().Be(expected, "sixteen at a time: \"{0}\"", text.ToString());
                        i = 0;
                        (Chars.IsSimplySpaced128(text, ref i) && Chars.IsSimplySpacedAt(text, i, text.Length)).Should().Be(expected, "eight at a time: \"{0}\"", text.ToString());
                        Chars.IsSimplySpacedAt(text, 0, text.Length).Should().Be(expected);
                    }
                }
            }
        }
    }
}
