using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
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
/// This scan copies runs of plain ASCII at once (with SSE2 sixteen units a step, narrowed, stored and tested together;
/// elsewhere found by the framework's vectorized search and narrowed by <see cref="Ascii.FromUtf16"/>), writes the five escapes news text has (<c>\"</c>, <c>\\</c>, <c>\n</c>, <c>\r</c>, <c>\t</c>) as the encoder writes
/// them, encodes other characters the encoder lets through as UTF-8, and writes a character beyond ASCII that the
/// encoder escapes (a no-break space, which news copy has, a C1 control, a line separator) as <c>\uXXXX</c>, as the
/// encoder does. Which characters those are is asked of the encoder itself (<see cref="TextEncoder.WillEncode"/>),
/// never listed here. Anything else (another ASCII control character, a surrogate) makes it decline, and the caller
/// writes the string through <see cref="Utf8JsonWriter"/> as before. A test compares both writers over every UTF-16 unit.
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

    /// <summary>
    /// The escaped form of <paramref name="value"/> without quotes, as UTF-8 in <paramref name="into"/> (room for three
    /// bytes a unit), as <see cref="Utf8JsonWriter"/> writes it with the relaxed encoder; false, with an unspecified
    /// part of <paramref name="into"/> written, when the value holds a character this scan leaves to the writer.
    /// </summary>
    internal static bool TryEscapeContent(ReadOnlySpan<char> value, Span<byte> into, out int written)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(into.Length, value.Length * MaxBytesPerChar, nameof(into));
        written = Escape(value, ref MemoryMarshal.GetReference(into));
        if (written >= 0) return true;
        written = 0;
        return false;
    }

    /// <summary>
    /// The JSON string of <paramref name="value"/>, quotes included, as UTF-8 at <paramref name="into"/>, which the
    /// caller has made room at for <see cref="MaxBytesPerChar"/> bytes a unit and two; returns the bytes written, or
    /// -1 (with an unspecified part of that room written) when the value holds a character this scan leaves to the writer.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int TryWriteQuoted(ReadOnlySpan<char> value, ref byte into)
    {
        into = (byte)'"';
        int n = Escape(value, ref Unsafe.Add(ref into, 1));
        if (n < 0) return -1;
        Unsafe.Add(ref into, n + 1) = (byte)'"';
        return n + 2;
    }

    /// <summary>
    /// The escaped form of <paramref name="value"/> without quotes at <paramref name="into"/>, which the caller has made
    /// room at for <see cref="MaxBytesPerChar"/> bytes a unit; returns the bytes written, or -1 (with an unspecified
    /// part of that room written) when the value holds a character this scan leaves to the writer.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int TryWriteContent(ReadOnlySpan<char> value, ref byte into) => Escape(value, ref into);

    /// <summary>The escaped form of <paramref name="value"/> at <paramref name="into"/> (room for three bytes a unit, made sure of by the caller); its length, or -1.</summary>
    /// <remarks>Inlined with the scan into the own writer's one call per string: a call and its saved registers cost as much as a short string's scan.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Escape(ReadOnlySpan<char> value, ref byte into) =>
        Sse2.IsSupported && VectorChecked
            ? EscapeSse2(ref Unsafe.As<char, short>(ref MemoryMarshal.GetReference(value)), value.Length, ref into)
            : TryEscapeContentBySearch(value, MemoryMarshal.CreateSpan(ref into, value.Length * MaxBytesPerChar), out int written) ? written : -1;

    /// <summary>
    /// True when every ASCII character the vector steps let through is one the encoder writes as it is: those steps
    /// stop at controls, DEL, <c>"</c>, <c>\\</c> and anything beyond ASCII, and leave the rest to the encoder's
    /// own answer, asked once here.
    /// </summary>
    private static readonly bool VectorChecked = LetThroughArePlain();

    private static bool LetThroughArePlain()
    {
        for (char c = ' '; c < '\u007F'; c++)
        {
            if (c is not ('"' or '\\') && !IsPlain[c]) return false;
        }
        return true;
    }

    /// <summary>
    /// The scan with SSE2. Sixteen units at a time are narrowed to bytes (with saturation, so that any unit beyond a
    /// byte becomes 0 or 0xFF, which the test stops at), stored, then tested: a run of plain ASCII costs two loads,
    /// one store and one test per sixteen units, and a unit the test stops at is written on its own, the bytes
    /// stored past it being written over. A text's last units are taken in one step of sixteen, eight or four
    /// ending at the text's end, when the units it reaches back over were written one byte each (their bytes are
    /// written again as they were); otherwise in steps of eight or four, then one at a time. The caller has made
    /// room for three bytes a unit, which covers every store: a step writes no more bytes than it reads units.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int EscapeSse2(ref short src, int length, ref byte dst)
    {
        int n = 0, i = 0;
        // The units from here up to i were written one byte each.
        int oneToOne = 0;
        while (true)
        {
            uint stops;
            // In a run of plain steps the output moves on as the input does: the loop moves the input's position
            // alone, and writes through the output shifted by how far ahead of it the escapes have put it.
            int ahead = n - i;
            ref byte shifted = ref Unsafe.Add(ref dst, ahead);
            for (int lastStep = length - 16; i <= lastStep;)
            {
                var bytes = Narrow(ref src, i, 16);
                Store(bytes, ref shifted, i, 16);
                stops = StopMask(bytes, 16);
                if (stops != 0)
                {
                    n = i + ahead;
                    goto Stop;
                }
                i += 16;
            }
            n = i + ahead;
            int rest = length - i;
            if (rest == 0) return n;
            int last = length - 16 >= oneToOne ? 16 : length - 8 >= oneToOne ? 8 : length - 4 >= oneToOne ? 4 : 0;
            if (last >= rest)
            {
                int back = last - rest;
                var bytes = Narrow(ref src, length - last, last);
                Store(bytes, ref dst, n - back, last);
                stops = StopMask(bytes, last) >> back;
                if (stops == 0) return n + rest;
                goto Stop;
            }
            if (rest >= 4)
            {
                int width = rest >= 8 ? 8 : 4;
                var bytes = Narrow(ref src, i, width);
                Store(bytes, ref dst, n, width);
                stops = StopMask(bytes, width);
                if (stops != 0) goto Stop;
                i += width;
                n += width;
                continue;
            }
            var plain = IsPlain;
            while (i < length)
            {
                char a = (char)Unsafe.Add(ref src, i);
                if (a >= '\u0080' || !plain[a]) break;
                Unsafe.Add(ref dst, n++) = (byte)a;
                i++;
            }
            if (i == length) return n;
            goto Unit;
        Stop:
            int plainUnits = BitOperations.TrailingZeroCount(stops);
            i += plainUnits;
            n += plainUnits;
        Unit:
            n = WriteUnit((char)Unsafe.Add(ref src, i), ref dst, n, MaxBytesPerChar * (i + 1));
            if (n < 0) return -1;
            i++;
            oneToOne = i;
        }
    }

    /// <summary>The <paramref name="width"/> (16, 8 or 4) units at <paramref name="at"/> narrowed to bytes with saturation, in the vector's first <paramref name="width"/> bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Narrow(ref short src, int at, int width)
    {
        if (width == 16) return Sse2.PackUnsignedSaturate(Vector128.LoadUnsafe(ref src, (nuint)at), Vector128.LoadUnsafe(ref src, (nuint)at + 8));
        var units = width == 8
            ? Vector128.LoadUnsafe(ref src, (nuint)at)
            : Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<short, byte>(ref Unsafe.Add(ref src, at)))).AsInt16();
        return Sse2.PackUnsignedSaturate(units, units);
    }

    /// <summary>Stores the vector's first <paramref name="width"/> (16, 8 or 4) bytes at <c>dst[at]</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(Vector128<byte> bytes, ref byte dst, int at, int width)
    {
        if (width == 16) bytes.StoreUnsafe(ref dst, (nuint)at);
        else if (width == 8) Unsafe.WriteUnaligned(ref Unsafe.Add(ref dst, at), bytes.AsUInt64().ToScalar());
        else Unsafe.WriteUnaligned(ref Unsafe.Add(ref dst, at), bytes.AsUInt32().ToScalar());
    }

    /// <summary>
    /// A bit for each of the first <paramref name="width"/> bytes that the vector steps stop at: controls and
    /// anything beyond ASCII (0x80 and up, negative as a signed byte), DEL, <c>"</c> and <c>\\</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint StopMask(Vector128<byte> bytes, int width)
    {
        var stops = Sse2.Or(
            Sse2.Or(Sse2.CompareLessThan(bytes.AsSByte(), Vector128.Create((sbyte)0x20)).AsByte(), Sse2.CompareEqual(bytes, Vector128.Create((byte)0x7F))),
            Sse2.Or(Sse2.CompareEqual(bytes, Vector128.Create((byte)'"')), Sse2.CompareEqual(bytes, Vector128.Create((byte)'\\'))));
        return (uint)Sse2.MoveMask(stops) & ((1u << width) - 1);
    }

    /// <summary>
    /// Writes one unit that is not plain ASCII at <c>dst[n]</c>: one of the five escapes, a plain ASCII character, a
    /// character beyond ASCII the encoder lets through as UTF-8, or one it escapes (a no-break space, a C1 control, a
    /// line separator) as <c>\uXXXX</c>. Returns where the output now ends, or -1 for a unit this scan leaves to the
    /// writer.
    /// </summary>
    /// <remarks>
    /// <paramref name="most"/> is the most the output may end at after this unit: <see cref="MaxBytesPerChar"/> bytes
    /// for each unit up to and including it, the room the caller made. Every other unit takes at most that, so the
    /// output never passes it; a six-byte escape is written only where the units before it left room for it, and is
    /// otherwise left to the writer.
    /// </remarks>
    private static int WriteUnit(char c, ref byte dst, int n, int most)
    {
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
            Unsafe.Add(ref dst, n) = (byte)'\\';
            Unsafe.Add(ref dst, n + 1) = (byte)escape;
            return n + 2;
        }
        if (c < '\u0080')
        {
            if (!IsPlain[c]) return -1;
            Unsafe.Add(ref dst, n) = (byte)c;
            return n + 1;
        }
        if (char.IsSurrogate(c)) return -1;
        if (Encoder.WillEncode(c)) return n + HexEscapeBytes <= most ? WriteHexEscape(c, ref dst, n) : -1;
        if (c < '\u0800')
        {
            Unsafe.Add(ref dst, n) = (byte)(0xC0 | (c >> 6));
            Unsafe.Add(ref dst, n + 1) = (byte)(0x80 | (c & 0x3F));
            return n + 2;
        }
        Unsafe.Add(ref dst, n) = (byte)(0xE0 | (c >> 12));
        Unsafe.Add(ref dst, n + 1) = (byte)(0x80 | ((c >> 6) & 0x3F));
        Unsafe.Add(ref dst, n + 2) = (byte)(0x80 | (c & 0x3F));
        return n + 3;
    }

    /// <summary>The bytes of <c>\uXXXX</c>.</summary>
    private const int HexEscapeBytes = 6;

    /// <summary>
    /// <c>\uXXXX</c> at <c>dst[n]</c>, with upper-case hex digits, as the encoder escapes a character of the Basic
    /// Multilingual Plane it does not let through; returns where the output now ends.
    /// </summary>
    private static int WriteHexEscape(char c, ref byte dst, int n)
    {
        ref byte digits = ref MemoryMarshal.GetReference(HexDigits);
        Unsafe.Add(ref dst, n) = (byte)'\\';
        Unsafe.Add(ref dst, n + 1) = (byte)'u';
        Unsafe.Add(ref dst, n + 2) = Unsafe.Add(ref digits, c >> 12);
        Unsafe.Add(ref dst, n + 3) = Unsafe.Add(ref digits, (c >> 8) & 0xF);
        Unsafe.Add(ref dst, n + 4) = Unsafe.Add(ref digits, (c >> 4) & 0xF);
        Unsafe.Add(ref dst, n + 5) = Unsafe.Add(ref digits, c & 0xF);
        return n + HexEscapeBytes;
    }

    private static ReadOnlySpan<byte> HexDigits => "0123456789ABCDEF"u8;

    /// <summary>Runs shorter than this are copied by a loop of their own: the vectorized search and narrowing cost more than they save on a name or an id.</summary>
    private const int ShortRun = 8;

    /// <summary>
    /// The scan on processors without SSE2: runs of plain ASCII found by the framework's vectorized search and
    /// narrowed by <see cref="Ascii.FromUtf16"/>, two calls per run.
    /// </summary>
    private static bool TryEscapeContentBySearch(ReadOnlySpan<char> value, Span<byte> into, out int written)
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
            n = WriteUnit(value[i], ref MemoryMarshal.GetReference(into), n, MaxBytesPerChar * (i + 1));
            i++;
            if (n < 0)
            {
                written = 0;
                return false;
            }
        }
        written = n;
        return true;
    }
}
