using System.Buffers;
using CsCheck;
using FluentAssertions;
using NewsModel.Parsing.Text;
using NewsModel.Tests.Robustness;

namespace NewsModel.Tests.Parsing.Text;

/// <summary>The eight-at-a-time character search against SearchValues, which gives the same answer its own way.</summary>
public sealed class CharSearchTests
{
    private const string QuoteMarks = "\u201C\u201E\u201F\u201D\u00AB\u00BB\"\u2018\u2019'`";

    [Theory]
    [InlineData("", -1)]
    [InlineData("no marks in this text at all, none", -1)]
    [InlineData("eight ch\u201Cquoted", 8)]
    [InlineData("seven c\u2019s", 7)]
    [InlineData("caf\u00E9 \u2014 \u00AA then a backquote `", 26)]
    [InlineData("\u00BB", 0)]
    public void Finds_the_first_character_searched_for(string text, int expected) =>
        new CharSearch(QuoteMarks).IndexOfAny(text).Should().Be(expected);

    [Theory]
    [InlineData("\"'`")]
    [InlineData(QuoteMarks)]
    [InlineData("\u2026\u2028")]
    [InlineData("abcd\u0085")]
    public void Agrees_with_SearchValues_on_any_text(string chars)
    {
        var search = new CharSearch(chars);
        var reference = SearchValues.Create(chars);
        // The characters searched for, their neighbours, and text on both sides of the eight-character steps.
        var gen = Gen.OneOf(Gen.Char['a', 'z'], Gen.Const(' '), AnyOf(chars), AnyOf(chars.Select(c => (char)(c + 1))),
            AnyOf(chars.Select(c => (char)(c - 1))), Gen.Char);
        gen.Array[0, 40].Select(a => new string(a)).Sample(text =>
        {
            search.IndexOfAny(text).Should().Be(text.AsSpan().IndexOfAny(reference), "for \"{0}\"", text);
        }, iter: PropertyBudget.Iter(3_000));
    }

    [Fact]
    public void Each_step_width_finds_the_first_match_at_every_place_of_every_length()
    {
        // Sixteen, eight and one character at a time, each run on its own and then handing on to the narrower ones as
        // IndexOfAny does: runs of 0 to 70 characters, cut at three offsets from their array, the first match at every
        // place (or none), a later match after it, and candidates that match nothing ('é' is above the lowest other
        // mark) among the filler. Vector256 and Vector128 work without hardware support too, only slower.
        var search = new CharSearch(QuoteMarks);
        foreach (char mark in (char[])['"', '\u201D', '`', '\u00AB'])
        {
            for (int offset = 0; offset < 3; offset++)
            {
                for (int length = 0; length <= 70; length++)
                {
                    for (int at = -1; at < length; at++)
                    {
                        var chars = new char[offset + length];
                        for (int k = 0; k < chars.Length; k++) chars[k] = k % 7 == 3 ? '\u00E9' : (char)('a' + k % 26);
                        if (at >= 0) chars[offset + at] = mark;
                        if (at >= 0 && at + 5 < length) chars[offset + at + 5] = '\'';
                        var text = chars.AsSpan(offset);
                        search.IndexOfAny(text).Should().Be(at, "a match at {0} of {1}", at, length);
                        int i = 0;
                        int wide = search.IndexOfAny256(text, ref i);
                        (wide >= 0 ? wide : search.IndexOfAnyScalar(text, i)).Should().Be(at, "sixteen at a time, a match at {0} of {1}", at, length);
                        if (wide < 0) i.Should().Be(length - length % 16);
                        i = 0;
                        int narrow = search.IndexOfAny128(text, ref i);
                        (narrow >= 0 ? narrow : search.IndexOfAnyScalar(text, i)).Should().Be(at, "eight at a time, a match at {0} of {1}", at, length);
                        if (narrow < 0) i.Should().Be(length - length % 8);
                        search.IndexOfAnyScalar(text, 0).Should().Be(at);
                    }
                }
            }
        }
    }

    private static Gen<char> AnyOf(IEnumerable<char> chars)
    {
        var all = chars.ToArray();
        return Gen.Int[0, all.Length - 1].Select(i => all[i]);
    }

    [Fact]
    public void Refuses_more_than_four_ASCII_characters() =>
        FluentActions.Invoking(() => new CharSearch("abcde")).Should().Throw<ArgumentException>();
}
