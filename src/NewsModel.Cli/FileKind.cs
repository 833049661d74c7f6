using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsModel.Cli;

/// <summary>What a path names, asked of the file system without opening it.</summary>
internal enum FileKind
{
    /// <summary>The kind could not be learnt (the path is missing or a folder on it cannot be searched); opening it will say why.</summary>
    Unknown,
    Regular,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
}

/// <summary>
/// Tells a regular file from a FIFO, a device or a socket before anything opens it: opening a FIFO for reading
/// blocks until a writer comes, which may be never. .NET exposes no file type beyond "directory", so on Unix this
/// asks the runtime's own native shim (<c>SystemNative_Stat</c> in <c>libSystem.Native</c>, which every .NET
/// runtime on Unix ships), whose status record keeps the POSIX type bits in its second 32-bit field with the
/// runtime's fixed values, and the size in the 64-bit field after the user and group ids. On Windows every existing non-folder path is taken as a regular file.
/// </summary>
internal static partial class FileKinds
{
    /// <summary>The kind of what <paramref name="path"/> names, following symbolic links.</summary>
    public static FileKind Of(string path) => Of(path, out _);

    /// <summary>
    /// The kind of what <paramref name="path"/> names, following symbolic links, and its size in bytes as the file
    /// system gives it (-1 when not known): a reader of a small file then needs no second question for its length.
    /// </summary>
    public static FileKind Of(string path, out long size)
    {
        size = -1;
        if (OperatingSystem.IsWindows())
        {
            return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Unknown;
        }
        var status = default(StatusBuffer);
        if (Stat(path, ref status) != 0) return FileKind.Unknown;
        var fields = MemoryMarshal.AsBytes<StatusBuffer>(new Span<StatusBuffer>(ref status));
        int mode = MemoryMarshal.Read<int>(fields[ModeOffset..]);
        size = MemoryMarshal.Read<long>(fields[SizeOffset..]);
        return (mode & TypeMask) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Unknown,
        };
    }

    /// <summary>How a kind reads in a message: "a FIFO", "a character device".</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.Directory => "a directory",
        _ => "not a regular file",
    };

    private const int TypeMask = 0xF000;

    /// <summary>Where the status record keeps the mode (after its flags) and the size (after the mode, user and group ids).</summary>
    private const int ModeOffset = sizeof(int), SizeOffset = 4 * sizeof(int);

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, ref StatusBuffer status);

    /// <summary>Room for the runtime's status record (about 120 bytes today), with margin should it grow.</summary>
    [InlineArray(64)]
    private struct StatusBuffer
    {
        private long _element;
    }
}
