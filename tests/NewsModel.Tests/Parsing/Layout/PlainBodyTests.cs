using FluentAssertions;
using NewsModel.Model;
using NewsModel.Parsing;

namespace NewsModel.Tests.Parsing.Layout;

/// <summary>
/// The body's first line, when the frame classified it as a candidate (no boilerplate, no time line), is not asked
/// those questions again by the body's boilerplate and related-links tests: short articles whose first paragraph is
/// short, holds a figure and ends without a period (the shape that made the related-links test read it) come out as
/// the full tests read them.
/// </summary>
public sealed class PlainBodyTests
{
    private static readonly ArticleParser Parser = new(new ParseOptions { ReferenceDate = new DateOnly(2025, 6, 30) });

    private const string Headline = "Ferry service resumes on the northern river";
    private const string First = "The ferry carried 1,400 passengers on its first day, the operator said on Monday";

    [Fact]
    public void A_short_first_paragraph_with_a_figure_is_kept_and_gives_no_time()
    {
        var article = Parser.Parse($"{Headline}\n\n{First}");

        article.Headline.Should().Be(Headline);
        article.Paragraphs.Select(p => p.Text).Should().Equal(First);
        article.Removed.Should().BeEmpty();
        article.Published.Should().BeNull();
    }

    [Fact]
    public void Links_under_a_time_line_below_the_first_paragraph_are_still_taken_out()
    {
        var article = Parser.Parse($"{Headline}\n\n{First}\n\nJuly 21, 23:04\n\nMinister: the bridge will open in May\n");

        article.Paragraphs.Select(p => p.Text).Should().Equal(First);
        article.Removed.Select(r => r.Reason).Should().Equal(RemovalReason.ReadMore, RemovalReason.ReadMore);
        article.Published.Should().BeNull("the time is the linked story's");
    }

    [Fact]
    public void A_lone_paragraph_that_reads_as_a_link_is_kept()
    {
        var article = Parser.Parse($"{Headline}\n\nMinister: the bridge will open in May");

        article.Paragraphs.Select(p => p.Text).Should().Equal("Minister: the bridge will open in May");
        article.Removed.Should().BeEmpty();
    }

    [Fact]
    public void A_first_paragraph_that_is_a_time_line_stays_in_the_header()
    {
        var article = Parser.Parse($"{Headline}\n\nJuly 21, 23:04\n\n{First}");

        article.Published!.ToIsoString().Should().Be("2024-07-21T23:04:00", "the last July 21 before the reference date");
        article.Paragraphs.Select(p => p.Text).Should().Equal(First);
    }

    [Fact]
    public void A_first_line_wrapped_into_the_next_is_read_whole()
    {
        var article = Parser.Parse($"{Headline}\n\nThe ferry carried 1,400\npassengers on its first day\n\nRead more:\n\nMinister says bridge will open in May\n");

        article.Paragraphs.Should().ContainSingle().Which.Text.Should().Be("The ferry carried 1,400\npassengers on its first day", "the paragraph is its lines as written");
        article.Removed.Select(r => r.Reason).Should().Equal(RemovalReason.ReadMore, RemovalReason.ReadMore);
    }
}
