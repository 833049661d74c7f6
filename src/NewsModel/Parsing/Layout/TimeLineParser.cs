using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using NewsModel.Model;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Layout;

/// <summary>
/// Reads a time line of the header, with the rubric or labels that may stand before the time:
/// "Russian Politics &amp; Diplomacy September 27, 1:53" (TASS site, no year), "World 2024-12-26 19:52:58",
/// "26-FEB-1987 15:38:26.23", "Dec. 26, 2024 10:15", "Published: 08:15, March 4, 2024", "Posted: 06.12.2024 14:45:00",
/// "2021.01.22 19:04 GMT+8", "10:41 28 March 2017", "14:05 GMT 17.04.2022",
/// "December 8, 2017 / 7:19 AM / Updated an hour ago", "Source: Xinhua| 2019-05-05 23:29:09|Editor: yan".
/// A date and a clock may come in either order; a short tail after "|" or "/" is allowed.
/// </summary>
internal static partial class TimeLineParser
{
    /// <summary>A time read from a line: its value, where the time starts, and what stands before it.</summary>
    public readonly record struct Reading(PublishedTime? Time, string? Rubric, bool Bad, int TimeStart, bool Labelled);

    private readonly record struct Parsed(int TokenStart, int TokenEnd, int Year, int Month, int Day, int Hour, int Minute, int Second, TimePrecision Precision, bool YearWritten, TimeSpan? Offset);

    /// <summary>True when the whole line is a time, with nothing but time labels ("Updated:") before it.</summary>
    public static bool LooksLikeTimeLine(ParseContext ctx, int start, int end) =>
        TryMatch(ctx, start, end, out var parsed, out var tokens) && OnlyLabelsBefore(ctx.Source, tokens, parsed.TokenStart);

    /// <summary>What a header line is to the time tests, the line tokenized once for both.</summary>
    public enum HeaderTime : byte
    {
        /// <summary>Neither of the two below.</summary>
        None,
        /// <summary>A line <see cref="TryRead"/> reads.</summary>
        Time,
        /// <summary>A line <see cref="TryRead"/> does not read that is a clock with no date ("Published 3:26 am"), with only time labels before it.</summary>
        Clock,
    }

    /// <summary>Whether <see cref="TryRead"/> reads the line, and if not whether it is a clock line, the line tokenized once for both.</summary>
    public static HeaderTime Classify(ParseContext ctx, int start, int end)
    {
        if (!TokenizeIfTimed(ctx, start, end, out var tokens)) return HeaderTime.None;
        var s = ctx.Source;
        if (Match(s, tokens, out _)) return HeaderTime.Time;
        return IsClock(s, tokens) ? HeaderTime.Clock : HeaderTime.None;
    }

    private static bool IsClock(string s, List<Token> tokens)
    {
        for (int k = 0; k < tokens.Count && k <= MaxRubricTokens; k++)
        {
            if (TryClock(s, tokens, k, out _, out int clockEnd) && IsTail(s, tokens, clockEnd)) return OnlyLabelsBefore(s, tokens, k);
        }
        return false;
    }

    private const int MaxRubricTokens = 10;

    /// <summary>
    /// Reads the time of a line; false when the line holds none. A date that cannot be (February 30, or a year before 1)
    /// gives a reading with <see cref="Reading.Bad"/> set and no time.
    /// </summary>
    public static bool TryRead(ParseContext ctx, int start, int end, out Reading reading)
    {
        reading = default;
        var s = ctx.Source;
        if (!TryMatch(ctx, start, end, out var parsed, out var tokens)) return false;
        int timeStart = tokens[parsed.TokenStart].Start;
        int timeEnd = tokens[parsed.TokenEnd - 1].End;
        int rubricEnd = Chars.TrimEnd(s, start, timeStart);
        string? rubric = rubricEnd > start ? RubricOf(Chars.Collapse(s.AsSpan(start, rubricEnd - start))) : null;
        bool labelled = OnlyLabelsBefore(s, tokens, parsed.TokenStart) && parsed.TokenStart > 0 && IsUpdateLabel(s, tokens[0]);
        var time = Build(ctx, parsed.Year, parsed.Month, parsed.Day, parsed.Hour, parsed.Minute, parsed.Second, parsed.Precision, parsed.YearWritten, parsed.Offset, timeStart, timeEnd);
        reading = new Reading(time, rubric, time is null, timeStart, labelled);
        return true;
    }

    /// <summary>A published time of the date a dateline writes ("September 27", "1 Dec", "Oct. 6, 2023"), to the day.</summary>
    public static PublishedTime? FromDatelineDate(ParseContext ctx, int start, int end)
    {
        var s = ctx.Source;
        var tokens = Tokens(ctx);
        if (end - start > MaxLineLength) return null;
        Tokenizer.Tokenize(s, start, end, tokens);
        if (!(TryWrittenDate(s, tokens, 0, out var d, out int next) || TryDayFirstDate(s, tokens, 0, out d, out next)) || next != tokens.Count) return null;
        return Build(ctx, d.Year, d.Month, d.Day, 0, 0, 0, TimePrecision.Date, d.YearWritten, null, start, end);
    }

