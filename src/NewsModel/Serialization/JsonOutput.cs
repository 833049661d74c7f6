using System.Buffers;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsModel.Model;

namespace NewsModel.Serialization;

/// <summary>
/// Where <see cref="ArticleJsonWriter"/> writes: a <see cref="Utf8JsonWriter"/> that every call is handed to, or, for
/// JSON on one line with relaxed escaping and no extensions (JSON Lines, the tool's batches), a writer of its own that
/// puts the UTF-8 bytes into a pooled buffer and hands them to the output where the other would flush.
/// </summary>
/// <remarks>
/// The own writer writes byte for byte what <see cref="Utf8JsonWriter"/> writes with
/// <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>, not indented and unvalidated: a comma before each
/// property or value that follows another at its level, each property name as encoded once, numbers in invariant
/// digits, strings escaped by <see cref="RelaxedJsonText"/> or, where that declines (an ASCII control character, a
/// surrogate), by a <see cref="Utf8JsonWriter"/> of its own. It keeps no state but
/// whether a comma is owed: the article writer's calls follow the model's fixed shape, which the schema and
/// round-trip tests hold it to. In ahead-of-time code <see cref="Utf8JsonWriter"/>'s per-call work (its state, the
/// escaping question asked of each short string, its number formatting) was most of the cost of writing an article.
/// Tests compare both writers over articles holding every kind of string.
/// Not thread-safe; one per article.
/// </remarks>
internal sealed class JsonOutput : IDisposable
{
    /// <summary>Bytes held before they are handed to the output: a writer over a stream otherwise buffers a whole article.</summary>
    private const int FlushAt = 1 << 16;

    /// <summary>Strings longer than this many UTF-16 units are escaped in segments of this size.</summary>
    private const int Segment = 1 << 13;

    /// <summary>The room the own writer asks of the output at a time: an article's JSON line is mostly under this.</summary>
    private const int FirstBufferBytes = 1 << 13;

    private static readonly JsonWriterOptions ScratchOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly Utf8JsonWriter? _writer;
    private readonly IBufferWriter<byte>? _output;
    private readonly bool _relaxed;

    /// <summary>
    /// Where the own writer writes: the output's own array when its memory is one (nothing is copied), else a pooled
    /// array of this writer's (<see cref="_owned"/>), copied to the output when handed on.
    /// </summary>
    private byte[] _buffer = [];
    private bool _owned;

    /// <summary>The bytes written and not yet handed on are <c>_buffer[_start.._pos]</c>; there is room up to <see cref="_end"/>.</summary>
    private int _start, _pos, _end;

    /// <summary>True when the next property or value at this level follows another, so a comma is owed.</summary>
    private bool _comma;

    private JsonOutput(Utf8JsonWriter writer)
    {
        _writer = writer;
        _relaxed = RelaxedJsonText.Applies(writer);
    }

    private JsonOutput(IBufferWriter<byte> output)
    {
        _output = output;
        Acquire(FirstBufferBytes);
    }

    /// <summary>The output for <paramref name="options"/>: the own writer when they ask for what it writes, else a <see cref="Utf8JsonWriter"/>.</summary>
    public static JsonOutput For(IBufferWriter<byte> output, NewsJsonOptions options) =>
        options.Indented || options.HtmlSafe || !options.Extensions.IsEmpty
            ? new(new Utf8JsonWriter(output, ArticleJsonWriter.WriterOptions(options)))
            : new(output);

    /// <summary>The output for <paramref name="stream"/>: always a <see cref="Utf8JsonWriter"/>, which flushes the stream as it hands on.</summary>
    public static JsonOutput For(Stream stream, NewsJsonOptions options) => new(new Utf8JsonWriter(stream, ArticleJsonWriter.WriterOptions(options)));

    /// <summary>An output that hands every call to <paramref name="writer"/> (tests compare both writers through it).</summary>
    internal static JsonOutput Over(Utf8JsonWriter writer) => new(writer);

