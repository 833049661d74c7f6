using NewsModel.Model;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Layout;

/// <summary>The date, clock and zone patterns a time line is made of, read over the line's tokens.</summary>
internal static partial class TimeLineParser
{
    private readonly record struct DatePart(int Year, int Month, int Day, bool YearWritten);

    private readonly record struct ClockPart(int Hour, int Minute, int Second, TimePrecision Precision, TimeSpan? Offset);

    /// <summary>At most this many tokens may follow a time after a "|" or "/" ("| Updated an hour ago", "|Editor: yan").</summary>
    private const int MaxTailTokens = 8;

    private static bool TryDateThenClock(string s, List<Token> t, int k, out Parsed parsed)
    {
        parsed = default;
        if (!TryDate(s, t, k, out var date, out int dateEnd)) return false;
        int i = dateEnd;
        // "2024-12-26T21:09:18" tokenises the T apart from the hour's digits.
        if (i < t.Count && t[i].Kind == TokenKind.Word && t[i].Length == 1 && s[t[i].Start] == 'T' && t[i - 1].End == t[i].Start) i++;
        else i = SkipSeparators(s, t, i);
        if (TryClock(s, t, i, out var clock, out int clockEnd) && IsTail(s, t, clockEnd))
        {
            parsed = new Parsed(k, clockEnd, date.Year, date.Month, date.Day, clock.Hour, clock.Minute, clock.Second, clock.Precision, date.YearWritten, clock.Offset);
            return true;
        }
        // A bare "Month D" with neither year nor time is not a time line.
        if (!date.YearWritten || !IsTail(s, t, dateEnd)) return false;
        parsed = new Parsed(k, dateEnd, date.Year, date.Month, date.Day, 0, 0, 0, TimePrecision.Date, true, null);
        return true;
    }

    private static bool TryClockThenDate(string s, List<Token> t, int k, out Parsed parsed)
    {
        parsed = default;
        if (!TryClock(s, t, k, out var clock, out int clockEnd)) return false;
        int i = SkipSeparators(s, t, clockEnd);
        if (!TryDate(s, t, i, out var date, out int dateEnd)) return false;
        var offset = clock.Offset;
        if (offset is null && TryZone(s, t, dateEnd, out var zone, out int zoneEnd))
        {
            offset = zone;
            dateEnd = zoneEnd;
        }
        if (!IsTail(s, t, dateEnd)) return false;
        parsed = new Parsed(k, dateEnd, date.Year, date.Month, date.Day, clock.Hour, clock.Minute, clock.Second, clock.Precision, date.YearWritten, offset);
        return true;
    }

    /// <summary>The end of the line, or a "|" or "/" followed by a short tail.</summary>
    private static bool IsTail(string s, List<Token> t, int i) =>
        i == t.Count || ((Is(s, t[i], '|') || Is(s, t[i], '/')) && t.Count - i - 1 <= MaxTailTokens);

    /// <summary>Skips what separates a date from its clock: ",", "|", "/", a dash, "at".</summary>
    private static int SkipSeparators(string s, List<Token> t, int i)
    {
        while (i < t.Count)
        {
            var tok = t[i];
            if (tok.Kind == TokenKind.Punct && (s[tok.Start] is ',' or '|' or '/' || Chars.IsDash(s[tok.Start]))) i++;
            else if (tok.Kind == TokenKind.Word && s.AsSpan(tok.Start, tok.Length).Equals("at", StringComparison.OrdinalIgnoreCase)) i++;
            else break;
        }
        return i;
    }

    private static bool TryDate(string s, List<Token> t, int k, out DatePart date, out int next) =>
        TryNumericDate(s, t, k, out date, out next) || TryReutersDate(s, t, k, out date, out next)
        || TryWrittenDate(s, t, k, out date, out next) || TryDayFirstDate(s, t, k, out date, out next);

