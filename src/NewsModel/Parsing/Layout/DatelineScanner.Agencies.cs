using NewsModel.Model;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Layout;

/// <summary>How a dateline names its agency: before the place ("Reuters: OSLO"), against it ("Iran PressEurope:"), bare after the date ("Kyodo"), or in marks.</summary>
internal static partial class DatelineScanner
{
    /// <summary>
    /// "Reuters: OSLO (Reuters) - " (the agency's name, a colon, then the dateline) and "Iran Press/Europe: "
    /// (the agency's name against the place, then a colon). Only agencies the knowledge base lists start one.
    /// </summary>
    private static bool TryAgencyFirst(ParseContext ctx, int start, int end, string? bylineAgency, out Match match)
    {
        match = default;
        var s = ctx.Source;
        if (start + 1 >= end || !char.IsUpper(s[start])) return false;
        char upper = char.ToUpperInvariant(s[start]);
        // Every form has two letters or more: a line of one character starts none.
        if (!ctx.Knowledge.Layout.MayStartAgencyForm(upper, s[start + 1])) return false;
        foreach (var (form, entry) in ctx.Knowledge.Layout.AgencyFormsStartingWith(upper))
        {
            int after = start + form.Length;
            // The second letters first, inline (the first match by the index): most lines are no form.
            if (after >= end || !Chars.MaySameAsciiLetter(s[start + 1], form[1]) || !s.AsSpan(start, form.Length).Equals(form, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            if (s[after] == ':')
            {
                int rest = SkipSpaces(s, after + 1, end);
                if (rest == after + 1 || !TryPlaceFirst(ctx, rest, end, bylineAgency, out var inner)) continue;
                match = inner with { Dateline = inner.Dateline with { Agency = inner.Dateline.Agency ?? entry.Name, Span = TextSpan.FromBounds(start, inner.Dateline.Span.End) } };
                return true;
            }
            // The agency's name against the place: "Iran PressEurope:" (a slash lost), "Iran Press/Europe:".
            // Without the slash only a change of case marks where the name ends.
            int placeStart = s[after] == '/' ? after + 1 : after;
            if (placeStart >= end || !char.IsUpper(s[placeStart]) || (placeStart == after && !char.IsLower(s[after - 1]))) continue;
            int placeEnd = ReadWords(s, placeStart, end, allCaps: false, maxWords: 3);
            if (placeEnd == placeStart || placeEnd >= end || s[placeEnd] != ':') continue;
            int body = SkipSpaces(s, placeEnd + 1, end);
            if (body == placeEnd + 1 || body >= end) continue;
            match = new Match(new Dateline
            {
                Place = Chars.Collapse(s.AsSpan(placeStart, placeEnd - placeStart)).TrimEnd(',', '.'),
                Agency = entry.Name,
                Span = TextSpan.FromBounds(start, placeEnd + 1),
            }, body);
            return true;
        }
        return false;
    }

    /// <summary>
    /// A listed agency written without marks at <paramref name="pos"/> ("Kyodo", "RIA Novosti.", "INTERFAX.RU"),
    /// followed by the end of the line, a period, a dash, or (written in capitals) the body.
    /// </summary>
    private static bool TryBareAgency(ParseContext ctx, int pos, int end, bool requireEnd, out string? agency, out int after)
    {
        agency = null;
        after = pos;
        var s = ctx.Source;
        int p = SkipSpaces(s, pos, end);
        if (p >= end || !char.IsUpper(s[p])) return false;
        foreach (var (form, entry) in ctx.Knowledge.Layout.AgencyFormsStartingWith(char.ToUpperInvariant(s[p])))
        {
            int q = p + form.Length;
            if (q > end || !Chars.MaySameAsciiLetter(s[p + 1], form[1]) || !s.AsSpan(p, form.Length).Equals(form, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            if (q < end && char.IsLetterOrDigit(s[q])) continue;
            bool capitals = IsAllCaps(s.AsSpan(p, form.Length));
            // The site's domain written after the name: "INTERFAX.RU".
            if (q + 2 < end && s[q] == '.' && char.IsLetter(s[q + 1]))
            {
                int d = q + 1;
                while (d < end && char.IsLetter(s[d])) d++;
                if (d - q - 1 is 2 or 3) q = d;
            }
            int r = SkipSpaces(s, q, end);
            bool closed = r >= end || s[r] == '.' || Chars.IsDash(s[r]);
            if (!closed && (requireEnd || !capitals)) continue;
            if (r < end && s[r] == '.') r++;
            agency = entry.Name;
            after = r < end && s[r - 1] == '.' ? r : q;
            return true;
        }
        return false;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c)) return false;
        }
        return true;
    }

    private static bool IsAgencyForm(ParseContext ctx, ReadOnlySpan<char> text)
    {
        text = text.TrimEnd(',');
        foreach (var entry in ctx.Knowledge.Knowledge.Agencies)
        {
            foreach (var form in entry.Forms)
            {
                if (text.Equals(form, StringComparison.OrdinalIgnoreCase)) return true;
            }
        }
        return false;
    }

    private static string? ResolveAgency(ParseContext ctx, string raw, out bool known)
    {
        known = true;
        if (KnownAgency(ctx, raw) is { } name) return name;
        // "(NewsPoint / Sputnik - 9th June, 2021)": a listed agency among the parts of the mark.
        if (raw.Contains('/') || raw.Contains(" - ", StringComparison.Ordinal))
        {
            foreach (var part in raw.Split('/'))
            {
                var words = part.Trim();
                int dash = words.IndexOf(" - ", StringComparison.Ordinal);
                if (dash > 0) words = words[..dash].Trim();
                if (KnownAgency(ctx, words) is { } inner) return inner;
            }
        }
        known = false;
        // An agency the knowledge base does not list: a short capitalised name of letters and spaces; "(R-Fla.)"
        // after a senator's name is a party and state, not an agency.
        if (raw.Length is > 1 and <= 24 && char.IsUpper(raw[0]) && raw.All(c => char.IsLetter(c) || c == ' ') && raw.Count(c => c == ' ') <= 2) return raw;
        return null;
    }

    private static string? KnownAgency(ParseContext ctx, string raw)
    {
        foreach (var entry in ctx.Knowledge.Knowledge.Agencies)
        {
            foreach (var form in entry.Forms)
            {
                if (string.Equals(form, raw, StringComparison.OrdinalIgnoreCase)) return entry.Name;
            }
        }
        return null;
    }
}