    /// <summary>An output that writes itself into <paramref name="output"/>, as <see cref="For(IBufferWriter{byte}, NewsJsonOptions)"/> does for one line.</summary>
    internal static JsonOutput Own(IBufferWriter<byte> output) => new(output);

    /// <summary>The writer every call goes to, which extensions write their properties to; null for the own writer, which serves no extension.</summary>
    public Utf8JsonWriter? Writer => _writer;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteStartObject()
    {
        if (_writer is { } w)
        {
            w.WriteStartObject();
            return;
        }
        var into = Reserve(2);
        int n = Comma(into);
        into[n] = (byte)'{';
        _pos += n + 1;
        _comma = false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteStartObject(JsonName name)
    {
        if (_writer is { } w)
        {
            w.WriteStartObject(name.Encoded);
            return;
        }
        Name(name, '{');
        _comma = false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteEndObject()
    {
        if (_writer is { } w)
        {
            w.WriteEndObject();
            return;
        }
        End('}');
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteStartArray(JsonName name)
    {
        if (_writer is { } w)
        {
            w.WriteStartArray(name.Encoded);
            return;
        }
        Name(name, '[');
        _comma = false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteEndArray()
    {
        if (_writer is { } w)
        {
            w.WriteEndArray();
            return;
        }
        End(']');
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WritePropertyName(JsonName name)
    {
        if (_writer is { } w)
        {
            w.WritePropertyName(name.Encoded);
            return;
        }
        Name(name);
        _comma = false;
    }

    /// <summary>A string property; null writes <c>null</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteString(JsonName name, string? value)
    {
        if (_writer is { } w)
        {
            w.WriteString(name.Encoded, value);
            return;
        }
        if (value is null)
        {
            WriteNull(name);
            return;
        }
        Name(name);
        Quoted(value);
    }

    /// <summary>
    /// A string property that may be as long as the input (a paragraph, a statement, a headline): escaped by
    /// <see cref="RelaxedJsonText"/> where it applies, and written in segments when long. Null writes <c>null</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteText(JsonName name, string? value)
    {
        if (_writer is { } w)
        {
            Forward(w, name, value);
            return;
        }
        if (value is null)
        {
            WriteNull(name);
            return;
        }
        Name(name);
        Quoted(value);
    }

    /// <summary>A text property given as characters (a paragraph's, read from the source without a string made for it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteText(JsonName name, ReadOnlySpan<char> value)
    {
        if (_writer is { } w)
        {
            Forward(w, name, value);
            return;
        }
        Name(name);
        Quoted(value);
    }

    /// <summary>
    /// A text property joined from pieces of <paramref name="source"/>, a space before each piece whose bit is set in
    /// <paramref name="spaces"/>, written by the own writer only (<see cref="Writer"/> is null): each piece escaped
    /// where it stands, so no string is made for the text. The caller makes sure no surrogate pair is cut at a join,
    /// so the pieces escape as the joined text would.
    /// </summary>
    public void WriteText(JsonName name, string source, ReadOnlySpan<TextSpan> pieces, ulong spaces)
    {
        Debug.Assert(_writer is null, "a Utf8JsonWriter is handed the text's string");
        Name(name);
        long most = 2;
        foreach (var piece in pieces) most += (long)piece.Length * RelaxedJsonText.MaxBytesPerChar + 1;
        int from = 0;
        if (most <= Segment * RelaxedJsonText.MaxBytesPerChar)
        {
            // One check of room for the whole text, then each piece by the scan Quoted inlines, as one string is.
            if (_end - _pos < most) Grow((int)most);
            ref byte at = ref MemoryMarshal.GetArrayDataReference(_buffer);
            int pos = _pos;
            Unsafe.Add(ref at, pos++) = (byte)'"';
            for (; from < pieces.Length; from++)
            {
                int space = (int)((spaces >> from) & 1);
                Unsafe.Add(ref at, pos) = (byte)' ';
                var piece = pieces[from];
                int written = RelaxedJsonText.TryWriteContent(source.AsSpan(piece.Start, piece.Length), ref Unsafe.Add(ref at, pos + space));
                if (written < 0) break;
                pos += space + written;
            }
            _pos = pos;
            if (from == pieces.Length)
            {
                Unsafe.Add(ref at, _pos++) = (byte)'"';
                _comma = true;
                return;
            }
        }
        else
        {
            Reserve(1)[0] = (byte)'"';
            _pos++;
        }
        // A piece the scan declines (a control character, a lone surrogate) or a long text: the rest a segment at a time.
        for (; from < pieces.Length; from++)
        {
            if (((spaces >> from) & 1) != 0)
            {
                Reserve(1)[0] = (byte)' ';
                _pos++;
            }
            EscapedInSegments(source.AsSpan(pieces[from].Start, pieces[from].Length));
        }
        Reserve(1)[0] = (byte)'"';
        _pos++;
        _comma = true;
    }

    /// <summary>A string property whose value is an enum name, encoded once.</summary>
    /// <remarks>The comma, the name and the quoted value are written after one check of room, each padded one by two fixed-size moves.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteString(JsonName name, JsonEnumName value)
    {
        if (_writer is { } w)
        {
            w.WriteString(name.Encoded, value.Encoded);
            return;
        }
        const int Most = 1 + 2 * JsonName.PaddedBytes;
        if (_end - _pos < Most) Grow(Most);
        ref byte at = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_buffer), _pos);
        int n = CommaAndName(ref at, name);
        MovePadded(ref Unsafe.Add(ref at, n), value.Padded);
        _pos += n + value.Length;
        _comma = true;
    }

    /// <summary>Moves <see cref="JsonName.PaddedBytes"/> bytes of <paramref name="padded"/> to <paramref name="at"/>, as one 16-byte and one 8-byte move.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void MovePadded(ref byte at, byte[] padded)
    {
        ref byte from = ref MemoryMarshal.GetArrayDataReference(padded);
        Unsafe.WriteUnaligned(ref at, Unsafe.ReadUnaligned<Vector128<byte>>(ref from));
        Unsafe.WriteUnaligned(ref Unsafe.Add(ref at, 16), Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref from, 16)));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteStringValue(string value)
    {
        if (_writer is { } w)
        {
            w.WriteStringValue(value);
            return;
        }
        _pos += Comma(Reserve(1));
        Quoted(value);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteNumber(JsonName name, int value)
    {
        if (_writer is { } w)
        {
            w.WriteNumber(name.Encoded, value);
            return;
        }
        Name(name);
        _pos += Int(Reserve(MaxIntBytes), value);
        _comma = true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteNull(JsonName name)
    {
        if (_writer is { } w)
        {
            w.WriteNull(name.Encoded);
            return;
        }
        Name(name);
        Null();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteNullValue()
    {
        if (_writer is { } w)
        {
            w.WriteNullValue();
            return;
        }
        _pos += Comma(Reserve(1));
        Null();
    }

    /// <summary>A span as <c>[start, length]</c>, on one line even in indented output: short and diff-friendly.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteSpanValue(TextSpan span)
    {
        if (_writer is { } w)
        {
            ForwardSpan(w, span);
            return;
        }
        var into = Reserve(2 * MaxIntBytes + 5);
        int n = Comma(into);
        n += SpanText(into[n..], span);
        _pos += n;
        _comma = true;
    }

    /// <summary>A span property: <c>"name":[start, length]</c>, after one check of room for all of it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteSpan(JsonName name, TextSpan span)
    {
        if (_writer is { } w)
        {
            w.WritePropertyName(name.Encoded);
            ForwardSpan(w, span);
            return;
        }
        const int Most = JsonName.PaddedBytes + 1 + 2 * MaxIntBytes + 4;
        if (_end - _pos < Most) Grow(Most);
        Name(name);
        _pos += SpanText(_buffer.AsSpan(_pos), span);
        _comma = true;
    }

    /// <summary>A span through <see cref="Utf8JsonWriter"/>, formatted on the stack: a string per span was the serializer's largest allocation.</summary>
    private static void ForwardSpan(Utf8JsonWriter w, TextSpan span)
    {
        Span<byte> buffer = stackalloc byte[2 * MaxIntBytes + 4];
        w.WriteRawValue(buffer[..SpanText(buffer, span)], skipInputValidation: true);
    }

    /// <summary>Hands what is held to the output once it passes <see cref="FlushAt"/>, so a huge article is handed on a chunk at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void FlushWhenFull()
    {
        if (_writer is { } w)
        {
            if (w.BytesPending >= FlushAt) w.Flush();
        }
        else if (_pos - _start >= FlushAt)
        {
            Commit();
        }
    }

    /// <summary>Hands on what is held (after a failure too, as <see cref="Utf8JsonWriter"/> does when disposed) and releases the buffer.</summary>
    public void Dispose()
    {
        if (_writer is { } w)
        {
            w.Dispose();
            return;
        }
        try
        {
            Commit();
        }
        finally
        {
            if (_owned) ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
            _owned = false;
            _start = _pos = _end = 0;
        }
    }

    /// <summary>The most bytes an <see cref="int"/> takes: a sign and ten digits.</summary>
    private const int MaxIntBytes = 11;

    /// <summary>
    /// A text property through <see cref="Utf8JsonWriter"/>. A value the writer would escape whole in a buffer six
    /// times its length, reserving three bytes per escaped character, is written in segments, each handed on as the
    /// writer fills: the JSON is the same and the memory one segment's.
    /// </summary>
    private void Forward(Utf8JsonWriter w, JsonName name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name.Encoded);
            return;
        }
        Forward(w, name, value.AsSpan());
    }

    private void Forward(Utf8JsonWriter w, JsonName name, ReadOnlySpan<char> value)
    {
        if (value.Length <= Segment)
        {
            if (!_relaxed || !RelaxedJsonText.TryWrite(w, name.Encoded, value)) w.WriteString(name.Encoded, value);
            return;
        }
        w.WritePropertyName(name.Encoded);
        var rest = value;
        while (rest.Length > Segment)
        {
            int cut = Cut(rest);
            w.WriteStringValueSegment(rest[..cut], isFinalSegment: false);
            rest = rest[cut..];
            FlushWhenFull();
        }
        w.WriteStringValueSegment(rest, isFinalSegment: true);
    }

    /// <summary>Where a segment ends: never between the two halves of a surrogate pair, so each escapes as the whole would.</summary>
    private static int Cut(ReadOnlySpan<char> rest) => char.IsHighSurrogate(rest[Segment - 1]) ? Segment - 1 : Segment;

    /// <summary>The string in quotes, escaped.</summary>
    private void Quoted(ReadOnlySpan<char> value)
    {
        if (value.Length <= Segment)
        {
            int most = value.Length * RelaxedJsonText.MaxBytesPerChar + 2;
            if (_end - _pos < most) Grow(most);
            // The room was just made sure of: the scan writes without a check per byte.
            int written = RelaxedJsonText.TryWriteQuoted(value, ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_buffer), _pos));
            if (written >= 0)
            {
                _pos += written;
                _comma = true;
                return;
            }
        }
        QuotedInSegments(value);
    }

    /// <summary>The string in quotes, escaped a segment at a time (each by the writer where the scan declines), handed on as the buffer fills.</summary>
    private void QuotedInSegments(ReadOnlySpan<char> value)
    {
        Reserve(1)[0] = (byte)'"';
        _pos++;
        EscapedInSegments(value);
        Reserve(1)[0] = (byte)'"';
        _pos++;
        _comma = true;
    }

    /// <summary>The text escaped a segment at a time (each by the writer where the scan declines), handed on as the buffer fills.</summary>
    private void EscapedInSegments(ReadOnlySpan<char> value)
    {
        while (value.Length > Segment)
        {
            int cut = Cut(value);
            Escaped(value[..cut]);
            value = value[cut..];
            FlushWhenFull();
        }
        Escaped(value);
    }

    private void Escaped(ReadOnlySpan<char> value)
    {
        var into = Reserve(value.Length * RelaxedJsonText.MaxBytesPerChar);
        if (RelaxedJsonText.TryEscapeContent(value, into, out int written))
        {
            _pos += written;
            return;
        }
        // Rare in news text: the writer escapes it, and its quotes are dropped.
        var scratch = new ArrayBufferWriter<byte>(value.Length * 6 + 2);
        using (var w = new Utf8JsonWriter(scratch, ScratchOptions)) w.WriteStringValue(value);
        var escaped = scratch.WrittenSpan[1..^1];
        escaped.CopyTo(Reserve(escaped.Length));
        _pos += escaped.Length;
    }

    private void Null()
    {
        "null"u8.CopyTo(Reserve(4));
        _pos += 4;
        _comma = true;
    }

    private void End(char bracket)
    {
        Reserve(1)[0] = (byte)bracket;
        _pos++;
        _comma = true;
    }

    /// <summary>Writes the comma owed, if any, at the start of <paramref name="into"/>; returns the bytes written.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Comma(Span<byte> into)
    {
        if (!_comma) return 0;
        into[0] = (byte)',';
        return 1;
    }

    /// <summary>The comma owed, the name in quotes and its colon, then <paramref name="open"/> if given.</summary>
    /// <remarks>Inlined: it is called for every property, and the call and its saved registers cost about as much as its work.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Name(JsonName name, char open = '\0')
    {
        const int Most = JsonName.PaddedBytes + 2;
        if (_end - _pos < Most) Grow(Most);
        // Room for the comma, the padded name and the bracket was just made sure of, so the bytes are written
        // without a check each: the comma always, kept by moving on one byte when owed; the padded name whole by
        // two fixed-size moves, cheaper than a copy of its exact length; the bracket after the name.
        ref byte at = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_buffer), _pos);
        int n = CommaAndName(ref at, name);
        if (open != '\0') Unsafe.Add(ref at, n++) = (byte)open;
        _pos += n;
    }

    /// <summary>
    /// Writes at <paramref name="at"/>, where room was made sure of, the comma (always, kept by moving on one byte only
    /// when owed) and the padded name whole; returns the bytes kept.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int CommaAndName(ref byte at, JsonName name)
    {
        at = (byte)',';
        int n = _comma ? 1 : 0;
        MovePadded(ref Unsafe.Add(ref at, n), name.Padded);
        return n + name.Length;
    }

    /// <summary><c>[start, length]</c> into <paramref name="into"/> (room for <see cref="MaxIntBytes"/> twice and four); returns its length.</summary>
    private static int SpanText(Span<byte> into, TextSpan span)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(into.Length, 2 * MaxIntBytes + 4);
        // The room was checked once above, so the digits are written without a check each.
        ref byte at = ref MemoryMarshal.GetReference(into);
        at = (byte)'[';
        int n = 1 + Int(ref Unsafe.Add(ref at, 1), span.Start);
        Unsafe.Add(ref at, n) = (byte)',';
        Unsafe.Add(ref at, n + 1) = (byte)' ';
        n += 2;
        n += Int(ref Unsafe.Add(ref at, n), span.Length);
        Unsafe.Add(ref at, n) = (byte)']';
        return n + 1;
    }

    /// <summary>The invariant digits of <paramref name="value"/> into <paramref name="into"/>, which has room for <see cref="MaxIntBytes"/>; returns how many bytes.</summary>
    private static int Int(Span<byte> into, int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(into.Length, MaxIntBytes);
        return Int(ref MemoryMarshal.GetReference(into), value);
    }

    /// <summary>The invariant digits of <paramref name="value"/> at <paramref name="into"/>, two at a time; the caller has made room for <see cref="MaxIntBytes"/>.</summary>
    /// <remarks>
    /// Spans' starts and lengths and paragraph numbers are nearly all under 10,000: those are written as one or two
    /// pairs of digits straight from their value, with no count of digits first and no loop.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Int(ref byte into, int value)
    {
        if ((uint)value < 10000) return UnderTenThousand(ref into, (uint)value);
        return AnyInt(ref into, value);
    }

    /// <summary>The digits of <paramref name="u"/> (under 10,000) at <paramref name="into"/>; returns how many.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int UnderTenThousand(ref byte into, uint u)
    {
        ref byte pairs = ref MemoryMarshal.GetReference(DigitPairs);
        if (u < 100) return Pair(ref into, u, ref pairs);
        uint high = u / 100;
        int n = Pair(ref into, high, ref pairs);
        nuint low = (u - high * 100) * 2;
        Unsafe.Add(ref into, n) = Unsafe.Add(ref pairs, low);
        Unsafe.Add(ref into, n + 1) = Unsafe.Add(ref pairs, low + 1);
        return n + 2;
    }

    /// <summary>The digits of <paramref name="u"/> (under 100) at <paramref name="into"/>, without a leading zero; returns how many.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Pair(ref byte into, uint u, ref byte pairs)
    {
        if (u < 10)
        {
            into = (byte)('0' + u);
            return 1;
        }
        into = Unsafe.Add(ref pairs, u * 2);
        Unsafe.Add(ref into, 1) = Unsafe.Add(ref pairs, u * 2 + 1);
        return 2;
    }

    /// <summary>The invariant digits of any <paramref name="value"/> at <paramref name="into"/>, two at a time from the end.</summary>
    private static int AnyInt(ref byte into, int value)
    {
        int n = 0;
        uint u = (uint)value;
        if (value < 0)
        {
            into = (byte)'-';
            n = 1;
            u = 0u - u;
        }
        int end = n + Digits(u);
        int at = end;
        ref byte pairs = ref MemoryMarshal.GetReference(DigitPairs);
        while (u >= 100)
        {
            uint rest = u / 100;
            nuint pair = (u - rest * 100) * 2;
            Unsafe.Add(ref into, at - 2) = Unsafe.Add(ref pairs, pair);
            Unsafe.Add(ref into, at - 1) = Unsafe.Add(ref pairs, pair + 1);
            at -= 2;
            u = rest;
        }
        if (u >= 10)
        {
            nuint pair = u * 2;
            Unsafe.Add(ref into, at - 2) = Unsafe.Add(ref pairs, pair);
            Unsafe.Add(ref into, at - 1) = Unsafe.Add(ref pairs, pair + 1);
        }
        else
        {
            Unsafe.Add(ref into, at - 1) = (byte)('0' + u);
        }
        return end;
    }

    private static ReadOnlySpan<byte> DigitPairs =>
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"u8;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Digits(uint u) =>
        u < 10 ? 1 : u < 100 ? 2 : u < 1000 ? 3 : u < 10000 ? 4 : u < 100000 ? 5
        : u < 1000000 ? 6 : u < 10000000 ? 7 : u < 100000000 ? 8 : u < 1000000000 ? 9 : 10;

    /// <summary>Room for <paramref name="bytes"/> more bytes at <see cref="_pos"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<byte> Reserve(int bytes)
    {
        if (_end - _pos < bytes) Grow(bytes);
        return _buffer.AsSpan(_pos, _end - _pos);
    }

    /// <summary>Hands on what is written and takes room for <paramref name="bytes"/> more, as <see cref="Utf8JsonWriter"/> does when its memory is full.</summary>
    private void Grow(int bytes)
    {
        ObjectDisposedException.ThrowIf(_output is null, this);
        Commit();
        if (!_owned)
        {
            Acquire(Math.Max(bytes, FirstBufferBytes));
        }
        else if (_buffer.Length < bytes)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(bytes);
            _end = _buffer.Length;
        }
    }

    /// <summary>Takes room for at least <paramref name="bytes"/> bytes from the output: its own array when it has one.</summary>
    private void Acquire(int bytes)
    {
        var memory = _output!.GetMemory(bytes);
        if (MemoryMarshal.TryGetArray<byte>(memory, out var segment) && segment.Count >= bytes)
        {
            _buffer = segment.Array!;
            _start = _pos = segment.Offset;
            _end = segment.Offset + segment.Count;
            return;
        }
        _owned = true;
        _buffer = ArrayPool<byte>.Shared.Rent(bytes);
        _start = _pos = 0;
        _end = _buffer.Length;
    }

    /// <summary>Hands what is written to the output; the output's memory is then no longer this writer's to write.</summary>
    private void Commit()
    {
        int count = _pos - _start;
        if (count == 0) return;
        // Taken back before the output is told, so that an output that fails is never handed the same bytes twice.
        _pos = _start;
        if (_owned)
        {
            _buffer.AsSpan(_start, count).CopyTo(_output!.GetSpan(count));
        }
        else
        {
            _end = _pos;
        }
        _output!.Advance(count);
    }
}

