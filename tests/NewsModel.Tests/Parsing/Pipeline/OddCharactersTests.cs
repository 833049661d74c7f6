using System.Buffers;
using CsCheck;
using FluentAssertions;
using NewsModel.Parsing.Pipeline;
using NewsModel.Tests.Robustness;

namespace NewsModel.Tests.Parsing.Pipeline;

/// <summary>The one-pass search for odd controls and lone surrogates against two plain searches written from its contract.</summary>
public sealed class OddCharactersTests
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
    public void Finds_what_two_plain_searches_find(string text) => OddCharacters.Find(text).Should().Be(Reference(text));

    [Fact]
    public void Finds_what_two_plain_searches_find_in_any_text()
    {
        // Every boundary unit of each range, and plain units, at every place of texts up to 40 units long.
        var units = Gen.OneOf(Gen.Char['a', 'z'], Gen.Const(' '), Gen.Char['\u0000', '\u0021'], Gen.Char['\uD7FE', '\uE001'], Gen.Char['\uDBFE', '\uDC01'], Gen.Char);
        units.Array[0, 40].Select(a => new string(a)).Sample(text =>
            OddCharacters.Find(text).Should().Be(Reference(text), "for {0}", string.Join(' ', text.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)))),
            iter: PropertyBudget.Iter(20_000));
    }
}
