using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FluentAssertions;
using NewsModel.Model;

namespace NewsModel.Tests.Serialization.Formats;

/// <summary>What the HTML view must show, checked on a DOM: the one the HTML parses to, or the one a browser rendered.</summary>
internal static class HtmlChecks
{
    /// <summary>Script that the hostile article carries in its words; run, it would leave a mark on the page.</summary>
    public const string Script = "<script>document.body.setAttribute('data-pwned','script');document.title='pwned'</script>";

    public const string Image = "<img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">";

    /// <summary>The seed with markup in a quote and in the headline: the parser keeps it as words.</summary>
    public static string HostileSource() => TestData.Seed
        .Replace("\"The text of the final document", "\"" + Script + " The text of the final document", StringComparison.Ordinal)
        .Replace("Russia not to join", "Russia " + Image + " not to join", StringComparison.Ordinal);

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>
    /// Every statement is highlighted: its marks, joined, hold exactly the words of its spans; the first carries the
    /// speaker's id and name as data and as the visible label; its cue and speaker mention are marked.
    /// </summary>
    public static void EveryStatementIsHighlightedWithItsSpeaker(IDocument dom, Article article, string source)
    {
        article.Statements.Should().NotBeEmpty();
        foreach (var s in article.Statements)
        {
            var marks = dom.QuerySelectorAll($"article mark.statement[data-statement=\"{s.Id}\"]");
            marks.Should().NotBeEmpty($"{s.Id} is highlighted");
            string.Concat(marks.Select(m => m.TextContent)).Should().Be(string.Concat(s.Spans.Select(x => x.GetText(source))), $"{s.Id}'s marks hold its words");
            var speaker = article.Speakers.FirstOrDefault(sp => sp.Id == s.SpeakerId);
            foreach (var m in marks)
            {
                m.GetAttribute("data-speaker").Should().Be(s.SpeakerId ?? "");
                m.GetAttribute("data-speaker-name").Should().Be(speaker?.Name ?? "unattributed");
            }
            var first = marks.Where(m => m.ClassList.Contains("first")).ToList();
            first.Should().ContainSingle($"{s.Id} is labelled once").Which.GetAttribute("data-label").Should().Be(speaker?.Name ?? "unattributed");
            if (s.CueSpan is { } cue)
            {
                dom.QuerySelectorAll($"article .cue[data-statement=\"{s.Id}\"]").Select(e => e.TextContent).Should().Equal([cue.GetText(source)], $"{s.Id}'s cue is marked");
            }
            if (s.SpeakerMention is { } mention)
            {
                string.Concat(dom.QuerySelectorAll($"article .speaker[data-statement=\"{s.Id}\"]").Select(e => e.TextContent))
                    .Should().Be(mention.Text, $"{s.Id}'s speaker is marked");
            }
            dom.QuerySelectorAll($"#statements tr[data-statement=\"{s.Id}\"] td").Select(td => td.TextContent)
                .Should().Equal(s.Id, speaker?.Name ?? "unattributed", s.Kind.ToString().ToLowerInvariant(), s.Where.ToString().ToLowerInvariant(), s.Cue ?? "", s.Text);
        }
    }

    /// <summary>The highlighting adds marks, never words: each block reads as the article's text.</summary>
    public static void BlocksReadAsTheArticleText(IDocument dom, Article article)
    {
        dom.QuerySelector("h1.headline")!.TextContent.Should().Be(article.Headline);
        dom.QuerySelector("p.lead")?.TextContent.Should().Be(article.Lead?.Text);
        dom.QuerySelectorAll("article p[data-paragraph]").Select(p => p.TextContent).Should().Equal(article.Paragraphs.Select(p => p.Text));
    }

    public static void SpeakersAndTreatiesAreListed(IDocument dom, Article article)
    {
        dom.QuerySelectorAll("#speakers tr[data-speaker]").Select(tr => tr.GetAttribute("data-speaker")).Should().Equal(article.Speakers.Select(s => s.Id));
        dom.QuerySelectorAll("#treaties tr[data-treaty]").Select(tr => tr.GetAttribute("data-treaty")).Should().Equal(article.Treaties.Select(t => t.Id));
    }

    /// <summary>Markup in the article's words stayed words: no element came of it, nothing ran, the text shows it.</summary>
    public static void MarkupFromTheInputStayedText(IDocument dom)
    {
        dom.QuerySelectorAll("script").Should().BeEmpty();
        dom.QuerySelectorAll("img, [onerror]").Should().BeEmpty();
        dom.Body!.HasAttribute("data-pwned").Should().BeFalse();
        dom.Title.Should().NotBe("pwned");
        dom.QuerySelector("article")!.TextContent.Should().Contain(Script).And.Contain(Image);
    }
}
