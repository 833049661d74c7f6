using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsModel.Serialization;

/// <summary>
/// Writes a text property (a paragraph, a statement, a headline) escaped for <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>
/// by its own scan, byte for byte what <see cref="Utf8JsonWriter"/> writes with that encoder, or declines.
/// </summary>
/// <remarks>
/// News text holds quotation marks and line breaks; for a string with one, <see cref="Utf8JsonWriter"/> hands the rest
/// of the string to the encoder, whose per-character path was about half of the time spent writing an article's JSON.
/// This scan copies runs of plain ASCII at once (found by one vectorized search, narrowed by <see cref="Ascii.FromUtf16"/>),
/// writes the five escapes news text has (<c>\"</c>, <c>\\</c>, <c>\n</c>, <c>\r</c>, <c>\t</c>) as the encoder writes
/// them, and encodes other characters the encoder lets through as UTF-8. Which characters those are is asked of the
/// encoder itself (<see cref="TextEncoder.WillEncode"/>), never listed here. Anything else (another control character, a
/// surrogate, a character the encoder escapes) makes it decline before it writes anything, and the caller writes the
/// string through <see cref="Utf8JsonWriter"/> as before. A test compares both writers over every UTF-16 unit.
/// </remarks>
internal static class RelaxedJsonText
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>The ASCII characters the encoder writes as they are.</summary>
    private static readonly SearchValues<char> PlainAscii = SearchValues.Create(PlainAsciiChars());

    /// <summary>The same characters as a table by ASCII code, for runs too short for the vectorized search.</summary>
    private static readonly bool[] IsPlain = PlainAsciiTable();

    /// <summary>Strings up to this many UTF-16 units are escaped into a buffer on the stack, longer ones into a pooled array.</summary>
    private const int StackChars = 340;

    /// <summary>The most UTF-8 bytes one UTF-16 unit becomes here: three for a character of the Basic Multilingual Plane.</summary>
    internal const int MaxBytesPerChar = 3;

    private static char[] PlainAsciiChars()
    {
        var plain = new List<char>(96);
        for (char c = ' '; c < '\u0080'; c++)
        {
            if (!Encoder.WillEncode(c)) plain.Add(c);
        }
        return [.. plain];
    }

    private static bool[] PlainAsciiTable()
    {
        var table = new bool[128];
        foreach (char c in PlainAsciiChars()) table[c] = true;
        return table;
    }

    /// <summary>True when <paramref name="writer"/> escapes strings with the relaxed encoder, so that <see cref="TryWrite"/> may write for it.</summary>
    public static bool Applies(Utf8JsonWriter writer) => ReferenceEquals(writer.Options.Encoder, Encoder);

    /// <summary>
    /// Writes the property <paramref name="name"/> with the string <paramref name="value"/> as <paramref name="writer"/>
    /// would, or writes nothing and returns false when the value holds a character this scan leaves to the writer.
    /// </summary>
    [SkipLocalsInit]
    public static bool TryWrite(Utf8JsonWriter writer, JsonEncodedText name, ReadOnlySpan<char> value)
    {
        int most = value.Length * MaxBytesPerChar + 2;
        byte[]? rented = null;
        Span<byte> buffer = most <= StackChars * MaxBytesPerChar + 2
            ? stackalloc byte[StackChars * MaxBytesPerChar + 2]
            : (rented = ArrayPool<byte>.Shared.Rent(most));
        try
        {
            if (!TryEscape(value, buffer, out int written)) return false;
            writer.WritePropertyName(name);
            writer.WriteRawValue(buffer[..written], skipInputValidation: true);
            return true;
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The JSON string of <paramref name="value"/>, quotes included, as UTF-8 in <paramref name="into"/> (room for three bytes a unit and two).</summary>
    private static bool TryEscape(ReadOnlySpan<char> value, Span<byte> into, out int written)
    {
        into[0] = (byte)'"';
        if (!TryEscapeContent(value, into[1..], out int n))
        {
            written = 0;
            return false;
        }
        into[n + 1] = (byte)'"';
        written = n + 2;
        return true;
    }

    /// <summary>Runs shorter than this are copied by a loop of their own: the vectorized search and narrowing cost more than they save on a name or an id.</summary>
    private const int ShortRun = 8;

    /// <summary>
    /// The escaped form of <paramref name="value"/> without quotes, as UTF-8 in <paramref name="into"/> (room for three
    /// bytes a unit), as <see cref="Utf8JsonWriter"/> writes it with the relaxed encoder; false, with an unspecified
    /// part of <paramref name="into"/> written, when the value holds a character this scan leaves to the writer.
    /// </summary>
    internal static bool TryEscapeContent(ReadOnlySpan<char> value, Span<byte> into, out int written)
    {
        int n = 0;
        int i = 0;
        while (i < value.Length)
        {
            var rest = value[i..];
            if (rest.Length < ShortRun)
            {
                int k = 0;
                for (; k < rest.Length; k++)
                {
                    char a = rest[k];
                    if (a >= '\u0080' || !IsPlain[a]) break;
                    into[n + k] = (byte)a;
                }
                n += k;
                i += k;
                if (i == value.Length) break;
            }
            else
            {
                int run = rest.IndexOfAnyExcept(PlainAscii);
                if (run < 0) run = rest.Length;
                if (run > 0)
                {
                    Ascii.FromUtf16(rest[..run], into[n..], out int narrowed);
                    n += narrowed;
                    i += run;
                    if (i == value.Length) break;
                }
            }
            char c = value[i++];
            char escape = c switch
            {
                '"' => '"',
                '\\' => '\\',
                '\n' => 'n',
                '\r' => 'r',
                '\t' => 't',
                _ => '\0',
            };
            if (escape != '\0')
            {
                into[n++] = (byte)'\\';
                into[n++] = (byte)escape;
            }
            else if (c < '\u0080' || char.IsSurrogate(c) || Encoder.WillEncode(c))
            {
                written = 0;
                return false;
            }
            else if (c < '\u0800')
            {
                into[n++] = (byte)(0xC0 | (c >> 6));
                into[n++] = (byte)(0x80 | (c & 0x3F));
            }
            else
            {
                into[n++] = (byte)(0xE0 | (c >> 12));
                into[n++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                into[n++] = (byte)(0x80 | (c & 0x3F));
            }
        }
        written = n;
        return true;
    }
}
