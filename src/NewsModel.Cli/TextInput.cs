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
        var kind = FileKinds.Of(path, out long size);
        if (kind is not (FileKind.Regular or FileKind.Unknown))
        {
            throw new InvalidDataException($"{FileKinds.Describe(kind)}, not a regular file: not read");
        }
        if (size is > 0 and <= ReadWholeUpTo)
        {
            if (TryReadSmall(path, (int)size) is { } quick) return quick;
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (TryReadSmall(handle, (int)size) is { } small) return small;
        }
        else
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
            long length = file.Length;
            if (length > ReadWholeUpTo && TryDecodeInChunks(file) is { } text) return (text, length);
            if (length is > 0 and <= ReadWholeUpTo && TryReadSmall(file.SafeFileHandle, (int)length) is { } small) return small;
        }
        var bytes = File.ReadAllBytes(path);
        return (Decode(bytes), bytes.Length);
    }

    /// <summary>
    /// The text of the file at <paramref name="path"/>, and its size in bytes; <paramref name="regular"/> says that a
    /// folder's listing gave it as a regular file (<see cref="InputItem.Regular"/>), so its kind is not asked again: it
    /// is read straight into a pooled buffer with three system calls. A file that fills the buffer, or that cannot
    /// be opened or read that way (it changed since it was listed), is read as any other path is, which checks its
    /// kind and says why it cannot be read.
    /// </summary>
    /// <exception cref="InvalidDataException">When the path is not a regular file, or its bytes are not UTF-8.</exception>
    /// <exception cref="IOException">When the file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">When the file may not be read.</exception>
    public static (string Text, long Bytes) ReadFile(string path, bool regular)
    {
        if (regular)
        {
            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(ListedReadBytes);
            try
            {
                // Listed as no link, it is opened as none: had a link taken its place since, the general way follows it
                // and checks what it names.
                int read = UnixFile.TryRead(path, buffer.AsSpan(0, ListedReadBytes), noFollow: true);
                if (read is >= 0 and < ListedReadBytes) return (Decode(buffer.AsSpan(0, read)), read);
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        return ReadFile(path);
    }

    /// <summary>The buffer a listed regular file is read into: a file that fills it (most news copy is far shorter) is read again the general way.</summary>
    private const int ListedReadBytes = 1 << 16;

    /// <summary>
    /// The text of a file of <paramref name="length"/> bytes (its size as the check of its kind found it), read into a
    /// pooled buffer with three system calls (<see cref="UnixFile"/>). Null when that read failed or the file did not
    /// hold exactly that many bytes: the caller then opens it the managed way, which says why it cannot be read.
    /// </summary>
    private static (string Text, long Bytes)? TryReadSmall(string path, int length)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(length + 1);
        try
        {
            return UnixFile.TryRead(path, buffer.AsSpan(0, length + 1)) == length ? (Decode(buffer.AsSpan(0, length)), length) : null;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The text of a file of <paramref name="length"/> bytes (its size as the check of its kind found it, or as the
    /// open file gives it), read by position from the handle already open into a pooled buffer: no stream, no
    /// read-ahead advice, no second question for the length, and no array allocated for the bytes. Null
    /// when the file did not hold exactly that many bytes (it changed since, or is one whose size the file system
    /// does not know); the caller then reads it whole.
    /// </summary>
    private static (string Text, long Bytes)? TryReadSmall(Microsoft.Win32.SafeHandles.SafeFileHandle handle, int length)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(length + 1);
        try
        {
            int read = 0;
            while (read <= length)
            {
                int n = RandomAccess.Read(handle, buffer.AsSpan(read, length + 1 - read), read);
                if (n == 0) break;
                read += n;
            }
            return read == length ? (Decode(buffer.AsSpan(0, length)), length) : null;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Files up to this many bytes are read whole and then decoded; longer ones are decoded a chunk at a time.</summary>
    private const int ReadWholeUpTo = 1 << 20;

    private const int ChunkBytes = 1 << 16;

    /// <summary>
    /// The text of a large file, decoded a chunk at a time: once to count its characters (and check that it is
    /// UTF-8), once to decode it into a string of that length. The file's bytes and its text are then never held at
    /// once, as they are when the whole file is read first: for a file of ASCII, three bytes per byte of input
    /// instead of two. Null when the file is not UTF-8 (or changed between the passes): the caller then reads it whole,
    /// which names the offending byte.
    /// </summary>
    private static string? TryDecodeInChunks(FileStream file)
    {
        var bytes = new byte[ChunkBytes];
        var chars = new char[StrictUtf8.GetMaxCharCount(ChunkBytes)];
        int textStart = SkipByteOrderMark(file, bytes);
        long length = 0;
        if (!DecodeChunks(file, bytes, chars, n => length += n)) return null;
        if (length > Array.MaxLength) return null;
        file.Position = textStart;
        bool complete = false;
        var text = string.Create((int)length, (file, bytes, chars), (span, state) =>
        {
            var decoder = StrictUtf8.GetDecoder();
            int at = 0, read;
            try
            {
                do
                {
                    read = state.file.Read(state.bytes, 0, state.bytes.Length);
                    int n = decoder.GetChars(state.bytes, 0, read, state.chars, 0, flush: read == 0);
                    // A file that grew between the passes is not read past the length counted.
                    if (n > span.Length - at) return;
                    state.chars.AsSpan(0, n).CopyTo(span[at..]);
                    at += n;
                }
                while (read > 0);
            }
            catch (DecoderFallbackException)
            {
                return;
            }
            complete = at == span.Length;
        });
        return complete ? text : null;
    }

    /// <summary>
    /// Decodes what is left of <paramref name="file"/> a chunk at a time, handing each chunk's characters (in
    /// <paramref name="chars"/>) to <paramref name="decoded"/>; false when the bytes are not UTF-8.
    /// </summary>
    private static bool DecodeChunks(FileStream file, byte[] bytes, char[] chars, Action<int> decoded)
    {
        var decoder = StrictUtf8.GetDecoder();
        try
        {
            int read;
            while ((read = file.Read(bytes, 0, bytes.Length)) > 0) decoded(decoder.GetChars(bytes, 0, read, chars, 0, flush: false));
            decoded(decoder.GetChars(bytes, 0, 0, chars, 0, flush: true));
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>Reads past a UTF-8 byte order mark at the start of <paramref name="file"/>; returns where the text starts.</summary>
    private static int SkipByteOrderMark(FileStream file, byte[] buffer)
    {
        int n = file.ReadAtLeast(buffer.AsSpan(0, 3), 3, throwOnEndOfStream: false);
        int start = buffer.AsSpan(0, n).StartsWith("\uFEFF"u8) ? 3 : 0;
        file.Position = start;
        return start;
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
