using System.Runtime.CompilerServices;
using NewsModel.Model;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Layout;

/// <summary>
/// The frame of the article: where the header ends (at the dateline, wherever it stands, or at the first paragraph
/// of prose), and what each line above it is — headline, time line, URL, rubric, lead, or a line taken out with its
/// reason (navigation, byline, caption, credit, repeated headline).
/// </summary>
internal static partial class LayoutStage
{
    /// <summary>The dateline is looked for in at most this many lines from the top.</summary>
    private const int MaxHeaderLines = 64;

    /// <summary>...and no further than past this many lines of prose: the header of a page has at most a lead and a caption of prose.</summary>
    private const int MaxProseBeforeDateline = 3;

    /// <summary>A headline has at least this many words when other short lines (menus, site names) stand around it.</summary>
    private const int MinHeadlineWords = 4;

    private const int MaxHeadlineWords = 30;

    /// <summary>A title written as a sentence ("Trump's East European Achilles Heel.") has at most this many words.</summary>
    private const int MaxTitleSentenceWords = 20;

    /// <summary>A lead (the subtitle of a page) has at least this many words; shorter lines between headline and dateline are captions.</summary>
    private const int MinLeadWords = 5;

    /// <summary>Bylines, photo credits and captions are shorter than this many characters.</summary>
    private const int MaxShortLineLength = 320;

    /// <summary>What a header line is; <see cref="HeaderKind.Unread"/> until <see cref="Classify"/> is first asked of it.</summary>
    private enum HeaderKind : byte { Unread, Blank, Url, Time, Removed, Rubric, Candidate, Headline, Lead }

    /// <summary>
    /// One item for each line <see cref="ReadFrame"/> may look at, in its frame: a local rather than a <c>stackalloc</c>,
    /// which would make the JIT compile the method (it has loops) straight to optimized code, without tiering and
    /// without the profile its later tier is compiled with.
    /// </summary>
    [System.Runtime.CompilerServices.InlineArray(MaxHeaderLines)]
    private struct PerHeaderLine<T>
    {
        private T _first;
    }

    /// <summary>The dateline the frame found: the line it opens and what the scanner read there.</summary>
    private readonly record struct FrameDateline(int Line, DatelineScanner.Match Match);

