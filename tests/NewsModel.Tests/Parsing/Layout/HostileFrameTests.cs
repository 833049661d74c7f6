using FluentAssertions;
using NewsModel.Parsing;

namespace NewsModel.Tests.Parsing.Layout;

/// <summary>Broken datelines, time lines and treaty references never make the parser throw.</summary>
public sealed class HostileFrameTests
{
    private static readonly ArticleParser Parser = new(new ParseOptions { ReferenceDate = new DateOnly(2025, 6, 30) });

    [Theory]
    [InlineData("MOSCOW, September 27. /TASS")]
    [InlineData("MOSCOW (")]
    [InlineData("MOSCOW /")]
    [InlineData("Dec 29 (")]
    [InlineData("HEMPSTEAD, N.Y., Sept.")]
    [InlineData("Headline\n\n99999999999-FEB-99999 99:99:99.99\n\nBody.")]
    [InlineData("Headline\n\nSept. 99, 99999, 99:99 p.m.\n\nBody.")]
    [InlineData("Headline\n\n31 FEB, 25:61\n\nBody.")]
    [InlineData("The CTBT is cited in paragraph 99999999999 of Article 99999999999.")]
    [InlineData("The CTBT, the")]
    [InlineData("an agreement on")]
    [InlineData("the treaty between")]
    [InlineData("(OST) OST OST (")]
    [InlineData("FARM OUTPUT\n\nWASHINGTON, Feb 26 - Done. REUTER 3;")]
    public void Parse_never_throws_on_a_broken_frame(string text)
    {
        var parse = () => Parser.Parse(text);

        parse.Should().NotThrow();
    }
}
