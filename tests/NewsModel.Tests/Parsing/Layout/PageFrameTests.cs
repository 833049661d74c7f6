using FluentAssertions;
using NewsModel.Model;
using NewsModel.Parsing;

namespace NewsModel.Tests.Parsing.Layout;

/// <summary>
/// Articles as people paste them from a page: one invented page per class of line that stands between the top of
/// the page and the dateline, and per trailer below the story. The frame comes out right and every other line is
/// kept as a removed line with its reason.
/// </summary>
public sealed class PageFrameTests
{
    private static readonly ArticleParser Parser = new(new ParseOptions { ReferenceDate = new DateOnly(2025, 6, 30) });

    private const string Headline = "Ferry service resumes on the northern river";
    private const string Dateline = "TVER, March 4. /TASS/. The ferry will run every day, Tver Governor Igor Rudenya said.";
    private const string Body = "The ferry will run every day, Tver Governor Igor Rudenya said.";

    private static Article Parse(string text)
    {
        var article = Parser.Parse(text);
        article.Headline.Should().Be(Headline);
        article.Dateline!.Place.Should().Be("TVER");
        article.Dateline.Agency.Should().Be("TASS");
        article.Paragraphs[0].Text.Should().Be(Body);
        foreach (var r in article.Removed) r.Span.GetText(text).Should().Be(r.Text);
        return article;
    }

    [Fact]
    public void Parse_keeps_a_subtitle_between_headline_and_dateline_as_the_lead()
    {
        var article = Parse($"{Headline}\n\nThe operator expects twice as many passengers this year\n\n{Dateline}");

        article.Lead!.Text.Should().Be("The operator expects twice as many passengers this year");
    }

    [Fact]
    public void Parse_removes_a_photo_caption_written_twice_and_its_credit()
    {
        var article = Parse($"{Headline}\nThe ferry at the pier Ivan Petrov/TASS\nThe ferry at the pier\n© Ivan Petrov/TASS\n\n{Dateline}");

        article.Removed.Select(r => r.Reason).Should().Equal(RemovalReason.Caption, RemovalReason.Caption, RemovalReason.Caption);
        article.Lead.Should().BeNull();
    }

    [Theory]
    [InlineData("REUTERS/Jane Doe/Pool")]
    [InlineData("AP Photo/Jane Doe")]
    [InlineData("The ferry at the pier, March 3, 2025. /Reuters")]
    public void Parse_removes_each_form_of_photo_credit(string credit)
    {
        var article = Parse($"{Headline}\n\n{credit}\n\n{Dateline}");

        article.Removed.Should().ContainSingle().Which.Should().Match<RemovedLine>(r => r.Reason == RemovalReason.Caption && r.Text == credit);
    }

    [Theory]
    [InlineData("By Jane Doe")]
    [InlineData("By")]
    [InlineData("By Xinhua")]
    [InlineData("Reuters Staff")]
    [InlineData("Jane Doe / Associated Press")]
    public void Parse_removes_a_byline(string byline)
    {
        var article = Parse($"{Headline}\n\n{byline}\n\n{Dateline}");

        article.Removed.Should().ContainSingle().Which.Reason.Should().Be(RemovalReason.Byline);
    }

    [Fact]
    public void Parse_reads_a_section_word_above_the_headline_as_the_rubric()
    {
        var article = Parse($"Regions\n\n{Headline}\n\n{Dateline}");

        article.Rubric.Should().Be("Regions");
    }

    [Fact]
    public void Parse_removes_the_headline_written_a_second_time()
    {
        var article = Parse($"{Headline}\nThe operator expects twice as many passengers this year\n{Headline}\n{Dateline}");

        article.Removed.Should().ContainSingle().Which.Reason.Should().Be(RemovalReason.RepeatedHeadline);
        article.Lead!.Text.Should().Be("The operator expects twice as many passengers this year");
    }

