using NewsModel.Model;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Layout;

/// <summary>
/// Reads an agency dateline at the start of a paragraph: "MOSCOW, September 27. /TASS/.",
/// "WASHINGTON, March 2 -", "LONDON, March 3 (Reuters) -", "SEOUL, South Korea (AP) —", "Beirut (AFP) –",
/// "MINSK. July 26 (Interfax) -", "IGORA /Leningrad Region/, December 26. /TASS/.".
/// A dateline needs an agency mark, or a date followed by a dash.
/// </summary>
internal static class DatelineScanner
{
    public readonly record struct Match(Dateline Dateline, int BodyStart);

    private const int MaxPlaceWords = 5;

    public static bool TryScan(ParseContext ctx, int start, int end, out Match match)
    {
        match = default;
        var s = ctx.Source;
        int pos = start;
        // Place: upper-case words, or title-case words directly before "(AGENCY)".
        int placeEnd = ReadWords(s, pos, end, allCaps: true);
        bool titleCasePlace = false;
        // Some Reuters copy has no place at all: "Dec 29 (Reuters) - ".
        bool placeless = false;
        if (placeEnd == pos)
        {
            placeEnd = ReadWords(s, pos, end, allCaps: false);
            titleCasePlace = true;
            if (placeEnd == pos)
            {
                if (!TryReadDate(s, pos, end, out _)) return false;
                placeless = true;
            }
        }
        // The place's text is made only for a dateline found: most paragraphs tried have none. Collapsing and
        // trimming it drop spaces, commas and periods, no letters.
        int placeStart = pos;
        if (!placeless && CountLetters(s.AsSpan(placeStart, placeEnd - placeStart)) < 2) return false;
        pos = placeEnd;

        string? region = null;
        int p = SkipSpaces(s, pos, end);
        if (p < end && s[p] == '/')
        {
            int close = s.IndexOf('/', p + 1, Math.Min(48, end - p - 1));
            if (close > p + 1)
            {
                region = Chars.Collapse(s.AsSpan(p + 1, close - p - 1));
                pos = close + 1;
            }
        }

        // ", South Korea" or ", N.Y.," before the date or agency.
        p = SkipSpaces(s, pos, end);
        if (p < end && s[p] == ',' && !titleCasePlace)
        {
            int q = SkipSpaces(s, p + 1, end);
            int wordEnd = ReadWords(s, q, end, allCaps: false);
            if (wordEnd > q && Months.Parse(FirstWord(s, q, wordEnd)) == 0 && !char.IsDigit(s[q]))
            {
                region ??= Chars.Collapse(s.AsSpan(q, wordEnd - q)).TrimEnd(',');
                pos = wordEnd;
            }
        }

        // Separator, then an optional date.
        p = SkipSpaces(s, pos, end);
        if (p < end && s[p] is ',' or '.') p = SkipSpaces(s, p + 1, end);
        int dateStart = p;
        bool hasDate = false;
        if (TryReadDate(s, p, end, out int dateEnd))
        {
            hasDate = true;
            pos = dateEnd;
            p = SkipSpaces(s, pos, end);
            if (p < end && s[p] is '.' or ',') pos = p + 1;
        }

        // Agency: "/TASS/." or "(Reuters)".
        string? agency = TryReadAgency(ctx, ref pos, end, out bool known);
        // "Nagpur (India) (AFP) –": a region in parentheses before the agency's mark.
        if (agency is not null && !known && TryReadAgency(ctx, ref pos, end, out bool secondKnown) is { } second && secondKnown)
        {
            region ??= agency;
            agency = second;
            known = true;
        }
        if (titleCasePlace && agency is null) return false;
        if (placeless && !known) return false;

        // A dash ends the dateline.
        bool dash = false;
        p = SkipSpaces(s, pos, end);
        // A dash needs a space before it (else it is a hyphen); a colon may follow the date directly ("KYIV, July 26:").
        if (p < end && ((p > pos && Chars.IsDash(s[p])) || (s[p] == ':' && (hasDate || agency is not null))))
        {
            int q = p + 1;
            while (q < end && Chars.IsDash(s[q])) q++;
            if (q < end && Chars.IsSpace(s[q]))
            {
                dash = true;
                pos = q;
            }
        }
        if (agency is null && !(hasDate && dash)) return false;
        if (placeless && !dash) return false;
        // "Sen. Jane Doe (Texas) said": a title-case name before an unlisted mark needs the dash of a dateline.
        if (titleCasePlace && !known && !dash) return false;
        int bodyStart = SkipSpaces(s, pos, end);
        if (bodyStart >= end) return false;
        match = new Match(new Dateline
        {
            Place = placeless ? "" : Chars.Collapse(s.AsSpan(placeStart, placeEnd - placeStart)).TrimEnd(',', '.'),
            Region = region,
            Date = hasDate ? Chars.Collapse(s.AsSpan(dateStart, dateEnd - dateStart)).TrimEnd('.', ',') : null,
            Agency = agency,
            Span = TextSpan.FromBounds(start, Chars.TrimEnd(s, start, pos)),
        }, bodyStart);
        return true;
    }