    /// <summary>"2024-12-26", "2021.01.22", "06.12.2024" (day first), "12/06/2024" (month first unless the first is over 12).</summary>
    private static bool TryNumericDate(string s, List<Token> t, int k, out DatePart date, out int next)
    {
        date = default;
        next = k;
        if (k + 5 > t.Count || t[k + 1].Kind != TokenKind.Punct || t[k + 3].Kind != TokenKind.Punct) return false;
        char sep = s[t[k + 1].Start];
        if (sep is not ('-' or '.' or '/') || s[t[k + 3].Start] != sep) return false;
        int a = Num(s, t[k]), b = Num(s, t[k + 2]), c = Num(s, t[k + 4]);
        if (a < 0 || b < 0 || c < 0 || t[k + 2].Length > 2) return false;
        if (t[k].Length == 4 && t[k + 4].Length <= 2) date = new DatePart(a, b, c, true);
        else if (t[k].Length <= 2 && t[k + 4].Length == 4) date = sep == '/' && a <= 12 ? new DatePart(c, a, b, true) : new DatePart(c, b, a, true);
        else return false;
        next = k + 5;
        return true;
    }

    /// <summary>"26-FEB-1987", as Reuters wire copy writes the date.</summary>
    private static bool TryReutersDate(string s, List<Token> t, int k, out DatePart date, out int next)
    {
        date = default;
        next = k;
        if (k + 5 > t.Count || !Is(s, t[k + 1], '-') || !Is(s, t[k + 3], '-') || t[k + 2].Kind != TokenKind.Word) return false;
        int d = Num(s, t[k]), mo = Months.Parse(s.AsSpan(t[k + 2].Start, t[k + 2].Length)), y = Num(s, t[k + 4]);
        if (d < 0 || mo == 0 || y < 0 || t[k + 4].Length != 4) return false;
        date = new DatePart(y, mo, d, true);
        next = k + 5;
        return true;
    }

    /// <summary>"December 26", "Dec. 26, 2024", "March 4 2024", "June 12th".</summary>
    private static bool TryWrittenDate(string s, List<Token> t, int k, out DatePart date, out int next)
    {
        date = default;
        next = k;
        if (k + 2 > t.Count || t[k].Kind != TokenKind.Word) return false;
        int mo = Months.Parse(s.AsSpan(t[k].Start, t[k].Length));
        if (mo == 0) return false;
        int i = k + 1;
        if (i < t.Count && Is(s, t[i], '.')) i++;
        if (i >= t.Count || t[i].Kind != TokenKind.Number || t[i].Length > 2) return false;
        int d = Num(s, t[i]);
        if (d < 0) return false;
        i = SkipOrdinal(s, t, i + 1);
        date = WithYear(s, t, ref i, mo, d);
        next = i;
        return true;
    }

    /// <summary>"26 December 2024", "26 Dec, 2024", "12th June 2020", "1 Dec" (British and BBC style): the day before the month.</summary>
    private static bool TryDayFirstDate(string s, List<Token> t, int k, out DatePart date, out int next)
    {
        date = default;
        next = k;
        if (k + 2 > t.Count || t[k].Kind != TokenKind.Number || t[k].Length > 2) return false;
        int d = Num(s, t[k]);
        int i = SkipOrdinal(s, t, k + 1);
        if (d < 0 || i >= t.Count || t[i].Kind != TokenKind.Word) return false;
        int mo = Months.Parse(s.AsSpan(t[i].Start, t[i].Length));
        if (mo == 0) return false;
        i++;
        if (i < t.Count && Is(s, t[i], '.')) i++;
        date = WithYear(s, t, ref i, mo, d);
        next = i;
        return true;
    }

    /// <summary>The date of month <paramref name="mo"/> and day <paramref name="d"/>, with the four-digit year written at <paramref name="i"/> (after an optional comma), if any; <paramref name="i"/> moves past it.</summary>
    private static DatePart WithYear(string s, List<Token> t, ref int i, int mo, int d)
    {
        int j = i < t.Count && Is(s, t[i], ',') ? i + 1 : i;
        if (j < t.Count && t[j].Kind == TokenKind.Number && t[j].Length == 4 && Num(s, t[j]) is >= 0 and var year)
        {
            i = j + 1;
            return new DatePart(year, mo, d, true);
        }
        return new DatePart(0, mo, d, false);
    }

