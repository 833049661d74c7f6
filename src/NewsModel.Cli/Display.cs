using System.Globalization;
using System.Text;

namespace NewsModel.Cli;

/// <summary>Text from outside (file names, exception messages) made safe for one line of a terminal.</summary>
internal static class Display
{
    /// <summary>
    /// Escapes what would break a message line or drive the terminal: line breaks and tabs as <c>\n</c>,
    /// <c>\r</c>, <c>\t</c>; other control characters (C0, DEL, C1, including ESC), the Unicode line and paragraph
    /// separators and the bidirectional overrides as <c>\uXXXX</c>. Everything else, backslashes included, is kept.
    /// </summary>
    public static string Escape(string text)
    {
        int first = text.AsSpan().IndexOfAny(Special);
        if (first < 0) return text;
        var builder = new StringBuilder(text.Length + 8).Append(text, 0, first);
        foreach (char c in text.AsSpan(first))
        {
            switch (c)
            {
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (Special.Contains(c)) builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else builder.Append(c);
                    break;
            }
        }
        return builder.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Select(i => (char)i))
        + string.Concat(Enumerable.Range(0x7F, 0x21).Select(i => (char)i))
        + "\u2028\u2029\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");
}
