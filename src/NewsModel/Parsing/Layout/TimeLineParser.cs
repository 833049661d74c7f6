using System.Globalization;
using NewsModel.Model;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Layout;

/// <summary>
/// Reads the time line of the header, with the rubric that may stand before the time:
/// "Russian Politics &amp; Diplomacy September 27, 1:53" (TASS site, no year),
/// "World 2024-12-26 19:52:58" (scraper export, ISO), "26-FEB-1987 15:38:26.23" (Reuters raw),
/// "December 26, 2024" and "Dec. 26, 2024 10:15" (dates written in full).
/// </summary>
internal static class TimeLineParser
{
    private readonly record struct Parsed(int TokenStart, int Year, int Month, int Day, int Hour, int Minute, int Second, TimePrecision Precision, bool YearWritten);

    /// <summary>True when the whole line is a time, with no rubric before it.</summary>
    public static bool LooksLikeTimeLine(ParseContext ctx, int start, int end) =>
        TryMatch(ctx, start, end, out var parsed, out _) && parsed.TokenStart == 0;

    private const int MaxRubricTokens = 10;

    public static bool TryParse(ParseContext ctx, int start, int end)
    {
        if (!TryMatch(ctx, start, end, out var parsed, out var tokens)) return false;
        var s = ctx.Source;
        int timeStart = tokens[parsed.TokenStart].Start;
        int rubricEnd = Chars.TrimEnd(s, start, timeStart);
        if (rubricEnd > start) ctx.Rubric = RubricOf(Chars.Collapse(s.AsSpan(start, rubricEnd - start)));
        int year = parsed.Year;
        var yearSource = YearSource.Written;
        if (!parsed.YearWritten)
        {
            var reference = ctx.Options.ReferenceDate ?? DateOnly.FromDateTime(ctx.Options.TimeProvider.GetUtcNow().UtcDateTime);
            year = InferYear(reference, parsed.Month, parsed.Day);
            yearSource = YearSource.ReferenceDate;
        }
        if (year < 1 || parsed.Month is < 1 or > 12 || parsed.Day < 1 || parsed.Day > DateTime.DaysInMonth(year, parsed.Month)
            || parsed.Hour > 23 || parsed.Minute > 59 || parsed.Second > 59)
        {
            ctx.Report(DiagnosticDescriptors.BadTime, TextSpan.FromBounds(timeStart, end));
            return true;
        }
        ctx.Published = new PublishedTime
        {
            Local = new DateTime(year, parsed.Month, parsed.Day, parsed.Hour, parsed.Minute, parsed.Second, DateTimeKind.Unspecified),
            Precision = parsed.Precision,
            YearSource = yearSource,
            Text = s.Substring(timeStart, end - timeStart),
            Span = TextSpan.FromBounds(timeStart, end),
        };
        return true;
    }

