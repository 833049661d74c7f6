using System.Globalization;
using NewsModel.Model;

namespace NewsModel.Serialization.Formats;

/// <summary>
/// An article as one self-contained HTML page for people checking "who said what": the text with every statement
/// highlighted and labelled with its speaker, each attribution's speaker and cue marked, treaty mentions
/// underlined, then tables of the statements, speakers, treaties, removed lines and diagnostics.
/// </summary>
/// <remarks>
/// <para>
/// Thread-safe; all members are static. The page has its CSS inline and loads nothing: no script, font, image or
/// stylesheet, and its Content-Security-Policy forbids all of them, so it opens the same offline. Every string
/// from the article is HTML-escaped; text that looks like markup (<c>&lt;script&gt;</c>) shows as text.
/// </para>
/// <para>
/// Marks carry data attributes for tools: a statement is <c>&lt;mark class="statement KIND" data-statement="st1"
/// data-speaker="sp1" data-speaker-name="…"&gt;</c> (a statement cut by other marks is several such elements with
/// the same id); the words naming its speaker are <c>&lt;span class="speaker"&gt;</c> and its cue
/// <c>&lt;span class="cue"&gt;</c>, both with <c>data-statement</c>; a treaty mention is
/// <c>&lt;span class="treaty" data-treaty="ctbt"&gt;</c>.
/// </para>
/// </remarks>
public static class ArticleHtml
{
    private const string Style = """
        :root{color-scheme:light}
        body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#fff;max-width:62rem;margin:2rem auto;padding:0 1rem}
        header .rubric{text-transform:uppercase;letter-spacing:.05em;font-size:.8rem;color:#555;margin:0}
        h1{font-size:1.6rem;line-height:1.3;margin:.3rem 0}
        .meta{color:#555;font-size:.9rem;margin:0 0 1rem}
        .block{white-space:pre-wrap}
        .lead{font-weight:600}
        mark.statement{background:#fff1a8;color:inherit;padding:.05em 0;border-radius:.15em}
        mark.statement.indirect{background:#d8e9ff}
        mark.statement.mixed{background:#dcf3c8}
        mark.statement.first::before{content:attr(data-label);font:600 .68rem/1.2 system-ui,sans-serif;color:#fff;background:#374151;padding:.1em .35em;margin-right:.3em;border-radius:.25em;vertical-align:.15em}
        .speaker{text-decoration:underline 2px #b42318;text-underline-offset:.2em;font-weight:600}
        .cue{font-style:italic;border-bottom:2px dotted #374151}
        .treaty{border-bottom:1px solid #1d4ed8}
        .legend span,.legend mark{margin-right:1em}
        table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem;font-size:.9rem}
        th,td{border:1px solid #d0d5dd;padding:.3rem .45rem;text-align:left;vertical-align:top}
        th{background:#f2f4f7}
        h2{font-size:1.15rem;margin-top:2rem}
        """;