    /// <summary>Reads "/TASS/." or "(Reuters)" at <paramref name="pos"/>; <paramref name="known"/> tells whether the knowledge base lists it.</summary>
    private static string? TryReadAgency(ParseContext ctx, ref int pos, int end, out bool known)
    {
        known = false;
        var s = ctx.Source;
        int p = SkipSpaces(s, pos, end);
        if (p >= end || s[p] is not ('/' or '(')) return null;
        char closeChar = s[p] == '/' ? '/' : ')';
        int close = s.IndexOf(closeChar, p + 1, Math.Min(40, end - p - 1));
        if (close <= p + 1) return null;
        var agency = ResolveAgency(ctx, Chars.Collapse(s.AsSpan(p + 1, close - p - 1)), out known);
        if (agency is null) return null;
        pos = close + 1;
        p = SkipSpaces(s, pos, end);
        if (p < end && s[p] == '.') pos = p + 1;
        return agency;
    }

    private static string? ResolveAgency(ParseContext ctx, string raw, out bool known)
    {
        known = true;
        foreach (var entry in ctx.Knowledge.Knowledge.Agencies)
        {
            foreach (var form in entry.Forms)
            {
                if (string.Equals(form, raw, StringComparison.OrdinalIgnoreCase)) return entry.Name;
            }
        }
        known = false;
        // An agency the knowledge base does not list: a short capitalised name of letters and spaces; "(R-Fla.)"
        // after a senator's name is a party and state, not an agency.
        if (raw.Length is > 1 and <= 24 && char.IsUpper(raw[0]) && raw.All(c => char.IsLetter(c) || c == ' ') && raw.Count(c => c == ' ') <= 2) return raw;
        return null;
    }

    private static int CountLetters(ReadOnlySpan<char> text)
    {
        int letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c)) letters++;
        }
        return letters;
    }

    private static ReadOnlySpan<char> FirstWord(string s, int start, int end)
    {
        int i = start;
        while (i < end && char.IsLetter(s[i])) i++;
        return s.AsSpan(start, i - start);
    }

    private static int SkipSpaces(string s, int pos, int end)
    {
        while (pos < end && Chars.IsSpace(s[pos])) pos++;
        return pos;
    }

    /// <summary>Reads up to <see cref="MaxPlaceWords"/> words (letters with inner . ' -), all upper case or title case.</summary>
    private static int ReadWords(string s, int pos, int end, bool allCaps)
    {
        int result = pos;
        int words = 0;
        int i = pos;
        while (i < end && words < MaxPlaceWords)
        {
            if (!char.IsUpper(s[i])) break;
            int w = i;
            bool ok = true;
            while (w < end && (char.IsLetter(s[w]) || s[w] is '.' or '\'' or '\u2019' or '-'))
            {
                if (allCaps && char.IsLower(s[w])) ok = false;
                w++;
            }
            if (!ok) break;
            // A lone upper-case letter followed by a space is the start of a sentence, not a place.
            if (w - i == 1 && allCaps) break;
            if (!allCaps && Months.Parse(s.AsSpan(i, w - i).TrimEnd('.')) != 0) break;
            words++;
            result = w;
            i = w;
            if (i < end && Chars.IsSpace(s[i]) && i + 1 < end && char.IsUpper(s[i + 1])) i++;
            else break;
        }
        return result;
    }

    private static bool TryReadDate(string s, int pos, int end, out int dateEnd) =>
        TryReadMonthFirst(s, pos, end, out dateEnd) || TryReadDayFirst(s, pos, end, out dateEnd);

    /// <summary>"3 March", "3 Mar." and "3 March 2024", as BelTA and British copy write the date.</summary>
    private static bool TryReadDayFirst(string s, int pos, int end, out int dateEnd)
    {
        dateEnd = pos;
        int d = pos;
        while (d < end && char.IsDigit(s[d]) && d - pos < 3) d++;
        if (d - pos is 0 or > 2 || d >= end || !Chars.IsSpace(s[d])) return false;
        int w = d + 1;
        int m = w;
        while (w < end && char.IsLetter(s[w])) w++;
        if (w == m || Months.Parse(s.AsSpan(m, w - m)) == 0) return false;
        if (w < end && s[w] == '.') w++;
        if (w + 5 <= end && Chars.IsSpace(s[w]) && char.IsDigit(s[w + 1]) && char.IsDigit(s[w + 4]) && (w + 5 == end || !char.IsDigit(s[w + 5]))) w += 5;
        dateEnd = w;
        return true;
    }

    private static bool TryReadMonthFirst(string s, int pos, int end, out int dateEnd)
    {
        dateEnd = pos;
        int w = pos;
        while (w < end && char.IsLetter(s[w])) w++;
        if (w == pos || Months.Parse(s.AsSpan(pos, w - pos)) == 0) return false;
        if (w < end && s[w] == '.') w++;
        if (w >= end || !Chars.IsSpace(s[w])) return false;
        int d = w + 1;
        int digits = 0;
        while (d < end && char.IsDigit(s[d]) && digits < 3) { d++; digits++; }
        if (digits is 0 or > 2) return false;
        // An optional year: ", 2024".
        if (d + 6 <= end && s[d] == ',' && Chars.IsSpace(s[d + 1]) && char.IsDigit(s[d + 2]) && char.IsDigit(s[d + 5]) && (d + 6 == end || !char.IsDigit(s[d + 6])))
        {
            d += 6;
        }
        dateEnd = d;
        return true;
    }
}