    /// <summary>
    /// Reads the header; returns the index of the first line of the body and the dateline, when one was found.
    /// <paramref name="searched"/>: the lines before it were tried for a dateline (each that is not blank).
    /// <paramref name="plainBody"/>: the body's first line when the frame classified it as a candidate (so it is no
    /// boilerplate and no time line, which the body's tests need not ask again: about 1,100 instructions for a short
    /// paragraph with a figure), else (-1, -1).
    /// </summary>
    private static int ReadFrame(ParseContext ctx, List<Line> lines, out FrameDateline? dateline, out int searched, out Line plainBody)
    {
        dateline = null;
        plainBody = new Line(-1, -1);
        int first = NextNonBlank(lines, 0);
        int limit = Math.Min(lines.Count, first + MaxHeaderLines);
        string? bylineAgency = null;
        int datelineLine = -1;
        DatelineScanner.Match match = default;
        int prose = 0;
        searched = first;
        // Whether each line searched is a byline, asked once: Classify and the header's last pass ask it again.
        // The four per-line stores are not cleared whole (the library's [module: SkipLocalsInit]): a line's count is read only for a line
        // searched, which wrote it, and a line's reason only once its kind is read, which wrote it.
        Unsafe.SkipInit(out PerHeaderLine<bool> bylineStore);
        Span<bool> bylines = bylineStore;
        bylines[..(limit - first)].Clear();
        // Each line's words counted up to twelve (see WordCount), once for the byline, prose, headline and lead tests.
        Unsafe.SkipInit(out PerHeaderLine<int> countStore);
        Span<int> counts = countStore;
        for (int j = first; j < limit && prose <= MaxProseBeforeDateline; j++, searched = j)
        {
            var line = lines[j];
            if (line.Start == line.End) continue;
            // Counted only as far as the questions need: these lines are often whole paragraphs. Under twelve, the
            // count is the line's own, which answers every question but the caption's.
            int words = counts[j - first] = WordCount(ctx.Source, line, KnownWords);
            bylines[j - first] = IsByline(ctx, line, words, out var named);
            if (bylines[j - first] && named is not null) bylineAgency ??= named;
            if (DatelineScanner.TryScan(ctx, line.Start, line.End, out match, bylineAgency))
            {
                datelineLine = j;
                break;
            }
            if (words >= 12 || (Chars.IsSentenceEnd(ctx.Source[line.End - 1]) && words >= 6)) prose++;
        }
        // Without a dateline the header ends within the lines searched: the lines below are body, left unread here.
        int end = datelineLine >= 0 ? datelineLine : searched;
        int count = end - first;
        // Each line is classified when first asked (HeaderKinds): without a dateline the lines searched below the
        // body's first are body, and only the line under that first one is asked about (for a caption).
        Unsafe.SkipInit(out PerHeaderLine<HeaderKind> kindStore);
        Span<HeaderKind> unread = ((Span<HeaderKind>)kindStore)[..count];
        unread.Clear();
        Unsafe.SkipInit(out PerHeaderLine<RemovalReason> reasonStore);
        Span<RemovalReason> reasons = reasonStore;
        var kinds = new HeaderKinds(ctx, lines, first, unread, reasons[..count], bylines);

        int headline = FindHeadline(ctx, lines, first, in kinds, counts, datelineLine >= 0);
        int bodyLine = datelineLine < 0 ? -1 : end;
        for (int j = 0; j < count; j++)
        {
            // A short line above a credit ("© Jane Doe/TASS") is the photo's caption.
            if (kinds[j] == HeaderKind.Candidate && first + j != headline)
            {
                int next = NextNonBlank(lines, first + j + 1);
                if (next < end && kinds[next - first] == HeaderKind.Removed && reasons[next - first] == RemovalReason.Caption && IsCaptionText(ctx.Source, lines[first + j]))
                {
                    Mark(kinds.All, reasons, j, RemovalReason.Caption);
                }
            }
            // Without a dateline the body starts at the first line of text after the headline, or at the first line of
            // prose when there is no headline: the lines below it are not asked about.
            if (datelineLine < 0 && kinds[j] == HeaderKind.Candidate && (headline >= 0 ? first + j > headline : !IsHeadlineLike(ctx.Source, lines[first + j], 1, words: counts[j])))
            {
                bodyLine = first + j;
                plainBody = lines[bodyLine];
                break;
            }
        }
        if (bodyLine < 0) bodyLine = headline >= 0 ? Math.Min(end, headline + 1) : first;
        int header = bodyLine - first;
        // The header's lines are all read below.
        for (int j = 0; j < header; j++) _ = kinds[j];
        var kind = kinds.All[..header];

        for (int j = 0; j < header; j++)
        {
            if (kind[j] != HeaderKind.Candidate || first + j == headline) continue;
            var line = lines[first + j];
            if (ctx.Rubric is null && IsRubric(ctx, lines, first + j, headline, kind, first))
            {
                kind[j] = HeaderKind.Rubric;
                continue;
            }
            if (headline < 0 || first + j < headline)
            {
                if (datelineLine >= 0 && headline < 0 && ctx.Lead is null && counts[j] >= MinLeadWords) SetLead(ctx, lines, first + j, kind, first, bodyLine);
                else Mark(kind, reasons, j, RemovalReason.Navigation);
                continue;
            }
            if (SameText(ctx.Source, lines[headline], line)) Mark(kind, reasons, j, RemovalReason.RepeatedHeadline);
            else if (ctx.Lead is null && datelineLine >= 0 && counts[j] >= MinLeadWords) SetLead(ctx, lines, first + j, kind, first, bodyLine);
            else Mark(kind, reasons, j, bylines[j] ? RemovalReason.Byline : RemovalReason.Caption);
        }
        // The lines taken out, in the order they stand.
        for (int j = 0; j < header; j++)
        {
            var line = lines[first + j];
            if (kind[j] == HeaderKind.Url) ctx.Url ??= ctx.Source.Substring(line.Start, line.End - line.Start);
            if (kind[j] != HeaderKind.Removed) continue;
            AddRemoved(ctx, line.Start, line.End, reasons[j]);
            if (reasons[j] == RemovalReason.SignOff) ctx.SignOffAgency ??= FindAgency(ctx, line.Start, line.End);
        }
        if (headline >= 0)
        {
            ctx.Headline = ctx.NewBlock(lines[headline].Start, lines[headline].End, StatementLocation.Headline, -1);
        }
        else
        {
            ctx.Report(DiagnosticDescriptors.NoHeadline);
        }
        ReadPublished(ctx, lines, first, kind, headline);
        if (datelineLine >= 0) dateline = new FrameDateline(datelineLine, match);
        return bodyLine;
    }

