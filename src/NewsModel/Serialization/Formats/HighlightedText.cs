using NewsModel.Model;

namespace NewsModel.Serialization.Formats;

/// <summary>
/// Writes one block of the article (headline, lead or a paragraph) as HTML with its statements, speaker mentions,
/// cues and treaty mentions marked. Marks may overlap: the text is cut at every mark's edge and each piece is
/// wrapped in the marks that cover it, always nested in the same order, so the HTML stays well formed.
/// </summary>
internal static class HighlightedText
{
    private enum MarkKind
    {
        Statement,
        Speaker,
        Cue,
        Treaty,
    }

    private readonly record struct Mark(int Start, int End, MarkKind Kind, Statement? Statement, Speaker? Speaker, Treaty? Treaty, bool First);

    /// <summary>Writes <paramref name="text"/>, which stands at <paramref name="span"/> in the source, with its marks.</summary>
    public static void Write(TextWriter output, ArticleFacts facts, string text, TextSpan? span)
    {
        if (span is not { } block || block.Length != text.Length)
        {
            // Without the block's place in the source no span can be mapped onto it: the text alone, escaped.
            HtmlText.Write(output, text);
            return;
        }
        var marks = Collect(facts, block);
        if (marks.Count == 0)
        {
            HtmlText.Write(output, text);
            return;
        }
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var m in marks)
        {
            cuts.Add(m.Start);
            cuts.Add(m.End);
        }
        var active = new List<Mark>();
        int? previous = null;
        foreach (var cut in cuts)
        {
            if (previous is { } from && cut > from)
            {
                active.Clear();
                foreach (var m in marks)
                {
                    if (m.Start <= from && m.End >= cut) active.Add(m);
                }
                active.Sort(static (a, b) => a.Kind.CompareTo(b.Kind));
                foreach (var m in active) Open(output, m, isPieceStart: m.Start == from);
                HtmlText.Write(output, text.AsSpan(from, cut - from));
                for (int i = active.Count - 1; i >= 0; i--) output.Write(active[i].Kind == MarkKind.Statement ? "</mark>" : "</span>");
            }
            previous = cut;
        }
    }

    private static List<Mark> Collect(ArticleFacts facts, TextSpan block)
    {
        var marks = new List<Mark>();
        void Add(TextSpan? where, MarkKind kind, Statement? statement, Speaker? speaker, Treaty? treaty, bool first)
        {
            if (where is not { } s) return;
            int start = Math.Max(s.Start, block.Start), end = Math.Min(s.End, block.End);
            if (end <= start) return;
            marks.Add(new Mark(start - block.Start, end - block.Start, kind, statement, speaker, treaty, first));
        }
        foreach (var statement in facts.Article.Statements)
        {
            var speaker = facts.SpeakerOf(statement);
            bool first = true;
            foreach (var piece in statement.Spans)
            {
                Add(piece, MarkKind.Statement, statement, speaker, null, first);
                first = false;
            }
            Add(statement.CueSpan, MarkKind.Cue, statement, speaker, null, false);
            Add(statement.SpeakerMention?.Span, MarkKind.Speaker, statement, speaker, null, false);
        }
        foreach (var treaty in facts.Article.Treaties)
        {
            foreach (var mention in treaty.Mentions) Add(mention.Span, MarkKind.Treaty, null, null, treaty, false);
        }
        return marks;
    }

    private static void Open(TextWriter output, Mark m, bool isPieceStart)
    {
        switch (m.Kind)
        {
            case MarkKind.Statement:
                var s = m.Statement!;
                var kind = JsonNames.Of(s.Kind);
                var label = m.Speaker?.Name ?? "unattributed";
                output.Write("<mark class=\"statement ");
                output.Write(kind);
                // The label goes before the statement's first words only, not before every piece a nested mark makes.
                if (m.First && isPieceStart) output.Write(" first");
                output.Write("\" data-statement=\"");
                HtmlText.Write(output, s.Id);
                output.Write("\" data-kind=\"");
                output.Write(kind);
                output.Write("\" data-speaker=\"");
                HtmlText.Write(output, s.SpeakerId);
                output.Write("\" data-speaker-name=\"");
                HtmlText.Write(output, label);
                output.Write("\" data-label=\"");
                HtmlText.Write(output, label);
                output.Write("\" title=\"");
                HtmlText.Write(output, $"{s.Id}: {label}{(s.Cue is null ? "" : " — " + s.Cue)} ({kind})");
                output.Write("\">");
                break;
            case MarkKind.Speaker:
                output.Write("<span class=\"speaker\" data-speaker=\"");
                HtmlText.Write(output, m.Statement!.SpeakerId);
                output.Write("\" data-statement=\"");
                HtmlText.Write(output, m.Statement.Id);
                output.Write("\">");
                break;
            case MarkKind.Cue:
                output.Write("<span class=\"cue\" data-statement=\"");
                HtmlText.Write(output, m.Statement!.Id);
                output.Write("\">");
                break;
            default:
                output.Write("<span class=\"treaty\" data-treaty=\"");
                HtmlText.Write(output, m.Treaty!.Id);
                output.Write("\" title=\"");
                HtmlText.Write(output, m.Treaty.Name);
                output.Write("\">");
                break;
        }
    }
}