    [Fact]
    public void Parse_removes_site_navigation_above_the_headline_and_finds_a_dateline_far_down()
    {
        var menu = string.Join("\n", "Skip to Content", "Close", "Regions News", "• Subscription", "• Archive", "more", "Category", "Page back", "1 Min Read");
        var article = Parse($"{menu}\n\n{Headline}\n\n{Dateline}");

        article.Removed.Should().HaveCount(9);
        article.Removed.Should().OnlyContain(r => r.Reason == RemovalReason.Navigation);
    }

    [Fact]
    public void Parse_takes_the_agency_of_a_byline_for_a_dateline_that_names_none()
    {
        var text = $"{Headline}\n\nBy Jane Doe\nAssociated Press\n\nTVER - {Body}";
        var article = Parser.Parse(text);

        article.Dateline!.Place.Should().Be("TVER");
        article.Dateline.Agency.Should().Be("AP");
        article.Paragraphs[0].Text.Should().Be(Body);
    }

    [Fact]
    public void Parse_reads_a_dateline_on_a_line_of_its_own()
    {
        var article = Parser.Parse($"{Headline}\n\nTVER, March 4, Kyodo\n\n{Body}");

        article.Dateline!.Agency.Should().Be("Kyodo");
        article.Paragraphs.Should().ContainSingle().Which.Text.Should().Be(Body);
    }

    [Fact]
    public void Parse_reads_the_summary_above_a_dateline_as_the_lead_when_there_is_no_headline()
    {
        var article = Parser.Parse($"The operator of the ferry on the northern river said on Monday that it expects twice as many passengers this year as it carried in the last.\n\n{Dateline}");

        article.Headline.Should().BeNull();
        article.Lead!.Text.Should().StartWith("The operator of the ferry");
    }

    [Theory]
    [InlineData("Read also: Bridge opens over the river")]
    [InlineData("See also: Bridge opens over the river")]
    [InlineData("Jane Doe in Tver contributed to this report.")]
    [InlineData("Reporting by Jane Doe; Editing by John Doe")]
    [InlineData("Not a subscriber? See options available.")]
    [InlineData("Copyright 2025 Example News. All Rights Reserved.")]
    public void Parse_removes_each_trailer_and_never_reads_it_as_a_statement(string trailer)
    {
        var article = Parse($"{Headline}\n\n{Dateline}\n\n{trailer}\n");

        article.Paragraphs.Should().ContainSingle();
        article.Removed.Should().ContainSingle().Which.Text.Should().Be(trailer);
        article.Statements.Should().ContainSingle().Which.Text.Should().Be("The ferry will run every day");
    }

    [Fact]
    public void Parse_removes_related_links_under_their_heading()
    {
        var article = Parse($"{Headline}\n\n{Dateline}\n\nRelated stories\n\nMinister says bridge will open in May\n\nRiver freezes early, officials say\n");

        article.Paragraphs.Should().ContainSingle();
        article.Removed.Should().HaveCount(3).And.OnlyContain(r => r.Reason == RemovalReason.ReadMore);
        article.Statements.Should().ContainSingle().Which.Text.Should().Be("The ferry will run every day");
    }

    [Fact]
    public void Parse_removes_a_numbered_list_of_links_written_on_single_lines_under_its_heading()
    {
        var article = Parse($"{Headline}\n\n{Dateline}\n\nMost Popular\n  1. 3 Mar 2025Minister vows to open bridge in May\n  2. 2 Mar 2025River freezes early, officials say\n");

        article.Paragraphs.Should().ContainSingle();
        article.Removed.Should().HaveCount(3).And.OnlyContain(r => r.Reason == RemovalReason.ReadMore);
        article.Statements.Should().ContainSingle().Which.Text.Should().Be("The ferry will run every day");
    }

    [Fact]
    public void Parse_does_not_take_the_time_of_a_related_link_at_the_end()
    {
        var article = Parse($"{Headline}\n\n{Dateline}\n\nJuly 21, 23:04\n\nMinister: the bridge will open in May\n");

        article.Published!.ToIsoString().Should().Be("2025-03-04", "the date comes from the dateline, not the linked story");
        article.Paragraphs.Should().ContainSingle();
    }
}
