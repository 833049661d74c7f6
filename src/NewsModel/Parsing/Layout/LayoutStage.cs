using System.Buffers;
using NewsModel.Knowledge;
using NewsModel.Model;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Layout;

/// <summary>
/// The layout stage: splits the text into lines and paragraphs and reads the frame — headline, rubric and time line,
/// URL line, lead, dateline — and takes boilerplate out of the body.
/// Reads <see cref="ParseContext.Source"/>; writes the frame (<see cref="ParseContext.Headline"/>,
/// <see cref="ParseContext.Lead"/>, <see cref="ParseContext.Body"/> and the other header fields) and
/// <see cref="ParseContext.Removed"/>.
/// </summary>
internal static partial class LayoutStage
{
    private readonly record struct Line(int Start, int End);

    /// <summary>The lines and paragraphs of the article being read, kept in the thread's scratch for the next parse.</summary>
    private sealed class LinesAndParagraphs : IParseScratch
    {
        public List<Line> Lines { get; } = [];
        public List<(int Start, int End)> Paragraphs { get; } = [];

        public bool Release()
        {
            Lines.Clear();
            Paragraphs.Clear();
            return Lines.Capacity <= ParseScratch.MaxKeptCapacity && Paragraphs.Capacity <= ParseScratch.MaxKeptCapacity;
        }
    }

    public static void Run(ParseContext ctx)
    {
        var scratch = ctx.Scratch.Get<LinesAndParagraphs>();
        var lines = scratch.Lines;
        var paragraphs = scratch.Paragraphs;
        lines.Clear();
        paragraphs.Clear();
        ReadLines(ctx.Source, lines);
        int i = 0;
        if (!ctx.Options.BodyOnly) i = ReadHeader(ctx, lines);
        JoinParagraphs(ctx.Source, lines, i, paragraphs);
        RemoveBoilerplate(ctx, paragraphs);
        FindLeadAndDateline(ctx, paragraphs);
        if (ctx.Published is { UtcOffset: null } published && ctx.Dateline?.Agency is { } agency && published.Precision != TimePrecision.Date)
        {
            var offset = AgencyNamed(ctx, agency)?.UtcOffset;
            if (offset is not null) ctx.Published = published with { UtcOffset = offset };
        }
    }

    private static AgencyEntry? AgencyNamed(ParseContext ctx, string name)
    {
        foreach (var a in ctx.Knowledge.Knowledge.Agencies)
        {
            if (a.Name == name) return a;
        }
        return null;
    }

    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u2028\u2029\u0085");
    private static readonly SearchValues<char> AsciiLineBreaks = SearchValues.Create("\n\r");

