using System.Buffers;

namespace NewsModel.Parsing.Text;

/// <summary>Character classes the stages share.</summary>
internal static class Chars
{
    /// <summary>Whitespace, including no-break spaces, tabs, zero-width spaces and a stray BOM.</summary>
    /// <remarks>Every character up to U+0020 is a space or a control character, so one compare settles ASCII.</remarks>
    public static bool IsSpace(char c) =>
        c <= ' ' || c >= '\u0085' && (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u2060');

    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    public static bool IsDash(char c) => c is '-' or '\u2013' or '\u2014' or '\u2012' or '\u2015' or '_';

    /// <summary>True for a closing quotation mark as publishers write it (straight, curly or guillemet).</summary>
    public static bool IsClosingQuoteMark(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB';

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    public static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '\u2026';

    /// <summary>True for a word token that starts with an upper-case letter.</summary>
    public static bool IsCapitalized(string source, Token t) =>
        t.Kind == TokenKind.Word && char.IsUpper(source[t.Start]);

    /// <summary>True for a word of two or more letters all in upper case.</summary>
    public static bool IsAllCaps(string source, Token t)
    {
        if (t.Kind != TokenKind.Word || t.Length < 2) return false;
        for (int i = t.Start; i < t.End; i++)
        {
            if (!char.IsUpper(source[i])) return false;
        }
        return true;
    }

    public static int TrimStart(string s, int start, int end)
    {
        while (start < end && IsSpace(s[start])) start++;
        return start;
    }

    public static int TrimEnd(string s, int start, int end)
    {
        while (end > start && IsSpace(s[end - 1])) end--;
        return end;
    }

    /// <summary>Every character <see cref="IsSpace"/> takes for whitespace but the plain space, found by asking it.</summary>
    private static readonly SearchValues<char> OtherSpaces =
        SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => c != ' ' && IsSpace(c))]);

    /// <summary>
    /// True when the only whitespace in <paramref name="text"/> is single plain spaces, so collapsing it only trims
    /// a space from either end. Two vectorized searches; most text the model keeps is like that.
    /// </summary>
    public static bool IsSimplySpaced(ReadOnlySpan<char> text) => text.IndexOfAny(OtherSpaces) < 0 && text.IndexOf("  ") < 0;

    /// <summary>Collapses runs of whitespace to one space and trims.</summary>
    public static string Collapse(ReadOnlySpan<char> text)
    {
        // A copy when there is nothing to collapse, instead of a call to IsSpace for every character.
        if (IsSimplySpaced(text)) return new string(text.Trim(' '));
        Span<char> buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        int n = 0;
        bool space = false;
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                space = n > 0;
                continue;
            }
            if (space)
            {
                buffer[n++] = ' ';
                space = false;
            }
            buffer[n++] = c;
        }
        return new string(buffer[..n]);
    }
}
