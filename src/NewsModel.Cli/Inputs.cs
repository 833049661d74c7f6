using System.IO.Enumeration;

namespace NewsModel.Cli;

/// <summary>One input of a batch: a file to read (<see cref="Path"/> null for standard input), or something found
/// on the walk that is reported and skipped (<see cref="Skip"/> says why).</summary>
/// <param name="Path">The path to open, as found: the directory given joined with the path below it.</param>
/// <param name="Source">The name written as <c>source</c>: unique within a run and traceable to the file.</param>
/// <param name="Skip">Why the entry is skipped without being opened, or null.</param>
/// <param name="Regular">True when the folder's listing gave the entry as a regular file (not a link, FIFO or device), so it may be opened without asking its kind first.</param>
internal sealed record InputItem(string? Path, string Source, string? Skip = null, bool Regular = false)
{
    /// <summary>The name used in messages: the path when there is one.</summary>
    public string Shown => Path ?? Source;
}

/// <summary>
/// Expands the command line's inputs into the files of a batch, in a stable order.
/// <list type="bullet">
/// <item>A directory is walked recursively; its files whose names match the glob (<c>*</c> and <c>?</c>, the whole
/// name, case-sensitive) are read in ordinal order of their path below it. Folders are walked whatever their name.</item>
/// <item>A symbolic link to a folder found on the walk is not followed (so a link to <c>.</c> cannot loop): it is
/// reported and skipped. A link to a file is read like the file. A directory named on the command line is walked
/// even when it is a link.</item>
/// <item>A folder that cannot be listed is reported and skipped; the walk goes on with the rest.</item>
/// <item><c>source</c>: with one directory given, the path below it (<c>sub/a.txt</c>); with several inputs, the
/// path as given joined with it (<c>dir1/sub/a.txt</c>); for a file given by name, the path as given; <c>-</c>
/// for standard input. The same file reached twice (given twice, or a directory and its subfolder) is read once,
/// so every source is unique.</item>
/// </list>
/// The walk is lazy, but a batch lists it whole before it starts, to show progress as a count of the total: the
/// list holds names only, never contents.
/// </summary>
internal static class Inputs
{
    public static IEnumerable<InputItem> Expand(IReadOnlyList<string> inputs, string glob)
    {
        bool several = inputs.Count > 1;
        // One directory alone cannot reach a file twice (links to folders are not followed), so only several
        // inputs need the set, whose size grows with the number of files.
        HashSet<string>? seen = several ? new(StringComparer.Ordinal) : null;
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                if (seen?.Add("-") != false) yield return new InputItem(null, "-");
            }
            else if (Directory.Exists(input))
            {
                var prefix = several ? Slashed(input).TrimEnd('/') + "/" : "";
                foreach (var item in Walk(input, prefix, glob, seen)) yield return item;
            }
            else if (seen?.Add(System.IO.Path.GetFullPath(input)) != false)
            {
                yield return new InputItem(input, Slashed(input));
            }
        }
    }

    private static IEnumerable<InputItem> Walk(string directory, string prefix, string glob, HashSet<string>? seen)
    {
        List<Entry>? entries = ListPlain(directory);
        string? failure = null;
        if (entries is null)
        {
            try
            {
                entries = [.. new FileSystemEnumerable<Entry>(directory, ToEntry, ListingOptions)];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                entries = [];
                failure = "folder cannot be read: " + e.Message;
            }
        }
        if (failure is not null)
        {
            yield return new InputItem(directory, prefix.TrimEnd('/'), failure);
            yield break;
        }
        // Ordinal order of the path below the directory: a folder sorts as its name with '/', so "a.txt" comes
        // before the files of folder "a", as a sort of whole paths would put them.
        entries.Sort((x, y) => string.CompareOrdinal(x.SortKey, y.SortKey));
        foreach (var entry in entries)
        {
            string source = prefix + entry.Name;
            string path = System.IO.Path.Join(directory, entry.Name);
            if (entry.Kind == EntryKind.FolderLink)
            {
                yield return new InputItem(path, source, "a symbolic link to a folder: not followed");
            }
            else if (entry.Kind == EntryKind.Folder)
            {
                foreach (var item in Walk(path, source + "/", glob, seen)) yield return item;
            }
            else if (FileSystemName.MatchesSimpleExpression(glob, entry.Name, ignoreCase: false) && seen?.Add(System.IO.Path.GetFullPath(path)) != false)
            {
                yield return new InputItem(path, source, Regular: entry.Kind == EntryKind.RegularFile);
            }
        }
    }

    /// <summary>Every entry of a folder, hidden ones too, with no attributes asked: listing asks nothing of the file system per entry.</summary>
    private static readonly EnumerationOptions ListingOptions = new()
    {
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        RecurseSubdirectories = false,
        ReturnSpecialDirectories = false,
    };

    private enum EntryKind
    {
        /// <summary>Anything but a folder: a file, a link to one, a FIFO or device (refused when read), a dangling link.</summary>
        File,
        /// <summary>An entry the listing gave as a regular file itself (no link): read without asking its kind again.</summary>
        RegularFile,
        Folder,
        FolderLink,
    }

    private readonly record struct Entry(string Name, EntryKind Kind)
    {
        public string SortKey => Kind is EntryKind.File or EntryKind.RegularFile ? Name : Name + "/";
    }

    /// <summary>
    /// The entries of a folder whose every entry is listed as a regular file or a folder (<see cref="UnixDirectory"/>),
    /// with no question asked per entry: a folder is then no link and a file no link, FIFO or device. Null for any
    /// other folder, which <see cref="ToEntry"/> classifies as .NET lists it.
    /// </summary>
    private static List<Entry>? ListPlain(string directory) =>
        UnixDirectory.TryList(directory)?.ConvertAll(e => new Entry(e.Name, e.IsFolder ? EntryKind.Folder : EntryKind.RegularFile));

    /// <summary>
    /// An entry as listed. The listing's own type tells a file from a folder, so a file costs no question to the file
    /// system; only a symbolic link is followed to learn whether it names a folder, and only a folder is asked
    /// whether it is a link (its attributes), since a link to a file is read like the file.
    /// </summary>
    private static Entry ToEntry(ref FileSystemEntry entry)
    {
        var kind = !entry.IsDirectory ? EntryKind.File
            : (entry.Attributes & FileAttributes.ReparsePoint) != 0 ? EntryKind.FolderLink
            : EntryKind.Folder;
        return new Entry(entry.FileName.ToString(), kind);
    }

    private static string Slashed(string path) =>
        System.IO.Path.DirectorySeparatorChar == '/' ? path : path.Replace(System.IO.Path.DirectorySeparatorChar, '/');
}
