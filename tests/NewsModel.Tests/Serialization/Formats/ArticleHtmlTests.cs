using FluentAssertions;
using NewsModel.Serialization.Formats;

namespace NewsModel.Tests.Serialization.Formats;

/// <summary>The HTML view as an HTML5 parser reads it (AngleSharp); <see cref="ArticleHtmlBrowserTests"/> opens it in Chromium.</summary>
public sealed class ArticleHtmlTests
{
    [Fact]
    public void Every_statement_of_the_seed_is_highlighted_with_its_speaker_cue_and_label()
    {
        var article = FormatTestArticles.Seed;
        var dom = HtmlChecks.Parse(ArticleHtml.Render(article, "seed.txt"));
        HtmlChecks.EveryStatementIsHighlightedWithItsSpeaker(dom, article, TestData.Seed);
        HtmlChecks.BlocksReadAsTheArticleText(dom, article);
        HtmlChecks.SpeakersAndTreatiesAreListed(dom, article);
    }

    [Fact]
    public void The_page_is_self_contained_and_forbids_scripts_and_outside_resources()
    {
        var html = ArticleHtml.Render(FormatTestArticles.Seed);
        var dom = HtmlChecks.Parse(html);
        dom.QuerySelectorAll("script, link, img, iframe, object, embed, [src], [href]").Should().BeEmpty();
        dom.QuerySelector("meta[charset]")!.GetAttribute("charset").Should().Be("utf-8");
        dom.QuerySelector("meta[http-equiv=\"Content-Security-Policy\"]")!.GetAttribute("content").Should().Be("default-src 'none'; style-src 'unsafe-inline'");
        dom.QuerySelector("style")!.TextContent.Should().NotContain("url(").And.NotContain("@import");
    }

    [Fact]
    public void Markup_in_the_article_is_escaped_everywhere_it_appears()
    {
        var source = HtmlChecks.HostileSource();
        var article = TestData.Parser.Parse(source);
        article.Statements.Should().Contain(s => s.Text.Contains("<script>", StringComparison.Ordinal), "the parser keeps the markup as the statement's words");
        var html = ArticleHtml.Render(article, "<b>source</b>");
        html.Should().NotContain("<script").And.NotContain("<img").And.NotContain("<b>");
        var dom = HtmlChecks.Parse(html);
        HtmlChecks.MarkupFromTheInputStayedText(dom);
        HtmlChecks.EveryStatementIsHighlightedWithItsSpeaker(dom, article, source);
        dom.Title.Should().Be(article.Headline);
    }

    [Fact]
    public void An_article_with_nothing_found_still_renders_a_page()
    {
        var dom = HtmlChecks.Parse(ArticleHtml.Render(new NewsModel.Model.Article()));
        dom.QuerySelector("h1")!.TextContent.Should().Be("(no headline)");
        dom.QuerySelector("#statements")!.TextContent.Should().Contain("None found.");
    }
}