    /// <summary>Skips "st", "nd", "rd" or "th" written against the day's digits.</summary>
    private static int SkipOrdinal(string s, List<Token> t, int i)
    {
        if (i < t.Count && t[i].Kind == TokenKind.Word && t[i].Length == 2 && t[i].Start == t[i - 1].End)
        {
            var w = s.AsSpan(t[i].Start, 2);
            if (w.Equals("st", StringComparison.OrdinalIgnoreCase) || w.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || w.Equals("rd", StringComparison.OrdinalIgnoreCase) || w.Equals("th", StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }
        return i;
    }

    /// <summary>Reads "HH:MM" or "HH:MM:SS[.ff]", an optional AM/PM and an optional zone ("GMT", "GMT+8", "UTC+03:00").</summary>
    private static bool TryClock(string s, List<Token> t, int k, out ClockPart clock, out int end)
    {
        clock = default;
        end = k;
        int n = t.Count;
        if (k + 3 > n || !Is(s, t[k + 1], ':')) return false;
        int h = Num(s, t[k]), m = Num(s, t[k + 2]), sec = 0;
        if (h < 0 || m < 0 || t[k].Length > 2 || t[k + 2].Length != 2) return false;
        var precision = TimePrecision.Minute;
        int i = k + 3;
        if (i + 2 <= n && Is(s, t[i], ':') && t[i + 1].Kind == TokenKind.Number)
        {
            sec = Num(s, t[i + 1]);
            if (sec < 0) return false;
            precision = TimePrecision.Second;
            i += 2;
            if (i + 2 <= n && Is(s, t[i], '.') && t[i + 1].Kind == TokenKind.Number && t[i].Start == t[i - 1].End) i += 2;
        }
        // "10:15 AM", "3:05 p.m." (AP style): a 12-hour clock.
        int meridiem = Meridiem(s, t, i, out int afterMeridiem);
        if (meridiem != 0)
        {
            if (h is < 1 or > 12) return false;
            h = h % 12 + (meridiem == 2 ? 12 : 0);
            i = afterMeridiem;
        }
        TimeSpan? offset = null;
        if (TryZone(s, t, i, out var zone, out int zoneEnd))
        {
            offset = zone;
            i = zoneEnd;
        }
        clock = new ClockPart(h, m, sec, precision, offset);
        end = i;
        return true;
    }

    /// <summary>
    /// A zone word of up to four capitals, with the offset it writes ("GMT+8", "UTC-05:00"); GMT and UTC alone are
    /// +00:00, any other word's offset is not known (null).
    /// </summary>
    private static bool TryZone(string s, List<Token> t, int k, out TimeSpan? offset, out int end)
    {
        offset = null;
        end = k;
        if (k >= t.Count || t[k].Kind != TokenKind.Word || t[k].Length > 4 || !Chars.IsAllCaps(s, t[k])) return false;
        var word = s.AsSpan(t[k].Start, t[k].Length);
        bool universal = word.SequenceEqual("GMT") || word.SequenceEqual("UTC");
        end = k + 1;
        if (universal) offset = TimeSpan.Zero;
        if (universal && k + 2 < t.Count && (Is(s, t[k + 1], '+') || Is(s, t[k + 1], '-')) && t[k + 2].Kind == TokenKind.Number)
        {
            int sign = Is(s, t[k + 1], '-') ? -1 : 1;
            int value = Num(s, t[k + 2]);
            int hours = t[k + 2].Length <= 2 ? value : value / 100;
            int minutes = t[k + 2].Length <= 2 ? 0 : value % 100;
            int i = k + 3;
            if (t[k + 2].Length <= 2 && i + 1 < t.Count && Is(s, t[i], ':') && t[i + 1].Kind == TokenKind.Number && t[i + 1].Length == 2)
            {
                minutes = Num(s, t[i + 1]);
                i += 2;
            }
            if (value < 0 || hours > 14 || minutes > 59) return true;
            offset = sign * new TimeSpan(hours, minutes, 0);
            end = i;
        }
        return true;
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
}
