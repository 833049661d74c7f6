using CsCheck;
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
        { "26 DEC, 20:05", "", "2024-12-26T20:05:00", TimePrecision.Minute, YearSource.ReferenceDate },
        { "Politics 4 Mar 2025", "Politics", "2025-03-04", TimePrecision.Date, YearSource.Written },
        { "Updated: Thursday, 26 December 2024, 10:15", "", "2024-12-26T10:15:00", TimePrecision.Minute, YearSource.Written },
        { "World | Published Dec. 26, 2024 3:05 PM", "World", "2024-12-26T15:05:00", TimePrecision.Minute, YearSource.Written },
        { "Published: 08:15, March 4, 2024", "", "2024-03-04T08:15:00", TimePrecision.Minute, YearSource.Written },
        { "Posted: 06.12.2024 14:45:00", "", "2024-12-06T14:45:00", TimePrecision.Second, YearSource.Written },
        { "Source: Example| 2019-05-05 23:29:09|Editor: jane", "", "2019-05-05T23:29:09", TimePrecision.Second, YearSource.Written },
        { "December 8, 2017 / 7:19 AM / Updated an hour ago", "", "2017-12-08T07:19:00", TimePrecision.Minute, YearSource.Written },
        { "Jane Doe 5 minutes ago Fri 12th June 2020 | 03:40 PM", "", "2020-06-12T15:40:00", TimePrecision.Minute, YearSource.Written },
        { "10:41 28 March 2017", "", "2017-03-28T10:41:00", TimePrecision.Minute, YearSource.Written },
        { "Example) 16:25, February 05, 2026", "", "2026-02-05T16:25:00", TimePrecision.Minute, YearSource.Written },
        { "September \u0662\u0667, 1:53", "", "2024-09-27T01:53:00", TimePrecision.Minute, YearSource.ReferenceDate },
        { "September \uFF12\uFF17, 1:53", "", "2024-09-27T01:53:00", TimePrecision.Minute, YearSource.ReferenceDate },
    };

    [Theory]
    [InlineData("2021.01.22 19:04 GMT+8", "2021-01-22T19:04:00+08:00")]
    [InlineData("14:05 GMT 17.04.2022", "2022-04-17T14:05:00+00:00")]
    [InlineData("26 December 2024 10:15 GMT", "2024-12-26T10:15:00+00:00")]
    [InlineData("Updated: Thursday, 26 December 2024, 10:15 UTC-05:00", "2024-12-26T10:15:00-05:00")]
    // Lines whose only digits are beyond ASCII, behind curly marks and dashes (the digit search passes over those one
    // search each) and behind words and marks that open no date (passed over unread by the token walk).
    [InlineData("\u201CWorld\u201D \u2014 Updated: \u0662\u0660\u0662\u0664-\u0661\u0662-\u0662\u0666 \u0661\u0669:\u0665\u0662", "2024-12-26T19:52:00")]
    [InlineData("Deals \u2019 Markets \u2013 on \u0967\u096A:\u0966\u096B \u0968\u096E March \u0968\u0966\u0967\u096D", "2017-03-28T14:05:00")]
    [InlineData("Thursday, Dec. 26, 2024 10:15", "2024-12-26T10:15:00")]
    public void Parse_takes_the_zone_a_time_line_writes(string line, string iso)
    {
        var article = Parser.Parse("Bridge opens over the river\n\n" + line + "\n\nThe bridge opened on time, officials said.");

        article.Published!.ToIsoString().Should().Be(iso);
    }

    [Fact]
    public void No_character_below_the_first_digit_beyond_ASCII_is_a_digit_but_the_ASCII_ones()
    {
        // TimeLineParser's digit test searches only for '0'-'9' and characters from this one up.
        for (char c = '\u0080'; c < NewsModel.Parsing.Layout.TimeLineParser.FirstDigitBeyondAscii; c++) char.IsDigit(c).Should().BeFalse(((int)c).ToString("X4"));
        char.IsDigit(NewsModel.Parsing.Layout.TimeLineParser.FirstDigitBeyondAscii).Should().BeTrue();
    }

    [Fact]
    public void The_digit_test_agrees_with_a_reading_character_by_character()
    {
        // Lines of every length around the sixteen read at once, of ASCII letters and marks, curly marks, letters
        // beyond ASCII, and digits of several scripts, anywhere (the last sixteen are read over some read before).
        var unit = Gen.OneOf(Gen.Char['a', 'z'], Gen.Const(' '), Gen.Const('.'), Gen.Const('/'), Gen.Const(':'), Gen.Const('\u2019'), Gen.Const('\u201C'),
            Gen.Const('\u0416'), Gen.Const('\u00E9'), Gen.Const('\u065F'), Gen.Const('\u2070'));
        var digit = Gen.OneOf(Gen.Char['0', '9'], Gen.Const('\u0662'), Gen.Const('\u0967'), Gen.Const('\uFF12'));
        Gen.Select(unit.Array[0, 60], digit, Gen.Int[0, 60], Gen.Bool).Sample((chars, d, at, put) =>
        {
            if (put && chars.Length > 0) chars[Math.Min(at, chars.Length - 1)] = d;
            var text = new string(chars);
            NewsModel.Parsing.Layout.TimeLineParser.ContainsDigit(text).Should().Be(text.Any(char.IsDigit), text);
        }, iter: NewsModel.Tests.Robustness.PropertyBudget.Iter(5_000));
    }

    [Fact]
    public void Parse_takes_the_time_nearest_the_headline_over_a_site_clock_and_an_update()
    {
        var text = "March 28, 2017 11:36\n\n10:41 28 March 2017\n\nBridge opens over the river\n\nUpdated 2017.03.28 12:00\n\nThe bridge opened on time, officials said.";
        Parser.Parse(text).Published!.ToIsoString().Should().Be("2017-03-28T10:41:00");
    }

    [Fact]
    public void Parse_takes_a_time_written_as_the_last_line_when_the_header_has_none()
    {
        var article = Parser.Parse("Bridge opens over the river\n\nThe bridge opened on time, officials said.\n\n- 4 March 2024 08:15\n");

        article.Published!.ToIsoString().Should().Be("2024-03-04T08:15:00");
        article.Paragraphs.Should().ContainSingle();
    }

    [Fact]
    public void Parse_takes_the_date_of_the_dateline_when_no_time_line_is_written()
    {
        var article = Parser.Parse("Mill closes\n\nLONDON, March 3 (Reuters) - A paper mill closed on Monday.");

        article.Published!.ToIsoString().Should().Be("2025-03-03");
        article.Published.Precision.Should().Be(TimePrecision.Date);
        article.Published.YearSource.Should().Be(YearSource.ReferenceDate);
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1, 3, 1)]
    [InlineData(9999, 12, 31)]
    public void Parse_reads_a_year_less_time_against_a_reference_date_at_either_end_of_the_calendar(int year, int month, int day)
    {
        var parser = new ArticleParser(new ParseOptions { ReferenceDate = new DateOnly(year, month, day) });
        var text = "Bridge opens\n\nEconomy September 27, 1:53\n\nMOSCOW, September 27. /TASS/. The bridge opened, officials said.";
        var article = parser.Parse(text);

        article.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.InternalError);
        article.Statements.Should().ContainSingle();
        article.Published?.Local.Year.Should().Be(year);
    }

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
