using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Layout;

/// <summary>Classes of header lines recognised by their form: URLs, bylines, photo credits, reading times.</summary>
internal static partial class LayoutStage
{
    private const int MaxBylineWords = 8;

    private static bool IsUrl(string s, Line line)
    {
        var text = s.AsSpan(line.Start, line.End - line.Start);
        if (!(text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))) return false;
        return !text.ContainsAny(' ', '\t');
    }

    /// <summary>
    /// A byline: "By Jane Doe", a lone "By", "Reuters Staff", "Associated Press", "Jane Doe / Associated Press".
    /// <paramref name="agency"/> is the listed agency it names, if any. <paramref name="words"/>: the line's words
    /// counted up to <see cref="KnownWords"/>.
    /// </summary>
    private static bool IsByline(ParseContext ctx, Line line, int words, out string? agency)
    {
        agency = null;
        var s = ctx.Source;
        var text = s.AsSpan(line.Start, line.End - line.Start);
        if (text.Length == 0 || text.Length > MaxShortLineLength || Chars.IsSentenceEnd(text[^1]) || words > MaxBylineWords) return false;
        if ((text.StartsWith("By", StringComparison.Ordinal) || text.StartsWith("BY", StringComparison.Ordinal))
            && (text.Length == 2 || (Chars.IsSpace(text[2]) && text.Length > 3 && char.IsUpper(text[3..].TrimStart()[0]))))
        {
            agency = FindAgency(ctx, line.Start, line.End);
            return true;
        }
        // The agency alone or with its staff's label: "Reuters Staff", "Kyodo News", "Associated Press". Only the forms
        // whose first letter is the line's are asked, from the layout's index of them by first letter (in the
        // knowledge base's order, as the walk over all the agencies asked them), unless a form is too short for it.
        char upper = char.ToUpperInvariant(text[0]);
        var layout = ctx.Knowledge.Layout;
        if (!layout.HasShortAgencyForms)
        {
            // Forms of two letters or more: none when no form starts with the line's first two letters (most lines).
            if (text.Length > 1 && layout.MayStartAgencyForm(upper, text[1]))
            {
                foreach (var (form, entry) in layout.AgencyFormsStartingWith(upper))
                {
                    // The second letters compared first, inline.
                    if (char.ToUpperInvariant(form[0]) == upper && Chars.MaySameAsciiLetter(text[1], form[1]) && IsAgencyByline(text, form))
                    {
                        agency = entry.Name;
                        return true;
                    }
                }
            }
        }
        else
        {
            foreach (var entry in ctx.Knowledge.Knowledge.Agencies)
            {
                foreach (var form in entry.Forms)
                {
                    if (char.ToUpperInvariant(form[0]) == upper && IsAgencyByline(text, form))
                    {
                        agency = entry.Name;
                        return true;
                    }
                }
            }
        }
        // "Jane Doe / Associated Press", "Jane Doe, Reuters": a name, then the agency.
        // A slash with no space around it is a photo credit's ("Jane Doe/TASS"), not a byline's.
        int mark = text.LastIndexOfAny('/', ',');
        bool spaced = mark > 0 && mark + 1 < text.Length && (text[mark] == ',' || (Chars.IsSpace(text[mark - 1]) && Chars.IsSpace(text[mark + 1])));
        if (spaced && text[..mark].Trim().Length > 0 && char.IsUpper(text[0]))
        {
            var after = text[(mark + 1)..].Trim();
            foreach (var entry in ctx.Knowledge.Knowledge.Agencies)
            {
                foreach (var form in entry.Forms)
                {
                    if (after.Equals(form, StringComparison.OrdinalIgnoreCase))
                    {
                        agency = entry.Name;
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /// <summary>The line is the agency's <paramref name="form"/>, alone or with its staff's label ("Staff", "News", "News Agency").</summary>
    private static bool IsAgencyByline(ReadOnlySpan<char> text, string form)
    {
        if (!text.StartsWith(form, StringComparison.OrdinalIgnoreCase)) return false;
        var rest = text[form.Length..].Trim();
        return rest.Length == 0 || rest.Equals("Staff", StringComparison.OrdinalIgnoreCase) || rest.Equals("News", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("News Agency", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A photo credit, alone or at the end of its caption: "AP Photo/Jane Doe", "REUTERS/Jane Doe/Pool",
    /// "… Jane Doe/TASS", "… April 7, 2017. /Reuters": a slash before a listed agency, two slashes, or a slash after a space.
    /// </summary>
    private static bool IsCredit(ParseContext ctx, Line line)
    {
        var s = ctx.Source;
        var text = s.AsSpan(line.Start, line.End - line.Start);
        int slash = text.LastIndexOf('/');
        if (slash < 0) return false;
        if (text.Contains("Photo/", StringComparison.OrdinalIgnoreCase)) return true;
        if (slash <= 0 || slash >= text.Length - 1 || Chars.IsSentenceEnd(text[^1])) return false;
        var after = text[(slash + 1)..].Trim();
        if (after.Length == 0 || !char.IsUpper(after[0])) return false;
        // The credit is a name: capitalised words only.
        int words = 0;
        for (int i = 0; i < after.Length; i++)
        {
            if (i == 0 || Chars.IsSpace(after[i - 1]))
            {
                if (!char.IsUpper(after[i])) return false;
                if (++words > 3) return false;
            }
            else if (!(char.IsLetter(after[i]) || after[i] is '.' or '-' or ' ' or '\'' or '\u2019')) return false;
        }
        if (Chars.IsSpace(text[slash - 1]) || text[..slash].Contains('/')) return true;
        foreach (var entry in ctx.Knowledge.Knowledge.Agencies)
        {
            foreach (var form in entry.Forms)
            {
                if (after.Equals(form, StringComparison.OrdinalIgnoreCase)) return true;
            }
        }
        return false;
    }

    /// <summary>"1 Min Read", "3 minute read": the reading time a page shows.</summary>
    private static bool IsReadingTime(string s, Line line)
    {
        var text = s.AsSpan(line.Start, line.End - line.Start);
        int i = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        if (i is 0 or > 3) return false;
        var rest = text[i..].Trim();
        int space = rest.IndexOf(' ');
        if (space < 0 || !rest[(space + 1)..].Trim().Equals("read", StringComparison.OrdinalIgnoreCase)) return false;
        var unit = rest[..space];
        return unit.Equals("min", StringComparison.OrdinalIgnoreCase) || unit.Equals("mins", StringComparison.OrdinalIgnoreCase)
            || unit.Equals("minute", StringComparison.OrdinalIgnoreCase) || unit.Equals("minutes", StringComparison.OrdinalIgnoreCase);
    }
}
