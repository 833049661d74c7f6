using System.Text;

namespace NewsModel.Training;

/// <summary>Names folded the way the shared scorer folds them, so a candidate counts as right exactly when the scorer would count it.</summary>
internal static class Names
{
    /// <summary>
    /// Lower case, curly apostrophes made straight, a leading "the " dropped, and the word characters (letters,
    /// digits, underscore) kept in runs joined by single spaces: "The Washington Post's" → "washington post s".
    /// </summary>
    public static string Fold(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return "";
        var t = s.Replace('\u2019', '\'').Replace('\u2018', '\'').ToLowerInvariant().Trim();
        if (t.StartsWith("the", StringComparison.Ordinal) && t.Length > 3 && char.IsWhiteSpace(t[3])) t = t[3..].TrimStart();
        var sb = new StringBuilder(t.Length);
        bool inWord = false;
        foreach (char c in t)
        {
            bool word = char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;
            if (word)
            {
                if (!inWord && sb.Length > 0) sb.Append(' ');
                sb.Append(c);
            }
            inWord = word;
        }
        return sb.ToString();
    }

    /// <summary>The scorer's token F1 of two texts: words of letters, digits and underscores, lower case.</summary>
    public static double TokenF1(string? a, string? b)
    {
        var ta = Tokens(a);
        var tb = Tokens(b);
        if (ta.Count == 0 || tb.Count == 0) return 0;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in ta) counts[t] = counts.GetValueOrDefault(t) + 1;
        int common = 0;
        foreach (var t in tb)
        {
            if (counts.GetValueOrDefault(t) > 0)
            {
                counts[t]--;
                common++;
            }
        }
        if (common == 0) return 0;
        double p = (double)common / ta.Count, r = (double)common / tb.Count;
        return 2 * p * r / (p + r);
    }

    private static List<string> Tokens(string? s)
    {
        var words = new List<string>();
        if (s is null) return words;
        var t = s.Replace('\u2019', '\'').Replace('\u2018', '\'').ToLowerInvariant();
        int start = -1;
        for (int i = 0; i <= t.Length; i++)
        {
            bool word = i < t.Length && (char.IsLetterOrDigit(t[i]) || t[i] == '_');
            if (word && start < 0) start = i;
            else if (!word && start >= 0)
            {
                words.Add(t[start..i]);
                start = -1;
            }
        }
        return words;
    }
}
