using NewsModel.Model;
using NewsModel.Serialization;

namespace NewsModel.Tests.Robustness;

/// <summary>What must hold for the article of any input: spans inside the source, and a lossless JSON round trip.</summary>
internal static class ArticleInvariants
{
    /// <summary>Throws (so CsCheck shrinks and reports the input) when <paramref name="article"/> breaks an invariant.</summary>
    public static void Check(string source, Article article)
    {
        // The parser turns its own faults into NM9000 so users keep going; tests must still see them as failures.
        foreach (var d in article.Diagnostics)
        {
            if (d.Code == NewsModel.Parsing.DiagnosticCodes.InternalError) throw new InvalidOperationException("The parser reported an internal fault (NM9000).");
        }
        foreach (var (span, where) in Spans(article))
        {
            if (span.Start < 0 || span.Length < 0 || span.Start > source.Length - span.Length)
            {
                throw new InvalidOperationException($"{where} span {span} lies outside the {source.Length}-unit source.");
            }
        }
        var json = NewsJson.Serialize(article);
        var back = NewsJson.Deserialize(json);
        if (back != article) throw new InvalidOperationException("The article changed through its canonical JSON.");
        if (NewsJson.Serialize(back) != json) throw new InvalidOperationException("Writing the article read back gave other JSON.");
    }

    private static List<(TextSpan Span, string Where)> Spans(Article a)
    {
        var all = new List<(TextSpan Span, string Where)>();
        if (a.HeadlineSpan is { } h) all.Add((h, "headline"));
        if (a.Published is { } p) all.Add((p.Span, "published"));
        if (a.Dateline is { } d) all.Add((d.Span, "dateline"));
        if (a.Lead is { } lead) all.Add((lead.Span, "lead"));
        foreach (var x in a.Paragraphs) all.Add((x.Span, "paragraph"));
        foreach (var s in a.Statements)
        {
            foreach (var piece in s.Spans) all.Add((piece, "statement " + s.Id));
            if (s.CueSpan is { } c) all.Add((c, "cue of " + s.Id));
            if (s.SpeakerMention is { } m) all.Add((m.Span, "speaker mention of " + s.Id));
        }
        foreach (var sp in a.Speakers)
        {
            foreach (var m in sp.Mentions) all.Add((m.Span, "mention of " + sp.Id));
        }
        foreach (var t in a.Treaties)
        {
            foreach (var m in t.Mentions) all.Add((m.Span, "mention of " + t.Id));
            foreach (var r in t.Articles) all.Add((r.Span, "article reference of " + t.Id));
        }
        foreach (var r in a.Removed) all.Add((r.Span, "removed line"));
        foreach (var x in a.Diagnostics)
        {
            if (x.Span is { } s) all.Add((s, "diagnostic " + x.Code));
        }
        return all;
    }
}
