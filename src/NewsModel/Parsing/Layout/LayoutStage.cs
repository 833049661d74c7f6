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
    /// <summary>A line of the source, trimmed: empty (Start == End) for a blank one.</summary>
    internal readonly record struct Line(int Start, int End);

    /// <summary>The lines and paragraphs of the article being read, kept in the thread's scratch for the next parse.</summary>
    private sealed class LinesAndParagraphs : ParseScratchPart
    {
        public List<Line> Lines { get; } = [];
        public List<(int Start, int End)> Paragraphs { get; } = [];

        public override bool Release()
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
        paragraphs.Clear();
        // The parse split the lines in its first walk over the text (ReadLines(ParseContext)); a stage run alone splits them here.
        if (lines.Count == 0) ReadLines(ctx.Source, lines, out _, out _);
        int i = 0;
        FrameDateline? frame = null;
        int searched = 0;
        var plainBody = new Line(-1, -1);
        if (!ctx.Options.BodyOnly) i = ReadFrame(ctx, lines, out frame, out searched, out plainBody);
        JoinParagraphs(ctx.Source, lines, i, paragraphs);
        // The dateline's paragraph is the body's first: boilerplate is looked for after it.
        RemoveBoilerplate(ctx, paragraphs, frame is null ? 0 : 1, plainBody);
        if (frame is { } found) ApplyDateline(ctx, paragraphs, found.Match);
        else FindLeadAndDateline(ctx, paragraphs, lines, searched);
        if (ctx.Published is null) ReadFooterTime(ctx, paragraphs);
        if (ctx.Published is null && ctx.Dateline is { Date: not null } && frame is { Match: { DateStart: >= 0 } m })
        {
            ctx.Published = TimeLineParser.FromDatelineDate(ctx, m.DateStart, m.DateEnd);
        }
        AddBody(ctx, paragraphs, 0, frame is null || ctx.Dateline is null ? -1 : 0, frame?.Match.BodyStart ?? 0);
        if (ctx.Published is { UtcOffset: null } published && ctx.Dateline?.Agency is { } agency && published.Precision != TimePrecision.Date)
        {
            var offset = AgencyNamed(ctx, agency)?.UtcOffset;
            // An instant outside what DateTimeOffset holds (the calendar's first or last hours) keeps no zone.
            if (offset is { } o && published.Local - DateTime.MinValue >= o.Duration() && DateTime.MaxValue - published.Local >= o.Duration())
            {
                ctx.Published = published with { UtcOffset = offset };
            }
        }
        if (ctx.Removed.Count > 1) ctx.Removed.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    private static AgencyEntry? AgencyNamed(ParseContext ctx, string name)
    {
        foreach (var a in ctx.Knowledge.Knowledge.Agencies)
        {
            if (a.Name == name) return a;
        }
        return null;
    }

    private static int NextNonBlank(List<Line> lines, int i)
    {
        while (i < lines.Count && lines[i].Start == lines[i].End) i++;
        return i;
    }

    private const int MaxRubricLength = 60;

    /// <summary>
    /// Paragraphs are runs of non-blank lines. Inside a run, a line that ends a sentence ends the paragraph;
    /// one that does not (hard-wrapped copy) is joined with the next.
    /// </summary>
    private static void JoinParagraphs(string s, List<Line> lineList, int from, List<(int Start, int End)> result)
    {
        // Over the list's span: a line read through the list's indexer is two bounds checks and its array loaded again.
        var lines = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(lineList);
        for (int i = from; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Start == line.End) continue;
            int end = line.End;
            while (i + 1 < lines.Length && lines[i + 1].Start != lines[i + 1].End && IsWrapped(s, end, lines[i + 1].Start))
            {
                i++;
                end = lines[i].End;
            }
            result.Add((line.Start, end));
        }
    }

    private static bool IsWrapped(string s, int lineEnd, int nextStart)
    {
        char last = s[lineEnd - 1];
        char next = s[nextStart];
        return !(Chars.IsSentenceEnd(last) || last is ':' or '"' or '\u201D' or '\u00BB') && (char.IsLower(next) || char.IsDigit(next) && !StartsListItem(s, nextStart));
    }

    /// <summary>True when a numbered list item starts at <paramref name="i"/> ("1. ", "12) "): a line of its own, never a wrapped line's end.</summary>
    private static bool StartsListItem(string s, int i)
    {
        int j = i;
        while (j < s.Length && j - i < 3 && char.IsAsciiDigit(s[j])) j++;
        return j - i is 1 or 2 && j + 1 < s.Length && s[j] is '.' or ')' && Chars.IsSpace(s[j + 1]);
    }

    /// <summary>Takes boilerplate paragraphs out of <paramref name="paragraphs"/> from <paramref name="from"/> on, in place.</summary>
    /// <remarks>
    /// <paramref name="plainBody"/>: a line the frame classified as a candidate (see <see cref="ReadFrame"/>), so no
    /// boilerplate and no time line: a paragraph that is that line whole is not asked either again.
    /// </remarks>
    private static void RemoveBoilerplate(ParseContext ctx, List<(int Start, int End)> paragraphs, int from, Line plainBody)
    {
        int kept = from;
        bool links = false;
        // Kept in place over the list's span (nothing below adds to the list while the loop runs).
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(paragraphs);
        for (int i = from; i < all.Length; i++)
        {
            var p = all[i];
            if (!IsLine(p, plainBody) && BoilerplateAt(ctx, p.Start, p.End, captionsOnly: false) is { } entry)
            {
                Remove(ctx, p.Start, p.End, entry);
                // "Read more:", "Related stories": the lines of links under the heading go with it.
                links = entry.Reason == RemovalReason.ReadMore && !Chars.IsSentenceEnd(ctx.Source[p.End - 1]);
                continue;
            }
            if (links && IsLinkLine(ctx.Source, p.Start, p.End))
            {
                AddRemoved(ctx, p.Start, p.End, RemovalReason.ReadMore);
                continue;
            }
            links = false;
            all[kept++] = p;
        }
        paragraphs.RemoveRange(kept, paragraphs.Count - kept);
        RemoveRelatedLinks(ctx, paragraphs, from, plainBody);
        // Wire copy often runs the sign-off into the last paragraph ("… by the EC. REUTER", "… in peace.\" (PL)").
        if (paragraphs.Count > 0 && ctx.SignOffAgency is null)
        {
            var last = paragraphs[^1];
            int signOff = TrailingSignOffStart(ctx, last.Start, last.End);
            if (signOff > last.Start && BoilerplateAt(ctx, signOff, last.End, captionsOnly: false) is { Reason: RemovalReason.SignOff } entry)
            {
                Remove(ctx, signOff, last.End, entry);
                paragraphs[^1] = (last.Start, Chars.TrimEnd(ctx.Source, last.Start, signOff));
            }
            else if (TrailingAgencyMark(ctx, last.Start, last.End, out var agency) is > 0 and var mark)
            {
                AddRemoved(ctx, mark, last.End, RemovalReason.SignOff);
                ctx.SignOffAgency = agency;
                paragraphs[^1] = (last.Start, Chars.TrimEnd(ctx.Source, last.Start, mark));
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

    /// <summary>The first boilerplate entry that <c>source[start..end)</c> is, or null; nothing is recorded.</summary>
    private static BoilerplateEntry? BoilerplateAt(ParseContext ctx, int start, int end, bool captionsOnly)
    {
        var text = ctx.Source.AsSpan(start, end - start);
        // Most texts' first two characters start no prefix (prose: "The", "In", "He"): they are compared with none.
        if ((text.Length < 2 || ctx.Knowledge.Layout.MayStartBoilerplate(text[0], text[1])) && PrefixEntryAt(ctx, text, captionsOnly) is { } byPrefix) return byPrefix;
        // Lines that end in a fixed phrase ("Jane Doe contributed to this report.").
        if (text.Length >= MaxTrailerLength) return null;
        // Trimmed of the periods and brackets it ends with, inline: a call for the two characters cost about 40 instructions.
        int trimmedEnd = text.Length;
        while (trimmedEnd > 0 && text[trimmedEnd - 1] is '.' or ')') trimmedEnd--;
        var trimmed = text[..trimmedEnd];
        foreach (var entry in ctx.Knowledge.Layout.BoilerplateAtEnd)
        {
            var phrase = entry.Prefix;
            if (phrase.Length > 0 && trimmed.Length > 0 && !Chars.MaySameAsciiLetter(phrase[^1], trimmed[^1])) continue;
            if (trimmed.EndsWith(phrase, StringComparison.OrdinalIgnoreCase)) return entry;
        }
        return null;
    }

    /// <summary>The first boilerplate entry whose prefix <paramref name="text"/> starts with (as the entry says), or null.</summary>
    private static BoilerplateEntry? PrefixEntryAt(ParseContext ctx, ReadOnlySpan<char> text, bool captionsOnly)
    {
        // Only the entries whose prefix starts with the text's first character can match, and of those only the ones
        // whose first four characters may equal the text's (most lines have none).
        var (entries, heads) = ctx.Knowledge.Layout.BoilerplateFor(text.Length > 0 ? text[0] : '\0');
        var head = entries.Length == 0 ? default : LayoutKnowledge.HeadOf(text);
        for (int k = LayoutKnowledge.NextBoilerplate(heads, 0, head); k < entries.Length; k = LayoutKnowledge.NextBoilerplate(heads, k + 1, head))
        {
            var entry = entries[k];
            if (captionsOnly && entry.Reason != RemovalReason.Caption) continue;
            var prefix = entry.Prefix;
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
            return entry;
        }
        return null;
    }

    /// <summary>Lines longer than this are prose, not a trailer that ends in a fixed phrase.</summary>
    private const int MaxTrailerLength = 200;

    private static void Remove(ParseContext ctx, int start, int end, BoilerplateEntry entry)
    {
        AddRemoved(ctx, start, end, entry.Reason);
        if (entry.Reason == RemovalReason.SignOff) ctx.SignOffAgency ??= FindAgency(ctx, start, end);
    }

    /// <summary>A line of a list of links: a title, with no sentence end.</summary>
    private static bool IsLinkLine(string s, int start, int end) => IsHeadlineLike(s, new Line(start, end), 1) || (end - start < 120 && s[end - 1] is '?' or '!');

    /// <summary>
    /// Related links at the end of a page: a time line, then only link titles ("July 21, 23:04" over "Lukashenka:
    /// planes can be adapted"). The time is the linked story's, not the article's; all of it is taken out.
    /// </summary>
    private static void RemoveRelatedLinks(ParseContext ctx, List<(int Start, int End)> paragraphs, int from, Line plainBody)
    {
        // A time line with a link under it takes two paragraphs: with fewer the walk below removes nothing, and its
        // first test (a link's title: the paragraph's words counted, about 1,100 instructions) need not be made.
        if (paragraphs.Count - from < 2) return;
        int i = paragraphs.Count;
        while (i > from && paragraphs.Count - i < MaxRelatedLinks && IsLinkLine(ctx.Source, paragraphs[i - 1].Start, paragraphs[i - 1].End)
            && !IsTimeLine(ctx, paragraphs[i - 1], plainBody))
        {
            i--;
        }
        if (i == paragraphs.Count || i - 1 < from || !IsTimeLine(ctx, paragraphs[i - 1], plainBody)) return;
        for (int p = i - 1; p < paragraphs.Count; p++) AddRemoved(ctx, paragraphs[p].Start, paragraphs[p].End, RemovalReason.ReadMore);
        paragraphs.RemoveRange(i - 1, paragraphs.Count - i + 1);
    }

    private const int MaxRelatedLinks = 6;

    /// <summary>Whether <paramref name="paragraph"/> is the line <paramref name="line"/> whole.</summary>
    private static bool IsLine((int Start, int End) paragraph, Line line) => paragraph.Start == line.Start && paragraph.End == line.End;

    /// <summary><see cref="TimeLineParser.LooksLikeTimeLine"/>, answered without reading for the line the frame classified as a candidate.</summary>
    private static bool IsTimeLine(ParseContext ctx, (int Start, int End) paragraph, Line plainBody) =>
        !IsLine(paragraph, plainBody) && TimeLineParser.LooksLikeTimeLine(ctx, paragraph.Start, paragraph.End);

    /// <summary>A time written as the last line of the page ("- 4 March 2024 08:15"), taken when the header had none.</summary>
    private static void ReadFooterTime(ParseContext ctx, List<(int Start, int End)> paragraphs)
    {
        if (paragraphs.Count < 2) return;
        var last = paragraphs[^1];
        if (!TimeLineParser.LooksLikeTimeLine(ctx, last.Start, last.End) || !TimeLineParser.TryRead(ctx, last.Start, last.End, out var reading) || reading.Time is null) return;
        ctx.Published = reading.Time;
        paragraphs.RemoveAt(paragraphs.Count - 1);
    }

    /// <summary>
    /// Where an agency's mark in brackets written after the last sentence of a paragraph starts ("… in peace." (PL)"),
    /// with the agency it names; -1 when there is none.
    /// </summary>
    private static int TrailingAgencyMark(ParseContext ctx, int start, int end, out string? agency)
    {
        agency = null;
        var s = ctx.Source;
        if (end - start < 4 || s[end - 1] != ')') return -1;
        int open = s.LastIndexOf('(', end - 1, Math.Min(end - start, 32));
        if (open <= start || !Chars.IsSpace(s[open - 1])) return -1;
        int before = Chars.TrimEnd(s, start, open);
        char c = s[before - 1];
        if (!(Chars.IsSentenceEnd(c) || c is '"' or '\u201D' or '\u00BB')) return -1;
        var name = s.AsSpan(open + 1, end - open - 2).Trim();
        foreach (var entry in ctx.Knowledge.Knowledge.Agencies)
        {
            foreach (var form in entry.Forms)
            {
                if (name.Equals(form, StringComparison.OrdinalIgnoreCase))
                {
                    agency = entry.Name;
                    return open;
                }
            }
        }
        return -1;
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

    /// <summary>The dateline the frame found opens the first paragraph; an agency it lacks may come from the sign-off.</summary>
    private static void ApplyDateline(ParseContext ctx, List<(int Start, int End)> paragraphs, DatelineScanner.Match match)
    {
        if (paragraphs.Count == 0) return;
        ctx.Dateline = match.Dateline with { Agency = match.Dateline.Agency ?? ctx.SignOffAgency };
    }

    /// <summary>
    /// Text read as body only, or whose frame found no dateline: a dateline may open its first paragraph, unless that
    /// paragraph is one of the <paramref name="searched"/> first lines the frame tried (a line of its own, as tried).
    /// The frame's try gave a byline's agency, which only lets more lines through: the line has no dateline without it either.
    /// </summary>
    private static void FindLeadAndDateline(ParseContext ctx, List<(int Start, int End)> paragraphs, List<Line> lines, int searched)
    {
        if (paragraphs.Count == 0 || TriedForDateline(lines, searched, paragraphs[0])) return;
        if (!DatelineScanner.TryScan(ctx, paragraphs[0].Start, paragraphs[0].End, out var match)) return;
        ctx.Dateline = match.Dateline with { Agency = match.Dateline.Agency ?? ctx.SignOffAgency };
        paragraphs[0] = (match.BodyStart, paragraphs[0].End);
    }

    /// <summary>Whether <paramref name="paragraph"/> is one of the first <paramref name="searched"/> lines, whole.</summary>
    private static bool TriedForDateline(List<Line> lines, int searched, (int Start, int End) paragraph)
    {
        for (int k = 0; k < searched; k++)
        {
            var line = lines[k];
            if (line.Start >= paragraph.Start) return line.Start == paragraph.Start && line.End == paragraph.End;
        }
        return false;
    }

    private static void AddBody(ParseContext ctx, List<(int Start, int End)> paragraphList, int from, int datelineAt, int bodyStart)
    {
        var body = ctx.Body;
        var paragraphs = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(paragraphList);
        body.EnsureCapacity(body.Count + paragraphs.Length - from);
        for (int p = from; p < paragraphs.Length; p++)
        {
            int start = p == datelineAt ? bodyStart : paragraphs[p].Start;
            int end = paragraphs[p].End;
            if (start >= end) continue;
            body.Add(ctx.NewBlock(start, end, StatementLocation.Body, body.Count));
        }
    }
}