/// <summary>A property name of the canonical JSON, encoded once: for <see cref="Utf8JsonWriter"/>, and in quotes with its colon for the own writer.</summary>
internal sealed class JsonName
{
    /// <summary>The room <see cref="Padded"/> takes: the longest name of the canonical JSON in quotes with its colon fits.</summary>
    public const int PaddedBytes = 24;

    public JsonName(string name)
    {
        Encoded = JsonEncodedText.Encode(name);
        var bytes = Encoded.EncodedUtf8Bytes;
        Length = bytes.Length + 3;
        if (Length > PaddedBytes) throw new ArgumentException($"The property name '{name}' is longer than {PaddedBytes - 3} bytes.", nameof(name));
        var padded = new byte[PaddedBytes];
        padded[0] = (byte)'"';
        bytes.CopyTo(padded.AsSpan(1));
        padded[Length - 2] = (byte)'"';
        padded[Length - 1] = (byte)':';
        Padded = padded;
    }

    public JsonEncodedText Encoded { get; }

    /// <summary><c>"name":</c> as UTF-8, then zeros up to <see cref="PaddedBytes"/>.</summary>
    public byte[] Padded { get; }

    /// <summary>The length of <c>"name":</c>.</summary>
    public int Length { get; }
}

/// <summary>An enum value's name in the canonical JSON, encoded once: for <see cref="Utf8JsonWriter"/>, and in quotes for the own writer.</summary>
internal sealed class JsonEnumName
{
    public JsonEnumName(string name)
    {
        Encoded = JsonEncodedText.Encode(name);
        var bytes = Encoded.EncodedUtf8Bytes;
        Length = bytes.Length + 2;
        if (Length > JsonName.PaddedBytes) throw new ArgumentException($"The enum name '{name}' is longer than {JsonName.PaddedBytes - 2} bytes.", nameof(name));
        var padded = new byte[JsonName.PaddedBytes];
        padded[0] = (byte)'"';
        bytes.CopyTo(padded.AsSpan(1));
        padded[Length - 1] = (byte)'"';
        Padded = padded;
    }

    public JsonEncodedText Encoded { get; }

    /// <summary><c>"name"</c> as UTF-8, then zeros up to <see cref="JsonName.PaddedBytes"/>.</summary>
    public byte[] Padded { get; }

    /// <summary>The length of <c>"name"</c>.</summary>
    public int Length { get; }
}
