using FluentAssertions;
using NewsModel.Model;
using NewsModel.Parsing;
using NewsModel.Serialization;

namespace NewsModel.Tests.Parsing;

/// <summary>Without a reference date, "today" comes from the options' TimeProvider, so a fixed clock gives a fixed article.</summary>
public sealed class TimeProviderTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private const string YearlessTime = "Lavrov says treaty talks resume\n\nRussian Politics & Diplomacy\n\nSeptember 27, 1:53\n\nMOSCOW, September 27. /TASS/. The talks resume next week, the minister said.";

    [Theory]
    [InlineData(2030, 10, 1, 2030)]
    [InlineData(2030, 9, 1, 2029)]
    public void A_fixed_time_provider_places_a_yearless_time(int year, int month, int day, int expectedYear)
    {
        var clock = new FixedClock(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero));
        var article = new ArticleParser(new ParseOptions { TimeProvider = clock }).Parse(YearlessTime);
        article.Published!.YearSource.Should().Be(YearSource.ReferenceDate);
        article.Published.Local.Should().Be(new DateTime(expectedYear, 9, 27, 1, 53, 0));
    }

    [Fact]
    public void A_fixed_time_provider_gives_the_same_json_as_the_same_reference_date()
    {
        var seed = TestData.Seed;
        var clock = new FixedClock(new DateTimeOffset(TestData.ReferenceDate.ToDateTime(new TimeOnly(23, 59)), TimeSpan.Zero));
        var byClock = new ArticleParser(new ParseOptions { TimeProvider = clock }).Parse(seed);
        NewsJson.Serialize(byClock).Should().Be(NewsJson.Serialize(TestData.Parser.Parse(seed)));
    }

    [Fact]
    public void A_reference_date_wins_over_the_time_provider()
    {
        var clock = new FixedClock(new DateTimeOffset(2040, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var article = new ArticleParser(new ParseOptions { TimeProvider = clock, ReferenceDate = new DateOnly(2031, 12, 31) }).Parse(YearlessTime);
        article.Published!.Local.Year.Should().Be(2031);
    }

    [Fact]
    public void A_null_time_provider_is_refused_when_the_parser_is_built()
    {
        var act = () => new ArticleParser(new ParseOptions { TimeProvider = null! });
        act.Should().Throw<ArgumentNullException>().WithParameterName("options.TimeProvider");
    }
}