    /// <summary>Non-blank lines, trimmed; a blank line is kept as an empty marker so paragraphs can be found.</summary>
    private static void ReadLines(string s, List<Line> lines)
    {
        // Lines run to tens of characters: a vectorized search for the next break beats testing each character.
        // In text that is all ASCII (half the corpus; one fast pass to know) there are no breaks beyond ASCII,
        // and the search looks for two characters, not five.
        var breaks = System.Text.Ascii.IsValid(s) ? AsciiLineBreaks : LineBreaks;
        int i = 0;
        while (true)
        {
            int found = s.AsSpan(i).IndexOfAny(breaks);
            int end = found < 0 ? s.Length : i + found;
            int ts = Chars.TrimStart(s, i, end);
            int te = Chars.TrimEnd(s, ts, end);
            lines.Add(new Line(ts, te));
            if (found < 0) break;
            i = end;
            // \r\n is one break
            if (s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n') i++;
            i++;
        }
    }

    private static int NextNonBlank(List<Line> lines, int i)
    {
        while (i < lines.Count && lines[i].Start == lines[i].End) i++;
        return i;
    }

    private static int ReadHeader(ParseContext ctx, List<Line> lines)
    {
        int i = NextNonBlank(lines, 0);
        // Captions and URL lines may stand before the headline in scraped copy.
        while (i < lines.Count)
        {
            var line = lines[i];
            if (TryRemoveBoilerplate(ctx, line.Start, line.End, captionsOnly: true) || TryUrl(ctx, line))
            {
                i = NextNonBlank(lines, i + 1);
                continue;
            }
            break;
        }
        if (i >= lines.Count) return i;
        var first = lines[i];
        if (DatelineScanner.TryScan(ctx, first.Start, first.End, out _) || TimeLineParser.LooksLikeTimeLine(ctx, first.Start, first.End))
        {
            // Text that starts at the dateline or the time line has no headline.
            ctx.Report(DiagnosticDescriptors.NoHeadline);
        }
        else
        {
            ctx.Headline = new Block(first.Start, first.End, StatementLocation.Headline, -1);
            i = NextNonBlank(lines, i + 1);
        }
        // Up to four header lines: rubric and time, URL, caption.
        for (int n = 0; n < 4 && i < lines.Count; n++)
        {
            var line = lines[i];
            if (ctx.Published is null && TimeLineParser.TryParse(ctx, line.Start, line.End)) { }
            else if (ctx.Url is null && TryUrl(ctx, line)) { }
            else if (TryRemoveBoilerplate(ctx, line.Start, line.End, captionsOnly: true)) { }
            else if (ctx.Published is null && ctx.Rubric is null && IsRubricAbove(ctx, lines, i)) { }
            else break;
            i = NextNonBlank(lines, i + 1);
        }
        return i;
    }

    private const int MaxRubricLength = 60;

    /// <summary>
    /// A short line with no sentence end, directly above a time line that has no rubric of its own, is the rubric
    /// (TASS amp pages put "Russian Politics &amp; Diplomacy" and "December 26, 20:05" on two lines).
    /// </summary>
    private static bool IsRubricAbove(ParseContext ctx, List<Line> lines, int i)
    {
        var line = lines[i];
        int length = line.End - line.Start;
        if (length is 0 or > MaxRubricLength || Chars.IsSentenceEnd(ctx.Source[line.End - 1])) return false;
        int next = NextNonBlank(lines, i + 1);
        if (next >= lines.Count || !TimeLineParser.LooksLikeTimeLine(ctx, lines[next].Start, lines[next].End)) return false;
        ctx.Rubric = Chars.Collapse(ctx.Source.AsSpan(line.Start, length));
        return true;
    }

    private static bool TryUrl(ParseContext ctx, Line line)
    {
        var text = ctx.Source.AsSpan(line.Start, line.End - line.Start);
        if (!(text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))) return false;
        if (text.ContainsAny(' ', '\t')) return false;
        ctx.Url ??= text.ToString();
        return true;
    }

    /// <summary>
    /// Paragraphs are runs of non-blank lines. Inside a run, a line that ends a sentence ends the paragraph;
    /// one that does not (hard-wrapped copy) is joined with the next.
    /// </summary>
    private static void JoinParagraphs(string s, List<Line> lines, int from, List<(int Start, int End)> result)
    {
        int i = from;
        while (i < lines.Count)
        {
            if (lines[i].Start == lines[i].End)
            {
                i++;
                continue;
            }
            int start = lines[i].Start, end = lines[i].End;
            while (i + 1 < lines.Count && lines[i + 1].Start != lines[i + 1].End && IsWrapped(s, end, lines[i + 1].Start))
            {
                i++;
                end = lines[i].End;
            }
            result.Add((start, end));
            i++;
        }
    }

    private static bool IsWrapped(string s, int lineEnd, int nextStart)
    {
        char last = s[lineEnd - 1];
        char next = s[nextStart];
        return !(Chars.IsSentenceEnd(last) || last is ':' or '"' or '\u201D' or '\u00BB') && (char.IsLower(next) || char.IsDigit(next));
    }

    /// <summary>Takes boilerplate paragraphs out of <paramref name="paragraphs"/>, in place.</summary>
    private static void RemoveBoilerplate(ParseContext ctx, List<(int Start, int End)> paragraphs)
    {
        int kept = 0;
        for (int i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            if (!TryRemoveBoilerplate(ctx, p.Start, p.End, captionsOnly: false)) paragraphs[kept++] = p;
        }
        paragraphs.RemoveRange(kept, paragraphs.Count - kept);
        // Wire copy often runs the sign-off into the last paragraph ("… by the EC. REUTER").
        if (kept > 0 && ctx.SignOffAgency is null)
        {
            var last = paragraphs[^1];
            int signOff = TrailingSignOffStart(ctx, last.Start, last.End);
            if (signOff > last.Start && TryRemoveBoilerplate(ctx, signOff, last.End, captionsOnly: false))
            {
                paragraphs[^1] = (last.Start, Chars.TrimEnd(ctx.Source, last.Start, signOff));
            }
        }
    }

