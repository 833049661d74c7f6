using System.Runtime.InteropServices;

namespace NewsModel.Cli;

/// <summary>
/// Reads a small regular file with three system calls (open, one positioned read, close) through the runtime's own
/// native shim (<c>libSystem.Native</c>, as <see cref="FileKinds"/> asks it for a file's kind), where
/// <see cref="File.OpenHandle"/> adds a status call to the open, and reading by position asks once more for the
/// end. In a batch of small files those were two of the seven system calls per file. Any failure (the file cannot
/// be opened or read, or this is not Unix) returns -1 without saying why: the caller then reads the file the
/// managed way, whose exception names the problem as before.
/// </summary>
internal static partial class UnixFile
{
    /// <summary>Reads the file at <paramref name="path"/> from its start into <paramref name="buffer"/>; returns the bytes read (fewer than the buffer holds: the file ended), or -1.</summary>
    /// <param name="noFollow">True to fail (-1) where the path's last part is a symbolic link rather than open what it names.</param>
    public static int TryRead(string path, Span<byte> buffer, bool noFollow = false)
    {
        if (OperatingSystem.IsWindows()) return -1;
        nint fd = Open(path, OpenReadOnly | OpenCloseOnExec | (noFollow ? OpenNoFollow : 0), 0);
        if (fd < 0) return -1;
        try
        {
            int read = 0;
            while (read < buffer.Length)
            {
                int n = PRead(fd, ref buffer[read], buffer.Length - read, read);
                if (n < 0) return -1;
                if (n == 0) break;
                read += n;
                // A regular file reads short only at its end: no second read to learn that nothing follows.
                if (read < buffer.Length) break;
            }
            return read;
        }
        finally
        {
            // Nothing was written through the descriptor, so a failure to close it loses nothing.
            _ = Close(fd);
        }
    }

    /// <summary>The shim's own flag values (<c>PAL_O_RDONLY</c>, <c>PAL_O_CLOEXEC</c>, <c>PAL_O_NOFOLLOW</c>), which it maps to the platform's.</summary>
    private const int OpenReadOnly = 0x0000, OpenCloseOnExec = 0x0010, OpenNoFollow = 0x0200;

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Open", StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint Open(string path, int flags, int mode);

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_PRead")]
    private static partial int PRead(nint fd, ref byte buffer, int bufferSize, long fileOffset);

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Close")]
    private static partial int Close(nint fd);
}