    /// <summary>Words that label a time or name its weekday ("Updated:", "Thursday,"): they stand before a time but are no rubric.</summary>
    private static readonly WordSet TimeLabels = new([
        "updated", "published", "posted", "last", "first", "modified", "on", "at",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",]);

    /// <summary>The rubric without the time labels and weekday that end it; null when nothing else is left.</summary>
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
        return rubric.Length == 0 ? null : rubric;
    }

    /// <summary>The most recent year in which month/day is not after <paramref name="reference"/>.</summary>
    internal static int InferYear(DateOnly reference, int month, int day)
    {
        if (month is < 1 or > 12 || day is < 1 or > 31) return reference.Year;
        for (int year = reference.Year; year > reference.Year - 9; year--)
        {
            if (day > DateTime.DaysInMonth(year, month)) continue;
            if (new DateOnly(year, month, day) <= reference) return year;
        }
        return reference.Year;
    }

    /// <summary>The tokens of the line being tried, kept in the thread's scratch: the header's lines are tried one after another, never nested.</summary>
    private sealed class LineTokens : IParseScratch
    {
        public List<Token> Tokens { get; private set; } = [];

        public bool Release()
        {
            if (Tokens.Capacity > ParseScratch.MaxKeptCapacity) Tokens = [];
            return true;
        }
    }


    /// <summary>Matches a time in the line; <paramref name="tokens"/> is the scratch's list, valid until the next call.</summary>
    private static bool TryMatch(ParseContext ctx, int start, int end, out Parsed parsed, out List<Token> tokens)
    {
        var s = ctx.Source;
        parsed = default;
        tokens = ctx.Scratch.Get<LineTokens>().Tokens;
        tokens.Clear();
        if (end - start > MaxLineLength) return false;
        // Every pattern needs a number token, and every digit starts or continues one: the many lines tried that
        // have no digit (headlines, rubrics) need no tokenizing.
        if (!ContainsDigit(s.AsSpan(start, end - start))) return false;
        Tokenizer.Tokenize(s, start, end, tokens);
        int n = tokens.Count;
        for (int k = 0; k < n && k <= MaxRubricTokens; k++)
        {
            if (k > 0 && Chars.IsSentenceEnd(s[tokens[k - 1].Start])) return false;
            if (TryIso(s, tokens, k, out parsed) || TryReuters(s, tokens, k, out parsed) || TryWritten(s, tokens, k, out parsed) || TryDayFirst(s, tokens, k, out parsed))
            {
                return true;
            }
        }
        return false;
    }

    private const int MaxLineLength = 200;

    private static bool ContainsDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c)) return true;
        }
        return false;
    }

    private static int Num(string s, Token t) =>
        t.Kind == TokenKind.Number && t.Length <= 4 ? int.Parse(s.AsSpan(t.Start, t.Length), CultureInfo.InvariantCulture) : -1;

    private static bool Is(string s, Token t, char c) => t.Kind == TokenKind.Punct && s[t.Start] == c;

    /// <summary>Reads "HH:MM" or "HH:MM:SS[.ff]" at token k to the end; precision Minute or Second.</summary>
    private static bool TryClock(string s, List<Token> t, int k, out int h, out int m, out int sec, out TimePrecision precision)
    {
        h = m = sec = 0;
        precision = TimePrecision.Date;
        int n = t.Count;
        if (k == n) return true;
        if (k + 3 > n || !Is(s, t[k + 1], ':')) return false;
        h = Num(s, t[k]);
        m = Num(s, t[k + 2]);
        if (h < 0 || m < 0 || t[k].Length > 2 || t[k + 2].Length != 2) return false;
        precision = TimePrecision.Minute;
        int i = k + 3;
        if (i + 2 <= n && Is(s, t[i], ':'))
        {
            sec = Num(s, t[i + 1]);
            if (sec < 0) return false;
            precision = TimePrecision.Second;
            i += 2;
            if (i + 2 <= n && Is(s, t[i], '.') && t[i + 1].Kind == TokenKind.Number) i += 2;
        }
        // "10:15 AM", "3:05 p.m." (AP style): a 12-hour clock.
        int meridiem = Meridiem(s, t, i, out int afterMeridiem);
        if (meridiem != 0)
        {
            if (h is < 1 or > 12) return false;
            h = h % 12 + (meridiem == 2 ? 12 : 0);
            i = afterMeridiem;
        }
        // An optional zone word ("GMT", "MSK") is allowed at the end.
        if (i + 1 == n && t[i].Kind == TokenKind.Word && t[i].Length <= 4 && Chars.IsAllCaps(s, t[i])) i++;
        return i == n;
    }

    /// <summary>1 for AM, 2 for PM at token k ("AM", "a.m.", "pm"), else 0; <paramref name="after"/> is the token after it.</summary>
    private static int Meridiem(string s, List<Token> t, int k, out int after)
    {
        after = k;
        if (k >= t.Count || t[k].Kind != TokenKind.Word) return 0;
        var w = s.AsSpan(t[k].Start, t[k].Length);
        int value = 0;
        if (w.Equals("AM", StringComparison.OrdinalIgnoreCase)) value = 1;
        else if (w.Equals("PM", StringComparison.OrdinalIgnoreCase)) value = 2;
        if (value != 0)
        {
            after = k + 1;
            return value;
        }
        // "a.m." is four tokens: a . m .
        if (k + 2 < t.Count && w.Length == 1 && Is(s, t[k + 1], '.') && t[k + 2].Kind == TokenKind.Word && t[k + 2].Length == 1
            && (s[t[k + 2].Start] is 'm' or 'M') && (w[0] is 'a' or 'A' or 'p' or 'P'))
        {
            after = k + 3;
            if (after < t.Count && Is(s, t[after], '.')) after++;
            return w[0] is 'a' or 'A' ? 1 : 2;
        }
        return 0;
    }

    private static bool TryIso(string s, List<Token> t, int k, out Parsed parsed)
    {
        parsed = default;
        if (k + 5 > t.Count || t[k].Length != 4 || !Is(s, t[k + 1], '-') || !Is(s, t[k + 3], '-')) return false;
        int y = Num(s, t[k]), mo = Num(s, t[k + 2]), d = Num(s, t[k + 4]);
        if (y < 0 || mo < 0 || d < 0) return false;
        int next = k + 5;
        // "2024-12-26T21:09:18" tokenises the T with the hour's digits apart.
        if (next < t.Count && t[next].Kind == TokenKind.Word && t[next].Length == 1 && s[t[next].Start] == 'T') next++;
        if (!TryClock(s, t, next, out int h, out int m, out int sec, out var precision)) return false;
        parsed = new Parsed(k, y, mo, d, h, m, sec, precision, true);
        return true;
    }

    private static bool TryReuters(string s, List<Token> t, int k, out Parsed parsed)
    {
        parsed = default;
        if (k + 5 > t.Count || !Is(s, t[k + 1], '-') || !Is(s, t[k + 3], '-') || t[k + 2].Kind != TokenKind.Word) return false;
        int d = Num(s, t[k]), mo = Months.Parse(s.AsSpan(t[k + 2].Start, t[k + 2].Length)), y = Num(s, t[k + 4]);
        if (d < 0 || mo == 0 || y < 0 || t[k + 4].Length != 4) return false;
        if (!TryClock(s, t, k + 5, out int h, out int m, out int sec, out var precision)) return false;
        parsed = new Parsed(k, y, mo, d, h, m, sec, precision, true);
        return true;
    }

    /// <summary>"26 December 2024 10:15", "26 Dec 2024, 10:15" (British and BBC style): the day before the month.</summary>
    private static bool TryDayFirst(string s, List<Token> t, int k, out Parsed parsed)
    {
        parsed = default;
        if (k + 2 > t.Count || t[k].Kind != TokenKind.Number || t[k].Length > 2 || t[k + 1].Kind != TokenKind.Word) return false;
        int mo = Months.Parse(s.AsSpan(t[k + 1].Start, t[k + 1].Length));
        if (mo == 0) return false;
        int d = Num(s, t[k]);
        int i = k + 2;
        if (i < t.Count && Is(s, t[i], '.')) i++;
        if (i < t.Count && Is(s, t[i], ',')) i++;
        int y = 0;
        bool yearWritten = false;
        if (i < t.Count && t[i].Kind == TokenKind.Number && t[i].Length == 4)
        {
            y = Num(s, t[i]);
            yearWritten = true;
            i++;
        }
        if (i < t.Count && Is(s, t[i], ',')) i++;
        if (!TryClock(s, t, i, out int h, out int m, out int sec, out var precision)) return false;
        if (!yearWritten && precision == TimePrecision.Date) return false;
        parsed = new Parsed(k, y, mo, d, h, m, sec, precision, yearWritten);
        return true;
    }

    private static bool TryWritten(string s, List<Token> t, int k, out Parsed parsed)
    {
        parsed = default;
        if (k + 2 > t.Count || t[k].Kind != TokenKind.Word) return false;
        int mo = Months.Parse(s.AsSpan(t[k].Start, t[k].Length));
        if (mo == 0) return false;
        int i = k + 1;
        if (i < t.Count && Is(s, t[i], '.')) i++;
        if (i >= t.Count || t[i].Kind != TokenKind.Number || t[i].Length > 2) return false;
        int d = Num(s, t[i]);
        i++;
        int y = 0;
        bool yearWritten = false;
        if (i + 1 < t.Count && Is(s, t[i], ',') && t[i + 1].Length == 4 && t[i + 1].Kind == TokenKind.Number)
        {
            y = Num(s, t[i + 1]);
            yearWritten = true;
            i += 2;
        }
        if (i < t.Count && Is(s, t[i], ',')) i++;
        if (!TryClock(s, t, i, out int h, out int m, out int sec, out var precision)) return false;
        // A bare "Month D" with neither year nor time is not a time line.
        if (!yearWritten && precision == TimePrecision.Date) return false;
        parsed = new Parsed(k, y, mo, d, h, m, sec, precision, yearWritten);
        return true;
    }
}
