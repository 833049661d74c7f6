using System.Globalization;
using System.Text;
using NewsModel.Model;

namespace NewsModel.Parsing.Internal;

/// <summary>Turns the finished <see cref="ParseContext"/> into the immutable <see cref="Article"/>.</summary>
internal static class ArticleBuilder
{
    public static Article Build(ParseContext ctx)
    {
        var s = ctx.Source;
        var statements = new List<Statement>(ctx.Statements.Count);
        int n = 0;
        foreach (var d in ctx.Statements)
        {
            if (d.Pieces.Count == 0) continue;
            n++;
            statements.Add(new Statement
            {
                Id = "st" + n.ToString(CultureInfo.InvariantCulture),
                Kind = d.Kind,
                Where = d.Block.Where,
                Text = Join(s, d),
                Spans = d.Pieces.ToEquatableArray(),
                Cue = d.CueText,
                CueSpan = d.Cue,
                SpeakerId = d.SpeakerId,
                SpeakerMention = d.SpeakerSpan is { } span ? new Mention(Text.Collapse(s.AsSpan(span.Start, span.Length)), span) : null,
                ParagraphIndex = d.Block.ParagraphIndex,
            });
        }
        return new Article
        {
            Headline = ctx.Headline is { } h ? Text.Collapse(s.AsSpan(h.Start, h.End - h.Start)) : null,
            HeadlineSpan = ctx.Headline is { } hs ? TextSpan.FromBounds(hs.Start, hs.End) : null,
            Rubric = ctx.Rubric,
            Published = ctx.Published,
            Url = ctx.Url,
            Dateline = ctx.Dateline,
            Lead = ctx.Lead is { } lead ? Paragraph(s, lead) : null,
            Paragraphs = ctx.Body.Select(b => Paragraph(s, b)).ToEquatableArray(),
            Statements = statements.ToEquatableArray(),
            Speakers = ctx.Speakers.ToEquatableArray(),
            Treaties = ctx.Treaties.ToEquatableArray(),
            Removed = ctx.Removed.OrderBy(r => r.Span.Start).ToEquatableArray(),
            Diagnostics = ctx.Diagnostics.ToEquatableArray(),
        };
    }

    private static Paragraph Paragraph(string s, Block b) => new()
    {
        Index = b.ParagraphIndex,
        Text = s[b.Start..b.End],
        Span = TextSpan.FromBounds(b.Start, b.End),
    };

    /// <summary>Pieces of one quote run are adjacent and join as written; separate quotes join with a space.</summary>
    private static string Join(string s, StatementDraft d)
    {
        if (d.Pieces.Count == 1) return Text.Collapse(s.AsSpan(d.Pieces[0].Start, d.Pieces[0].Length));
        var sb = new StringBuilder();
        for (int i = 0; i < d.Pieces.Count; i++)
        {
            var piece = d.Pieces[i];
            if (i > 0)
            {
                int gapStart = d.Pieces[i - 1].End;
                bool adjacent = piece.Start - gapStart <= 1 && piece.Start >= gapStart;
                bool spaced = gapStart < piece.Start && Text.IsSpace(s[piece.Start - 1]) || (gapStart < s.Length && Text.IsSpace(s[gapStart]));
                if (!adjacent || spaced) sb.Append(' ');
            }
            sb.Append(Text.Collapse(s.AsSpan(piece.Start, piece.Length)));
        }
        return Text.Collapse(sb.ToString());
    }
}