    private static PublishedTime? Build(ParseContext ctx, int year, int month, int day, int hour, int minute, int second, TimePrecision precision, bool yearWritten, TimeSpan? offset, int start, int end)
    {
        var yearSource = YearSource.Written;
        if (!yearWritten)
        {
            var reference = ctx.Options.ReferenceDate ?? DateOnly.FromDateTime(ctx.Options.TimeProvider.GetUtcNow().UtcDateTime);
            year = InferYear(reference, month, day);
            yearSource = YearSource.ReferenceDate;
        }
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return null;
        }
        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        // An instant outside the range DateTimeOffset can hold (the first or last hours of the calendar) keeps no zone.
        if (offset is { } o && (local - DateTime.MinValue < o.Duration() || DateTime.MaxValue - local < o.Duration())) offset = null;
        return new PublishedTime
        {
            Local = local,
            UtcOffset = offset,
            Precision = precision,
            YearSource = yearSource,
            Text = ctx.Source.Substring(start, end - start),
            Span = TextSpan.FromBounds(start, end),
        };
    }

    /// <summary>Words that label a time or name its weekday ("Updated:", "Thursday,"): they stand before a time but are no rubric.</summary>
    private static readonly WordSet TimeLabels = new([
        "updated", "published", "posted", "last", "first", "modified", "on", "at", "date", "time",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",]);

    /// <summary>Labels that say a time is the last change, not the publication.</summary>
    private static readonly WordSet UpdateLabels = new("updated", "modified", "last");

    private static bool IsUpdateLabel(string s, Token t) => t.Kind == TokenKind.Word && UpdateLabels.Contains(s.AsSpan(t.Start, t.Length));

    private static bool OnlyLabelsBefore(string s, List<Token> tokens, int k)
    {
        for (int i = 0; i < k; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Word ? !TimeLabels.Contains(s.AsSpan(t.Start, t.Length)) : t.Kind != TokenKind.Punct) return false;
        }
        return true;
    }

    /// <summary>
    /// The rubric without the time labels and weekday that end it; null when nothing else is left, or when what is
    /// left is no section name (figures, "Source: Xinhua|", "Xinhua)").
    /// </summary>
    private static string? RubricOf(string text)
    {
        int end = text.Length;
        while (end > 0)
        {
            int wordEnd = end;
            while (wordEnd > 0 && (text[wordEnd - 1] is ',' or ':' or '.' or '|' or '-' or ' ')) wordEnd--;
            int wordStart = wordEnd;
            while (wordStart > 0 && text[wordStart - 1] != ' ') wordStart--;
            if (wordStart == wordEnd || !TimeLabels.Contains(text.AsSpan(wordStart, wordEnd - wordStart))) break;
            end = wordStart;
        }
        var rubric = text[..end].TrimEnd(' ', ',', ':', '|', '-');
        foreach (var c in rubric)
        {
            if (char.IsDigit(c) || c is ':' or '|' or '(' or ')' or '/' or '[' or ']') return null;
        }
        return rubric.Length == 0 ? null : rubric;
    }

    /// <summary>The most recent year in which month/day is not after <paramref name="reference"/>.</summary>
    internal static int InferYear(DateOnly reference, int month, int day)
    {
        if (month is < 1 or > 12 || day is < 1 or > 31) return reference.Year;
        // Years before 1 do not exist in the calendar: a reference date early in year 1 finds no earlier year.
        for (int year = reference.Year; year > Math.Max(0, reference.Year - 9); year--)
        {
            if (day > DateTime.DaysInMonth(year, month)) continue;
            if (new DateOnly(year, month, day) <= reference) return year;
        }
        return reference.Year;
    }

    /// <summary>The tokens of the line being tried, kept in the thread's scratch: the header's lines are tried one after another, never nested.</summary>
    private sealed class LineTokens : ParseScratchPart
    {
        public List<Token> Tokens { get; private set; } = [];

        public override bool Release()
        {
            if (Tokens.Capacity > ParseScratch.MaxKeptCapacity) Tokens = [];
            return true;
        }
    }


    private static List<Token> Tokens(ParseContext ctx)
    {
        var tokens = ctx.Scratch.Get<LineTokens>().Tokens;
        tokens.Clear();
        return tokens;
    }

    /// <summary>Matches a time in the line; <paramref name="tokens"/> is the scratch's list, valid until the next call.</summary>
    private static bool TryMatch(ParseContext ctx, int start, int end, out Parsed parsed, [NotNullWhen(true)] out List<Token>? tokens)
    {
        parsed = default;
        return TokenizeIfTimed(ctx, start, end, out tokens) && Match(ctx.Source, tokens, out parsed);
    }

    /// <summary>
    /// Tokenizes the line into the scratch's list (valid until the next call) when it may hold a time: false, and no
    /// list, for a line too long or with no digit.
    /// </summary>
    private static bool TokenizeIfTimed(ParseContext ctx, int start, int end, [NotNullWhen(true)] out List<Token>? tokens)
    {
        var s = ctx.Source;
        // Every pattern needs a number token, and every digit starts or continues one: the many lines tried that
        // have no digit (headlines, rubrics) need no tokenizing, nor the scratch's list.
        if (end - start > MaxLineLength || !ContainsDigit(s.AsSpan(start, end - start)))
        {
            tokens = null;
            return false;
        }
        tokens = Tokens(ctx);
        Tokenizer.Tokenize(s, start, end, tokens);
        return true;
    }

    private static bool Match(string s, List<Token> tokens, out Parsed parsed)
    {
        parsed = default;
        int n = tokens.Count;
        for (int k = 0; k < n && k <= MaxRubricTokens; k++)
        {
            if (k > 0 && Chars.IsSentenceEnd(s[tokens[k - 1].Start]) && !IsAbbreviationDot(s, tokens, k - 1)) return false;
            // Every date and clock opens with a number, but the written date ("December 26"), which opens with a
            // month's name: a mark, and a word that is no month, open neither, and are passed over unread (the two
            // readings ran about 380 instructions at each of a line's first tokens).
            var kind = tokens[k].Kind;
            if (kind == TokenKind.Number)
            {
                if (TryDateThenClock(s, tokens, k, out parsed) || TryClockThenDate(s, tokens, k, out parsed)) return true;
            }
            else if (kind == TokenKind.Word && Months.Parse(s.AsSpan(tokens[k].Start, tokens[k].Length)) != 0
                && TryDateThenClock(s, tokens, k, out parsed))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsAbbreviationDot(string s, List<Token> t, int i) =>
        s[t[i].Start] == '.' && i > 0 && t[i - 1].Kind == TokenKind.Word && Months.Parse(s.AsSpan(t[i - 1].Start, t[i - 1].Length)) != 0;

    private const int MaxLineLength = 200;

    /// <summary>True when <paramref name="text"/> holds a decimal digit of any script (<see cref="char.IsDigit(char)"/>).</summary>
    /// <remarks>
    /// Asked of every header line tried (most hold none): sixteen characters at a time, one pass for the ASCII digits
    /// and the characters beyond ASCII together (two library searches, one for each, took about 40 instructions a line
    /// more over small500); sixteen with one beyond ASCII are looked at one by one, where only those from
    /// <see cref="FirstDigitBeyondAscii"/> up are asked about.
    /// </remarks>
    internal static bool ContainsDigit(ReadOnlySpan<char> text)
    {
        if (Vector128.IsHardwareAccelerated && text.Length >= 16)
        {
            ref ushort units = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            int last = text.Length - 16;
            for (int i = 0; ; i += 16)
            {
                // The line's last sixteen read as such, over some read before: a digit is a digit however often seen.
                if (i > last) i = last;
                var low = Vector128.LoadUnsafe(ref units, (nuint)i);
                var high = Vector128.LoadUnsafe(ref units, (nuint)(i + 8));
                if (((low | high) & Vector128.Create((ushort)0xFF80)) != Vector128<ushort>.Zero)
                {
                    if (HasDigit(text.Slice(i, 16))) return true;
                }
                else if (Vector128.LessThanOrEqual(Vector128.Narrow(low, high) - Vector128.Create((byte)'0'), Vector128.Create((byte)9)) != Vector128<byte>.Zero)
                {
                    return true;
                }
                if (i == last) return false;
            }
        }
        return HasDigit(text);
    }

    /// <summary><see cref="ContainsDigit"/> one character at a time.</summary>
    private static bool HasDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if ((uint)(c - '0') <= 9 || (c >= FirstDigitBeyondAscii && char.IsDigit(c))) return true;
        }
        return false;
    }

    /// <summary>No character below this but '0' to '9' is a decimal digit (<see cref="char.IsDigit(char)"/>).</summary>
    internal const char FirstDigitBeyondAscii = '\u0660';

    /// <summary>
    /// The value of a number token of up to four digits, or -1. Every decimal digit counts by its value, so
    /// Arabic-Indic or fullwidth digits read as what they say; any other token gives -1.
    /// </summary>
    internal static int Num(string s, Token t)
    {
        if (t.Kind != TokenKind.Number || t.Length > 4) return -1;
        int value = 0;
        for (int i = t.Start; i < t.End; i++)
        {
            int digit = CharUnicodeInfo.GetDecimalDigitValue(s[i]);
            if (digit < 0) return -1;
            value = value * 10 + digit;
        }
        return value;
    }

    private static bool Is(string s, Token t, char c) => t.Kind == TokenKind.Punct && s[t.Start] == c;
}