    /// <summary>The HTML page of <paramref name="article"/> as a string.</summary>
    /// <param name="article">The article.</param>
    /// <param name="source">Where the article came from (a file name or URL), shown in the page; null for none.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="article"/> is null.</exception>
    public static string Render(Article article, string? source = null)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        Render(text, article, source);
        return text.ToString();
    }

    /// <summary>Writes the HTML page of <paramref name="article"/> to <paramref name="output"/> (declared as UTF-8).</summary>
    /// <param name="output">Where to write; not flushed or closed.</param>
    /// <param name="article">The article.</param>
    /// <param name="source">Where the article came from (a file name or URL), shown in the page; null for none.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="output"/> or <paramref name="article"/> is null.</exception>
    public static void Render(TextWriter output, Article article, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(article);
        var facts = new ArticleFacts(article);
        var o = output;
        o.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        o.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        o.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"NewsModel\">\n<title>");
        HtmlText.Write(o, article.Headline ?? source ?? "Article");
        o.Write("</title>\n<style>\n");
        o.Write(Style);
        o.Write("\n</style>\n</head>\n<body>\n<article>\n<header>\n");
        if (article.Rubric is { } rubric)
        {
            o.Write("<p class=\"rubric\">");
            HtmlText.Write(o, rubric);
            o.Write("</p>\n");
        }
        o.Write("<h1 class=\"block headline\">");
        if (article.Headline is { } headline) HighlightedText.Write(o, facts, headline, article.HeadlineSpan);
        else HtmlText.Write(o, "(no headline)");
        o.Write("</h1>\n<p class=\"meta\">");
        Meta(o, article, facts, source);
        o.Write("</p>\n</header>\n");
        if (article.Lead is { } lead)
        {
            o.Write("<p class=\"block lead\">");
            HighlightedText.Write(o, facts, lead.Text, lead.Span);
            o.Write("</p>\n");
        }
        foreach (var paragraph in article.Paragraphs)
        {
            o.Write("<p class=\"block\" data-paragraph=\"");
            o.Write(paragraph.Index?.ToString(CultureInfo.InvariantCulture));
            o.Write("\">");
            HighlightedText.Write(o, facts, paragraph.Text, paragraph.Span);
            o.Write("</p>\n");
        }
        o.Write("</article>\n<p class=\"legend\"><mark class=\"statement direct\">direct quote</mark><mark class=\"statement indirect\">reported speech</mark><mark class=\"statement mixed\">mixed</mark><span class=\"speaker\">speaker</span><span class=\"cue\">cue</span><span class=\"treaty\">treaty</span></p>\n");
        Statements(o, facts);
        Speakers(o, article);
        Treaties(o, article);
        Removed(o, article);
        Diagnostics(o, article);
        o.Write("</body>\n</html>\n");
    }

    private static void Meta(TextWriter o, Article article, ArticleFacts facts, string? source)
    {
        var parts = new List<string>(4);
        if (article.Published is { } published) parts.Add(published.ToIsoString());
        if (facts.DatelineText() is { } dateline) parts.Add(dateline);
        if (article.Dateline?.Agency is { } agency) parts.Add(agency);
        if (source is not null) parts.Add(source);
        HtmlText.Write(o, string.Join(" · ", parts));
    }

    private static void Statements(TextWriter o, ArticleFacts facts)
    {
        var statements = facts.Article.Statements;
        o.Write("<section id=\"statements\">\n<h2>Statements (");
        o.Write(statements.Count.ToString(CultureInfo.InvariantCulture));
        o.Write(")</h2>\n");
        if (statements.IsEmpty)
        {
            o.Write("<p>None found.</p>\n</section>\n");
            return;
        }
        o.Write("<table>\n<thead><tr><th>id</th><th>speaker</th><th>kind</th><th>where</th><th>cue</th><th>text</th></tr></thead>\n<tbody>\n");
        foreach (var s in statements)
        {
            o.Write("<tr data-statement=\"");
            HtmlText.Write(o, s.Id);
            o.Write("\">");
            Cell(o, s.Id);
            Cell(o, facts.SpeakerOf(s)?.Name ?? "unattributed");
            Cell(o, JsonNames.Of(s.Kind));
            Cell(o, JsonNames.Of(s.Where));
            Cell(o, s.Cue);
            Cell(o, s.Text);
            o.Write("</tr>\n");
        }
        o.Write("</tbody>\n</table>\n</section>\n");
    }

    /// <summary>Opens a section with its heading and count; with no rows it closes the section and returns false.</summary>
    private static bool OpenTable(TextWriter o, string id, string heading, int count, string headerCells)
    {
        o.Write("<section id=\"");
        o.Write(id);
        o.Write("\">\n<h2>");
        o.Write(heading);
        o.Write(" (");
        o.Write(count.ToString(CultureInfo.InvariantCulture));
        o.Write(")</h2>\n");
        if (count == 0)
        {
            o.Write("<p>None found.</p>\n</section>\n");
            return false;
        }
        o.Write("<table>\n<thead><tr>");
        o.Write(headerCells);
        o.Write("</tr></thead>\n<tbody>\n");
        return true;
    }

    private static void Speakers(TextWriter o, Article article)
    {
        if (!OpenTable(o, "speakers", "Speakers", article.Speakers.Count, "<th>id</th><th>name</th><th>kind</th><th>title</th><th>affiliation</th><th>also called</th><th>statements</th>")) return;
        // Each speaker's statements counted in one pass, not one pass over the statements per speaker.
        var said = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in article.Statements)
        {
            if (s.SpeakerId is { } id) said[id] = said.GetValueOrDefault(id) + 1;
        }
        foreach (var sp in article.Speakers)
        {
            o.Write("<tr data-speaker=\"");
            HtmlText.Write(o, sp.Id);
            o.Write("\">");
            Cell(o, sp.Id);
            Cell(o, sp.Name);
            Cell(o, JsonNames.Of(sp.Kind));
            Cell(o, sp.Title);
            Cell(o, sp.Affiliation);
            Cell(o, string.Join(", ", sp.Aliases));
            Cell(o, said.GetValueOrDefault(sp.Id).ToString(CultureInfo.InvariantCulture));
            o.Write("</tr>\n");
        }
        o.Write("</tbody>\n</table>\n</section>\n");
    }

    private static void Treaties(TextWriter o, Article article)
    {
        if (!OpenTable(o, "treaties", "Treaties", article.Treaties.Count, "<th>id</th><th>name</th><th>acronym</th><th>kind</th><th>also called</th><th>articles cited</th>")) return;
        foreach (var t in article.Treaties)
        {
            o.Write("<tr data-treaty=\"");
            HtmlText.Write(o, t.Id);
            o.Write("\">");
            Cell(o, t.Id);
            Cell(o, t.Name);
            Cell(o, t.Acronym);
            Cell(o, JsonNames.Of(t.Kind));
            Cell(o, string.Join(", ", t.Aliases));
            var cited = new List<string>(t.Articles.Count);
            foreach (var reference in t.Articles) cited.Add(reference.Text);
            Cell(o, string.Join("; ", cited));
            o.Write("</tr>\n");
        }
        o.Write("</tbody>\n</table>\n</section>\n");
    }

    private static void Removed(TextWriter o, Article article)
    {
        if (article.Removed.IsEmpty) return;
        o.Write("<section id=\"removed\">\n<h2>Lines taken out as boilerplate</h2>\n<table>\n<thead><tr><th>reason</th><th>text</th></tr></thead>\n<tbody>\n");
        foreach (var r in article.Removed)
        {
            o.Write("<tr>");
            Cell(o, JsonNames.Of(r.Reason));
            Cell(o, r.Text);
            o.Write("</tr>\n");
        }
        o.Write("</tbody>\n</table>\n</section>\n");
    }

    private static void Diagnostics(TextWriter o, Article article)
    {
        if (article.Diagnostics.IsEmpty) return;
        o.Write("<section id=\"diagnostics\">\n<h2>Diagnostics</h2>\n<table>\n<thead><tr><th>code</th><th>severity</th><th>message</th></tr></thead>\n<tbody>\n");
        foreach (var d in article.Diagnostics)
        {
            o.Write("<tr>");
            Cell(o, d.Code);
            Cell(o, JsonNames.Of(d.Severity));
            Cell(o, d.Message);
            o.Write("</tr>\n");
        }
        o.Write("</tbody>\n</table>\n</section>\n");
    }

    private static void Cell(TextWriter o, string? text)
    {
        o.Write("<td>");
        HtmlText.Write(o, text);
        o.Write("</td>");
    }
}
