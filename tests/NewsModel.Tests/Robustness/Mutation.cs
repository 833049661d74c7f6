using System.Text;
using CsCheck;

namespace NewsModel.Tests.Robustness;

/// <summary>Random edits of real articles: cut, duplicate, swap, delete quote marks, insert noise.</summary>
internal static class Mutation
{
    private enum Kind { Cut, Truncate, Duplicate, Swap, DeleteQuoteMarks, InsertNoise }

    private const int Scale = 1_000_000;

    private static readonly Gen<(Kind Kind, int A, int B, int C)> Edit =
        Gen.Select(Gen.Int[0, 5].Select(k => (Kind)k), Gen.Int[0, Scale], Gen.Int[0, Scale], Gen.Int[0, Scale]);

    /// <summary>Texts from <paramref name="source"/> with one to six edits applied.</summary>
    public static Gen<string> Of(Gen<string> source) =>
        Gen.Select(source, Edit.Array[1, 6], (text, edits) => edits.Aggregate(text, Apply));

    private static int At(string s, int fraction) => (int)((long)s.Length * fraction / Scale);

    private static string Apply(string s, (Kind Kind, int A, int B, int C) e)
    {
        int a = At(s, Math.Min(e.A, e.B)), b = At(s, Math.Max(e.A, e.B)), c = At(s, e.C);
        return e.Kind switch
        {
            Kind.Cut => string.Concat(s.AsSpan(0, a), s.AsSpan(b)),
            Kind.Truncate => s[..a],
            Kind.Duplicate => s.Insert(c, s[a..b]),
            Kind.Swap => Swap(s, a, b, c),
            Kind.DeleteQuoteMarks => DeleteQuotes(s, e.C % 3),
            Kind.InsertNoise => s.Insert(c, Noise[e.C % Noise.Length]),
            _ => s,
        };
    }

    private static readonly string[] Noise = ["\"", "“", "”", "‘", "’", "«", "\0", "\uD800", "\uDC00", "\r\n", "\n\n", " said ", " — ", "\u2028", "\uFEFF"];

    /// <summary>Swaps the range [a, b) with the same-length range at c (clipped).</summary>
    private static string Swap(string s, int a, int b, int c)
    {
        int length = Math.Min(b - a, s.Length - c);
        if (length <= 0 || (c < b && c + length > a)) return s;
        var chars = s.ToCharArray();
        for (int i = 0; i < length; i++) (chars[a + i], chars[c + i]) = (chars[c + i], chars[a + i]);
        return new string(chars);
    }

    /// <summary>Deletes every quote mark (mode 0), every opening one (1) or every closing one (2).</summary>
    private static string DeleteQuotes(string s, int mode)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            bool drop = mode switch
            {
                0 => ch is '"' or '“' or '”' or '‘' or '’' or '«' or '»' or '„',
                1 => ch is '“' or '‘' or '«' or '„',
                _ => ch is '”' or '’' or '»',
            };
            if (!drop) sb.Append(ch);
        }
        return sb.ToString();
    }
}
