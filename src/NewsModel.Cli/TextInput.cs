using System.Text;

namespace NewsModel.Cli;

/// <summary>
/// Reads an input as text. Only UTF-8 is read, with or without its byte order mark: bytes that are not UTF-8 make
/// the input fail with a clear message rather than be decoded as some other encoding or with U+FFFD in place of
/// its bytes. A UTF-16 or UTF-32 byte order mark is therefore no reason to switch encodings: a Latin-1 text that
/// happens to start with FF FE is refused like any other non-UTF-8 text, and a real UTF-16 file too.
/// Only regular files are opened, so a FIFO or a device never blocks the run.
/// </summary>
internal static class TextInput
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of the file at <paramref name="path"/>, and its size in bytes.</summary>
    /// <exception cref="InvalidDataException">When the path is not a regular file, or its bytes are not UTF-8.</exception>
    /// <exception cref="IOException">When the file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">When the file may not be read.</exception>
    public static (string Text, long Bytes) ReadFile(string path)
    {
        var kind = FileKinds.Of(path);
        if (kind is not (FileKind.Regular or FileKind.Unknown))
        {
            throw new InvalidDataException($"{FileKinds.Describe(kind)}, not a regular file: not read");
        }
        var bytes = File.ReadAllBytes(path);
        return (Decode(bytes), bytes.Length);
    }

    /// <summary>Everything left on <paramref name="stream"/> as text, and its size in bytes.</summary>
    public static (string Text, long Bytes) ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return (Decode(copy.GetBuffer().AsSpan(0, (int)copy.Length)), copy.Length);
    }

    /// <summary>Decodes UTF-8, dropping a leading byte order mark.</summary>
    /// <exception cref="InvalidDataException">When <paramref name="bytes"/> are not UTF-8.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var text = bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
        try
        {
            return StrictUtf8.GetString(text);
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidDataException(NotUtf8(bytes, e.Index + (bytes.Length - text.Length)), e);
        }
    }

    private static string NotUtf8(ReadOnlySpan<byte> bytes, int index)
    {
        var where = index >= 0 && index < bytes.Length ? $" (byte 0x{bytes[index]:X2} at offset {index})" : "";
        string bom = bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])
            ? "; it starts like a UTF-16 or UTF-32 byte order mark, but only UTF-8 is read"
            : "";
        return $"not UTF-8 text{where}{bom}";
    }
}
