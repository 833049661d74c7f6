using System.Runtime.InteropServices;
using System.Text;

namespace NewsModel.Cli;

/// <summary>
/// Lists a folder through the runtime's own native shim (<c>libSystem.Native</c>, as <see cref="FileKinds"/> and
/// <see cref="UnixFile"/> use it), keeping the type each entry is listed with. .NET's own listing keeps that type
/// to itself and exposes only "directory"; knowing that an entry is listed as a regular file spares the batch the
/// status call it otherwise makes before opening each file (one of four system calls per small file).
/// </summary>
/// <remarks>
/// Only the plain case is answered: a folder whose every entry is listed as a regular file or a folder. A symbolic
/// link, a FIFO, a device, a socket or an entry the file system lists without a type, a folder that cannot be opened
/// or read, or any platform but Unix returns null, and the caller lists the folder the way it always did, which
/// classifies such entries and words the error as before.
/// </remarks>
internal static unsafe partial class UnixDirectory
{
    /// <summary>An entry of a plain folder: its name, and whether it is listed as a folder (else as a regular file).</summary>
    internal readonly record struct Listed(string Name, bool IsFolder);

    /// <summary>The entries of <paramref name="path"/> but <c>.</c> and <c>..</c>, in the listing's order; null when the folder is not plain or cannot be listed here.</summary>
    public static List<Listed>? TryList(string path)
    {
        if (OperatingSystem.IsWindows()) return null;
        nint dir = OpenDir(path);
        if (dir == 0) return null;
        try
        {
            var entries = new List<Listed>();
            while (true)
            {
                DirectoryEntry entry;
                int status = ReadDir(dir, &entry);
                if (status == EndOfListing) return entries;
                if (status != 0) return null;
                bool isFolder;
                if (entry.Type == TypeRegular) isFolder = false;
                else if (entry.Type == TypeDirectory) isFolder = true;
                else return null;
                var name = entry.NameLength < 0
                    ? MemoryMarshal.CreateReadOnlySpanFromNullTerminated(entry.Name)
                    : new ReadOnlySpan<byte>(entry.Name, entry.NameLength);
                if (isFolder && (name.SequenceEqual("."u8) || name.SequenceEqual(".."u8))) continue;
                // Decoded as .NET's own listing decodes names (invalid bytes as U+FFFD), so the paths are the same.
                entries.Add(new Listed(Encoding.UTF8.GetString(name), isFolder));
            }
        }
        finally
        {
            // Nothing was written through the handle, so a failure to close it loses nothing.
            _ = CloseDir(dir);
        }
    }

    /// <summary>The shim's status at the end of a listing; 0 is an entry, anything else an error number.</summary>
    private const int EndOfListing = -1;

    /// <summary>The listing's types (<c>DT_REG</c>, <c>DT_DIR</c>), which the shim passes on as the platform gives them.</summary>
    private const int TypeRegular = 8, TypeDirectory = 4;

    /// <summary>The shim's entry record: the name (null-terminated when its length is -1), its length, its type.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct DirectoryEntry
    {
        public byte* Name;
        public int NameLength;
        public int Type;
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_OpenDir", StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint OpenDir(string path);

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_ReadDir")]
    private static partial int ReadDir(nint dir, DirectoryEntry* entry);

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_CloseDir")]
    private static partial int CloseDir(nint dir);
}
