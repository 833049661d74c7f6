using System.Buffers;
using CsCheck;
using FluentAssertions;
using NewsModel.Parsing.Layout;
using NewsModel.Tests.Robustness;

namespace NewsModel.Tests.Parsing.Layout;

/// <summary>
/// The layout's line split, which finds odd controls and lone surrogates in the same walk, against a split one unit at a
/// time and two plain searches written from its contract.
/// </summary>
public sealed class LineSplitTests
{
    private static readonly SearchValues<char> OddControls = SearchValues.Create(
        [.. Enumerable.Range(0, ' ').Select(c => (char)c).Where(c => c is not ('\n' or '\r' or '\t' or '\f' or '\v'))]);

    private static (int Control, int LoneSurrogate) Reference(string s)
    {
        int surrogate = -1;
        for (int i = 0; i < s.Length; i++)
        {
            if (!char.IsSurrogate(s[i])) continue;
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
                continue;
            }
            surrogate = i;
            break;
        }
        return (s.AsSpan().IndexOfAny(OddControls), surrogate);
    }

    // Lines as first written: split at each break (\r\n one break), each trimmed of whitespace.
    private static List<LayoutStage.Line> ReferenceLines(string s)
    {
        var lines = new List<LayoutStage.Line>();
        int start = 0;
        for (int i = 0; i <= s.Length; i++)
        {
            if (i < s.Length && !(s[i] is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085')) continue;
            int ts = start, te = i;
            while (ts < te && NewsModel.Parsing.Text.Chars.IsSpace(s[ts])) ts++;
            while (te > ts && NewsModel.Parsing.Text.Chars.IsSpace(s[te - 1])) te--;
            lines.Add(new LayoutStage.Line(ts, te));
            if (i < s.Length && s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n') i++;
            start = i + 1;
        }
        return lines;
    }

    private static ((int Control, int LoneSurrogate) Odd, List<LayoutStage.Line> Lines) Split(string s)
    {
        var lines = new List<LayoutStage.Line>();
        LayoutStage.ReadLines(s, lines, out int control, out int surrogate);
        return ((control, surrogate), lines);
    }

    private static void ShouldSplitAsTheReference(string text)
    {
        var (odd, lines) = Split(text);
        var because = string.Join(' ', text.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));
        odd.Should().Be(Reference(text), "for {0}", because);
        lines.Should().Equal(ReferenceLines(text), "for {0}", because);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Plain text.\n\nWith\tbreaks\r\n\v\f of every kind, and no odd unit at all.")]
    [InlineData("An emoji 😀 in a pair, and a lone high \uD83D at the end of a step of eight \uD83D")]
    [InlineData("\u0000 at the start")]
    [InlineData("eight..\u001F")]
    [InlineData("a lone low \uDE00 and a bell \u0007 later")]
    [InlineData("a pair across a step: 1234567\uD83D\uDE00 and after it \uDE00")]
    [InlineData("\uD83D")]
    [InlineData("\u0008\u000E\u001F\u0020\uD7FF\uE000\uFFFF")]
    [InlineData("sixteen units, 1\uD83D\uDE00 a pair across sixteen, then a lone \uDE00 and a line\nbreak \u0007 after it")]
    [InlineData("A line of more than sixteen units\r\n\r\n  and a \u2028 separator, \u0085 a next-line, \u2029 \u0001 a paragraph \uD800\n")]
    public void Splits_and_finds_what_plain_searches_find(string text) => ShouldSplitAsTheReference(text);

    [Fact]
    public void Splits_and_finds_what_plain_searches_find_in_any_text()
    {
        // Every boundary unit of each range, and plain units, at every place of texts up to 160 units long (several
        // steps of thirty-two, a mark in either sixteen of one).
        // Every break, and text long enough for several steps of sixteen.
        var units = Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['a', 'z'], Gen.Const(' '), Gen.Char['\u0000', '\u0021'], Gen.Char['\uD7FE', '\uE001'],
            Gen.Char['\uDBFE', '\uDC01'], Gen.Char, Gen.Const('\u0085'), Gen.Const('\u2028'), Gen.Const('\u2029'), Gen.Const('\u201C'));
        units.Array[0, 160].Select(a => new string(a)).Sample(ShouldSplitAsTheReference, iter: PropertyBudget.Iter(20_000));
    }
}
