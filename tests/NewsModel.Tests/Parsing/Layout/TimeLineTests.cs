using FluentAssertions;
using NewsModel.Model;
using NewsModel.Parsing;

namespace NewsModel.Tests.Parsing.Layout;

/// <summary>Every time-line format the header may carry, with its precision, the year's source and the zone.</summary>
public sealed class TimeLineTests
{
    private static readonly DateOnly Reference = new(2025, 6, 30);

    private static readonly ArticleParser Parser = new(new ParseOptions { ReferenceDate = Reference });

    public static TheoryData<string, string, string, TimePrecision, YearSource> Formats => new()
    {
        // time line, rubric before it (or ""), ISO value without zone, precision, year source
        { "Economy March 4, 9:15", "Economy", "2025-03-04T09:15:00", TimePrecision.Minute, YearSource.ReferenceDate },
        { "Economy September 27, 1:53", "Economy", "2024-09-27T01:53:00", TimePrecision.Minute, YearSource.ReferenceDate },
        { "World 2024-12-26 21:09:18", "World", "2024-12-26T21:09:18", TimePrecision.Second, YearSource.Written },
        { "2024-12-26T21:09:18", "", "2024-12-26T21:09:18", TimePrecision.Second, YearSource.Written },
        { "2024-12-26 21:09", "", "2024-12-26T21:09:00", TimePrecision.Minute, YearSource.Written },
        { "2024-12-26", "", "2024-12-26", TimePrecision.Date, YearSource.Written },
        { "26-FEB-1987 15:38:26.23", "", "1987-02-26T15:38:26", TimePrecision.Second, YearSource.Written },
        { "December 26, 2024", "", "2024-12-26", TimePrecision.Date, YearSource.Written },
        { "Dec. 26, 2024 10:15", "", "2024-12-26T10:15:00", TimePrecision.Minute, YearSource.Written },
        { "Sept. 26, 2024, 3:05 p.m.", "", "2024-09-26T15:05:00", TimePrecision.Minute, YearSource.Written },
        { "Sept. 26, 2024 12:05 AM", "", "2024-09-26T00:05:00", TimePrecision.Minute, YearSource.Written },
        { "26 December 2024 10:15 GMT", "", "2024-12-26T10:15:00", TimePrecision.Minute, YearSource.Written },
        { "26 DEC, 20:05", "", "2024-12-26T20:05:00", TimePrecision.Minute, YearSource.ReferenceDate },
        { "Politics 4 Mar 2025", "Politics", "2025-03-04", TimePrecision.Date, YearSource.Written },
        { "Updated: Thursday, 26 December 2024, 10:15 GMT", "", "2024-12-26T10:15:00", TimePrecision.Minute, YearSource.Written },
        { "World | Published Dec. 26, 2024 3:05 PM", "World", "2024-12-26T15:05:00", TimePrecision.Minute, YearSource.Written },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Parse_reads_every_time_line_format(string line, string rubric, string iso, TimePrecision precision, YearSource yearSource)
    {
        var text = "Bridge opens over the river\n\n" + line + "\n\nThe bridge opened on time, officials said.";
        var article = Parser.Parse(text);

        article.Published.Should().NotBeNull();
        article.Published!.ToIsoString().Should().Be(iso);
        article.Published.Precision.Should().Be(precision);
        article.Published.YearSource.Should().Be(yearSource);
        article.Published.UtcOffset.Should().BeNull("no agency is named, so no zone is known");
        article.Published.Span.GetText(text).Should().Be(article.Published.Text);
        article.Rubric.Should().Be(rubric.Length == 0 ? null : rubric);
        article.Paragraphs.Should().ContainSingle();
    }

    [Theory]
    [InlineData("TASS", "+03:00")]
    [InlineData("Xinhua", "+08:00")]
    [InlineData("Reuters", null)]
    [InlineData("AP", null)]
    public void Parse_gives_the_time_the_agency_zone_only_where_it_is_known(string agency, string? offset)
    {
        var text = $"Bridge opens\n\nEconomy 2024-12-26 21:09:18\n\nTVER, December 26 ({agency}) - The bridge opened.";
        var article = Parser.Parse(text);

        article.Dateline!.Agency.Should().Be(agency);
        article.Published!.ToIsoString().Should().Be("2024-12-26T21:09:18" + offset);
    }

    [Theory]
    [InlineData(2025, 6, 30, 2025)]
    [InlineData(2025, 3, 4, 2025)]
    [InlineData(2025, 3, 3, 2024)]
    [InlineData(2024, 2, 29, 2023)]
    public void Parse_takes_the_year_of_the_most_recent_such_date_not_after_the_reference_date(int year, int month, int day, int expected)
    {
        var parser = new ArticleParser(new ParseOptions { ReferenceDate = new DateOnly(year, month, day) });
        var article = parser.Parse("Bridge opens\n\nEconomy March 4, 9:15\n\nThe bridge opened.");

        article.Published!.Local.Year.Should().Be(expected);
        article.Published.YearSource.Should().Be(YearSource.ReferenceDate);
    }

    [Fact]
    public void Parse_reports_an_impossible_date_and_leaves_the_time_out()
    {
        var article = Parser.Parse("Bridge opens\n\n2024-02-30 10:00\n\nThe bridge opened.");

        article.Published.Should().BeNull();
        article.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.BadTime);
    }
}