    /// <summary>
    /// Where a sign-off written after the last sentence of a paragraph starts: the last word after a sentence end,
    /// when it is one of the whole-line sign-offs; otherwise -1.
    /// </summary>
    private static int TrailingSignOffStart(ParseContext ctx, int start, int end)
    {
        var s = ctx.Source;
        int i = end;
        // Trailing figures and marks ("REUTER 3;") belong to the sign-off.
        while (i > start && !char.IsLetter(s[i - 1])) i--;
        int wordEnd = i;
        while (i > start && char.IsLetter(s[i - 1])) i--;
        if (i == wordEnd || i == start || !Chars.IsSpace(s[i - 1])) return -1;
        int before = Chars.TrimEnd(s, start, i);
        if (before == start) return -1;
        char c = s[before - 1];
        if (!(Chars.IsSentenceEnd(c) || c is '"' or '\u201D' or '\u00BB' or ')')) return -1;
        var word = s.AsSpan(i, wordEnd - i);
        foreach (var entry in ctx.Knowledge.Knowledge.Boilerplate)
        {
            if (entry.WholeLine && entry.Reason == RemovalReason.SignOff && word.Equals(entry.Prefix, StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    private static bool TryRemoveBoilerplate(ParseContext ctx, int start, int end, bool captionsOnly)
    {
        var s = ctx.Source;
        var text = s.AsSpan(start, end - start);
        // Only the entries whose prefix starts with the text's first character can match; most lines have none.
        foreach (var entry in ctx.Knowledge.Layout.BoilerplateFor(text.Length > 0 ? text[0] : '\0'))
        {
            if (captionsOnly && entry.Reason != RemovalReason.Caption) continue;
            // Several prefixes share a first letter ("Read more", "Reporting by", "Reuter"): the second
            // character, when both are ASCII, rules most out before the full comparison.
            var prefix = entry.Prefix;
            if (prefix.Length > 1 && text.Length > 1 && (prefix[1] | text[1]) < '\u0080'
                && char.ToLowerInvariant(prefix[1]) != char.ToLowerInvariant(text[1]))
            {
                continue;
            }
            if (!text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = text[entry.Prefix.Length..];
            if (entry.WholeLine)
            {
                bool onlyFigures = true;
                foreach (var c in rest)
                {
                    if (char.IsLetter(c)) { onlyFigures = false; break; }
                }
                if (!onlyFigures) continue;
            }
            else if (rest.Length > 0 && char.IsLetter(rest[0]) && char.IsLetter(entry.Prefix[^1]))
            {
                continue;
            }
            ctx.Removed.Add(new RemovedLine { Text = text.ToString(), Reason = entry.Reason, Span = new TextSpan(start, end - start) });
            if (entry.Reason == RemovalReason.SignOff)
            {
                ctx.SignOffAgency ??= FindAgency(ctx, start, end);
            }
            return true;
        }
        return false;
    }

    /// <summary>The agency a sign-off names; sign-offs are often in capitals ("REUTER"), so case is ignored here.</summary>
    private static string? FindAgency(ParseContext ctx, int start, int end)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(ctx.Source, start, end, tokens);
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Word) continue;
            var word = ctx.Source.AsSpan(token.Start, token.Length);
            foreach (var agency in ctx.Knowledge.Knowledge.Agencies)
            {
                foreach (var form in agency.Forms)
                {
                    if (word.Equals(form, StringComparison.OrdinalIgnoreCase)) return agency.Name;
                }
            }
        }
        return null;
    }

    private static void FindLeadAndDateline(ParseContext ctx, List<(int Start, int End)> paragraphs)
    {
        int datelineAt = -1;
        DatelineScanner.Match match = default;
        for (int p = 0; p < Math.Min(3, paragraphs.Count); p++)
        {
            if (DatelineScanner.TryScan(ctx, paragraphs[p].Start, paragraphs[p].End, out match))
            {
                datelineAt = p;
                break;
            }
        }
        int bodyFrom = 0;
        if (datelineAt == 1 && !ctx.Options.BodyOnly && ctx.Headline is not null)
        {
            ctx.Lead = new Block(paragraphs[0].Start, paragraphs[0].End, StatementLocation.Lead, -1);
            bodyFrom = 1;
        }
        else if (datelineAt > 0)
        {
            datelineAt = -1;
        }
        if (datelineAt >= 0)
        {
            ctx.Dateline = match.Dateline with { Agency = match.Dateline.Agency ?? ctx.SignOffAgency };
        }
        ctx.Body.EnsureCapacity(ctx.Body.Count + paragraphs.Count - bodyFrom);
        for (int p = bodyFrom; p < paragraphs.Count; p++)
        {
            int start = p == datelineAt ? match.BodyStart : paragraphs[p].Start;
            if (start >= paragraphs[p].End) continue;
            ctx.Body.Add(new Block(start, paragraphs[p].End, StatementLocation.Body, ctx.Body.Count));
        }
    }
}