    /// <summary>What a caption can be: a short line that quotes no one.</summary>
    private static bool IsCaptionText(string s, Line line)
    {
        if (WordCount(s, line) > MaxCaptionWords) return false;
        return s.AsSpan(line.Start, line.End - line.Start).IndexOfAny(QuoteMarks) < 0;
    }

    private const int MaxCaptionWords = 40;

    private static readonly System.Buffers.SearchValues<char> QuoteMarks = System.Buffers.SearchValues.Create("\"\u201C\u201D\u00AB\u00BB\u201E");

    private static void Mark(Span<HeaderKind> kind, Span<RemovalReason> reasons, int j, RemovalReason reason)
    {
        kind[j] = HeaderKind.Removed;
        reasons[j] = reason;
    }

    /// <summary>
    /// What a header line is by itself, before its neighbours are looked at; nothing is recorded yet.
    /// <paramref name="byline"/>: what <see cref="IsByline"/> said of the line.
    /// </summary>
    private static HeaderKind Classify(ParseContext ctx, Line line, bool byline, out RemovalReason reason)
    {
        reason = default;
        if (line.Start == line.End) return HeaderKind.Blank;
        if (IsUrl(ctx.Source, line)) return HeaderKind.Url;
        var time = TimeLineParser.Classify(ctx, line.Start, line.End);
        if (time == TimeLineParser.HeaderTime.Time) return HeaderKind.Time;
        // "Published 3:26 am": the page's clock without a date gives no time, but is no headline either.
        if (time == TimeLineParser.HeaderTime.Clock)
        {
            reason = RemovalReason.Notice;
            return HeaderKind.Removed;
        }
        if (BoilerplateAt(ctx, line.Start, line.End, captionsOnly: false) is { } entry)
        {
            reason = entry.Reason;
            return HeaderKind.Removed;
        }
        // Bylines, credits and reading times are short; a paragraph of prose is none of them.
        if (line.End - line.Start > MaxShortLineLength) return HeaderKind.Candidate;
        RemovalReason? found = byline ? RemovalReason.Byline
            : IsCredit(ctx, line) ? RemovalReason.Caption
            : IsReadingTime(ctx.Source, line) ? RemovalReason.Navigation
            : null;
        if (found is not { } r) return HeaderKind.Candidate;
        reason = r;
        return HeaderKind.Removed;
    }

    /// <summary>
    /// The header lines' kinds, each classified (<see cref="Classify"/>, with its reason) the first time it is read:
    /// what a line is depends on that line alone, so the order of the asks changes nothing.
    /// </summary>
    private readonly ref struct HeaderKinds(ParseContext ctx, List<Line> lines, int first, Span<HeaderKind> kinds, Span<RemovalReason> reasons, ReadOnlySpan<bool> bylines)
    {
        private readonly ParseContext _ctx = ctx;
        private readonly List<Line> _lines = lines;
        private readonly int _first = first;
        private readonly Span<HeaderKind> _kinds = kinds;
        private readonly Span<RemovalReason> _reasons = reasons;
        private readonly ReadOnlySpan<bool> _bylines = bylines;

        /// <summary>The kinds as read so far (<see cref="HeaderKind.Unread"/> for a line not asked about).</summary>
        public Span<HeaderKind> All => _kinds;

        public int Length => _kinds.Length;

        public HeaderKind this[int j]
        {
            get
            {
                var k = _kinds[j];
                if (k != HeaderKind.Unread) return k;
                return _kinds[j] = Classify(_ctx, _lines[_first + j], _bylines[j], out _reasons[j]);
            }
        }
    }

