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

    private static Gen<char> AnyOf(IEnumerable<char> chars)
    {
        var all = chars.ToArray();
        return Gen.Int[0, all.Length - 1].Select(i => all[i]);
    }

    [Fact]
    public void Refuses_more_than_four_ASCII_characters() =>
        FluentActions.Invoking(() => new CharSearch("abcde")).Should().Throw<ArgumentException>();
}