    private static void AddRemoved(ParseContext ctx, int start, int end, RemovalReason reason) =>
        ctx.Removed.Add(new RemovedLine { Text = ctx.Source.Substring(start, end - start), Reason = reason, Span = new TextSpan(start, end - start) });

    /// <summary>
    /// The headline. Below a dateline: the first line that reads as one and has <see cref="MinHeadlineWords"/> words
    /// (menus and site names are shorter), else the text's first line when it reads as one. With no dateline: the
    /// first line of text that is not a section name above a time line, when it reads as one. -1: none.
    /// </summary>
    private static int FindHeadline(ParseContext ctx, List<Line> lines, int first, in HeaderKinds kind, ReadOnlySpan<int> counts, bool hasDateline)
    {
        var s = ctx.Source;
        for (int j = 0; j < kind.Length; j++)
        {
            if (kind[j] != HeaderKind.Candidate) continue;
            var line = lines[first + j];
            // A title written as a sentence ("Trump's Achilles Heel.") stands first in the text.
            bool firstLine = j == 0;
            if (!hasDateline)
            {
                int next = NextNonBlank(lines, first + j + 1);
                if (next - first < kind.Length && kind[next - first] == HeaderKind.Time && counts[j] <= 3) continue;
                return IsHeadlineLike(s, line, 1, firstLine, belowIsDateline: false, counts[j]) ? first + j : -1;
            }
            if (IsHeadlineLike(s, line, MinHeadlineWords, firstLine, words: counts[j])) return first + j;
        }
        return kind.Length > 0 && kind[0] == HeaderKind.Candidate && IsHeadlineLike(s, lines[first], 1, allowPeriod: true, words: counts[0]) ? first : -1;
    }

    /// <summary>
    /// A line that may be a headline: one to thirty words, no colon at its end, not menu items run together
    /// ("FinancialGovernment SolutionsLegal"), and unless <paramref name="allowPeriod"/> (the text's first line, where
    /// titles are written as sentences: "Virginian could make history. Again.") no sentence end inside or at its end.
    /// <c>words</c>: the line's words counted up to <see cref="KnownWords"/> (-1: not counted); counted again only
    /// when that says more than it.
    /// </summary>
    private static bool IsHeadlineLike(string s, Line line, int minWords, bool allowPeriod = false, bool belowIsDateline = true, int words = -1)
    {
        // The tests of the line's ends first: most lines asked about (a body's last paragraph, tried as a link's title)
        // end in a period, and need not have their words counted. An empty line has no words.
        if (line.Start == line.End) return false;
        char last = s[line.End - 1];
        if (last == ':' || ((char.IsLower(s[line.Start]) || s[line.Start] == '#') && !allowPeriod) || s[line.Start] is '\u2022' or '*') return false;
        if (!allowPeriod && last is '.' or ',' or ';' or '\u2026') return false;
        if (words is < 0 or > KnownWords) words = WordCount(s, line);
        if (words < minWords || words > MaxHeadlineWords) return false;
        // A long sentence above the dateline is a summary, not a title written as a sentence.
        if (last == '.' && belowIsDateline && words > MaxTitleSentenceWords) return false;
        // Menu items run together make several words with a capital inside ("SolutionsLegal"); one such word is a
        // name or a hashtag ("#FeelTheBern").
        int glued = 0;
        int gluedWordStart = -1;
        // Over the line's span, so that the position stays in a register.
        var text = s.AsSpan(line.Start, line.End - line.Start);
        if (HasNoInnerBreak(text, allowPeriod)) return true;
        for (int i = 1; i < text.Length - 1; i++)
        {
            char c = text[i];
            if (Chars.IsSpace(c)) gluedWordStart = -1;
            // "Not a subscriber? See options": a sentence ends inside the line.
            if (!allowPeriod && c is '?' or '!' or '.' && Chars.IsSpace(text[i + 1]) && i + 2 < text.Length && Chars.IsUpper(text[i + 2]) && !(c == '.' && Chars.IsUpper(text[i - 1]) && (i - 2 < 0 || !char.IsLetter(text[i - 2])))) return false;
            if (Chars.IsLower(c) && Chars.IsUpper(text[i + 1]) && Chars.IsLower(text[i - 1]) && gluedWordStart < 0)
            {
                gluedWordStart = i;
                if (++glued >= 2) return false;
            }
        }
        return true;
    }

    /// <summary>
    /// True when <paramref name="text"/> (ten characters or more) has, inside its first and last, only ASCII characters
    /// and general punctuation marks (<see cref="OtherBeyondAscii"/>; a curly quote let the loop run: bulk200 27,000
    /// instructions less), no lower-case letter before a capital, and unless <paramref name="allowPeriod"/> no '?', '!'
    /// or '.': then the character loop of <see cref="IsHeadlineLike"/> finds neither a sentence end inside the line nor
    /// a word glued to another, and need not run. False means run it.
    /// </summary>
    /// <remarks>
    /// Eight characters at a time, each with the one after it; the last eight overlap the ones before. Most lines
    /// asked (headlines, a page's last paragraphs) are such, and the loop cost about 25 instructions a character.
    /// </remarks>
    internal static bool HasNoInnerBreak(ReadOnlySpan<char> text, bool allowPeriod)
    {
        int last = text.Length - 9;
        if (!System.Runtime.Intrinsics.Vector128.IsHardwareAccelerated || last < 1) return false;
        ref ushort units = ref System.Runtime.CompilerServices.Unsafe.As<char, ushort>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(text));
        var lowerA = System.Runtime.Intrinsics.Vector128.Create((ushort)'a');
        var upperA = System.Runtime.Intrinsics.Vector128.Create((ushort)'A');
        var letters = System.Runtime.Intrinsics.Vector128.Create((ushort)25);
        var ascii = System.Runtime.Intrinsics.Vector128.Create((ushort)0x7F);
        for (int i = 1; ; i = Math.Min(i + 8, last))
        {
            var v = System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref units, (nuint)i);
            var next = System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref units, (nuint)i + 1);
            var found = OtherBeyondAscii(v, ascii) | OtherBeyondAscii(next, ascii)
                | (System.Runtime.Intrinsics.Vector128.LessThanOrEqual(v - lowerA, letters) & System.Runtime.Intrinsics.Vector128.LessThanOrEqual(next - upperA, letters));
            if (!allowPeriod)
            {
                found |= System.Runtime.Intrinsics.Vector128.Equals(v, System.Runtime.Intrinsics.Vector128.Create((ushort)'?'))
                    | System.Runtime.Intrinsics.Vector128.Equals(v, System.Runtime.Intrinsics.Vector128.Create((ushort)'!'))
                    | System.Runtime.Intrinsics.Vector128.Equals(v, System.Runtime.Intrinsics.Vector128.Create((ushort)'.'));
            }
            if (found != System.Runtime.Intrinsics.Vector128<ushort>.Zero) return false;
            if (i == last) return true;
        }
    }

    /// <summary>
    /// The units of <paramref name="v"/> beyond ASCII that are no general punctuation mark (U+2010 to U+2027: curly
    /// quotation marks and apostrophes, dashes). Such a mark is no space, letter or sentence end, so the character loop
    /// of <see cref="IsHeadlineLike"/> treats it as it treats an ASCII mark like ','; a page's last paragraphs, tried as
    /// links' titles, often hold one.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static System.Runtime.Intrinsics.Vector128<ushort> OtherBeyondAscii(System.Runtime.Intrinsics.Vector128<ushort> v, System.Runtime.Intrinsics.Vector128<ushort> ascii) =>
        System.Runtime.Intrinsics.Vector128.GreaterThan(v, ascii)
        & System.Runtime.Intrinsics.Vector128.GreaterThan(v - System.Runtime.Intrinsics.Vector128.Create((ushort)0x2010), System.Runtime.Intrinsics.Vector128.Create((ushort)0x17));

    private static void SetLead(ParseContext ctx, List<Line> lines, int at, Span<HeaderKind> kind, int first, int bodyLine)
    {
        int start = lines[at].Start, end = lines[at].End;
        kind[at - first] = HeaderKind.Lead;
        // A lead hard-wrapped over several lines is one paragraph.
        int i = at;
        while (i + 1 < bodyLine && lines[i + 1].Start != lines[i + 1].End && IsWrapped(ctx.Source, end, lines[i + 1].Start))
        {
            i++;
            end = lines[i].End;
            kind[i - first] = HeaderKind.Lead;
        }
        ctx.Lead = ctx.NewBlock(start, end, StatementLocation.Lead, -1);
    }

    /// <summary>
    /// A section line: short, no sentence end, directly above a time line (TASS amp pages put "Russian Politics &amp;
    /// Diplomacy" above "December 26, 20:05"), directly above the headline ("World News"), or a "#Section" tag.
    /// </summary>
    private static bool IsRubric(ParseContext ctx, List<Line> lines, int i, int headline, Span<HeaderKind> kind, int first)
    {
        var s = ctx.Source;
        var line = lines[i];
        int length = line.End - line.Start;
        if (length is 0 or > MaxRubricLength || Chars.IsSentenceEnd(s[line.End - 1]) || s[line.End - 1] is ':' or ',') return false;
        bool tag = s[line.Start] == '#';
        int words = WordCount(s, line);
        int next = NextNonBlank(lines, i + 1);
        bool aboveTime = next < lines.Count && next - first < kind.Length && kind[next - first] == HeaderKind.Time;
        bool aboveHeadline = next == headline && words <= 3;
        if (!tag && !aboveTime && !aboveHeadline) return false;
        if (words == 0 || words > 6) return false;
        ctx.Rubric = Chars.Collapse(s.AsSpan(line.Start, length).TrimStart('#'));
        return true;
    }

    /// <summary>
    /// The published time from the header's time lines: the first after the headline that is not an update, else the
    /// last before it (a site clock stands above the article's own time), else the first of any.
    /// </summary>
    private static void ReadPublished(ParseContext ctx, List<Line> lines, int first, Span<HeaderKind> kind, int headline)
    {
        int chosen = -1, before = -1, any = -1;
        TimeLineParser.Reading reading = default;
        for (int j = 0; j < kind.Length; j++)
        {
            if (kind[j] != HeaderKind.Time) continue;
            var line = lines[first + j];
            if (any < 0) any = first + j;
            if (first + j < headline) before = first + j;
            else if (chosen < 0 && TimeLineParser.TryRead(ctx, line.Start, line.End, out var r) && !r.Labelled)
            {
                chosen = first + j;
                // Kept: the line is not read again below.
                reading = r;
            }
        }
        if (chosen < 0)
        {
            chosen = before >= 0 ? before : any;
            if (chosen < 0) return;
            var at = lines[chosen];
            if (!TimeLineParser.TryRead(ctx, at.Start, at.End, out reading)) return;
        }
        var atLine = lines[chosen];
        if (reading.Rubric is { } rubric && ctx.Rubric is null) ctx.Rubric = rubric;
        if (reading.Bad)
        {
            ctx.Report(DiagnosticDescriptors.BadTime, TextSpan.FromBounds(reading.TimeStart, atLine.End));
            return;
        }
        ctx.Published = reading.Time;
    }

    /// <summary>The frame counts its lines' words up to this many: every question of the frame's but the caption's is settled under it.</summary>
    private const int KnownWords = 12;

    /// <summary>The words of a line, counted up to <paramref name="cap"/>: the stage asks only whether a line is short.</summary>
    /// <remarks>
    /// A word starts at a letter or digit and runs on through letters, digits and the joiners of "U.S." and
    /// "o'clock" (apostrophes, hyphens, full stops). Header lines are counted several times over by the frame's
    /// tests, so the word's characters are classed by a table rather than by <see cref="char.IsLetterOrDigit(char)"/>.
    /// </remarks>
    private static int WordCount(string s, Line line, int cap = MaxHeadlineWords + 1) =>
        HeaderWords.Count(s.AsSpan(line.Start, line.End - line.Start), cap);

    private static bool SameText(string s, Line a, Line b) =>
        Chars.Collapse(s.AsSpan(a.Start, a.End - a.Start)) == Chars.Collapse(s.AsSpan(b.Start, b.End - b.Start));
}
