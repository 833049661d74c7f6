using System.Text;

namespace NewsModel.Benchmarks;

/// <summary>
/// The texts the benchmarks read: the seed (copied beside the binary from the tests' TestData) and the shared
/// corpus (<c>../shared/corpus/dev</c> and <c>bulk</c>), found by walking up from the binary or the working
/// directory. The corpus is not in the repository; where it is absent its sets are empty and reported as such.
/// </summary>
internal static class Corpus
{
    public const string Seed = "seed";
    public const string Dev = "dev";
    public const string Bulk = "bulk";

    private static readonly Dictionary<string, CorpusSet> Cache = [];

    public static CorpusSet Load(string name)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out var set))
            {
                set = name == Seed
                    ? FromFiles(name, [Path.Combine(AppContext.BaseDirectory, "TestData", "seed.txt")])
                    : FromDirectory(name, FindSharedCorpus() is { } root ? Path.Combine(root, name) : null);
                Cache[name] = set;
            }
            return set;
        }
    }

    /// <summary>A set given on the command line: files, or directories read recursively for <c>*.txt</c>.</summary>
    public static CorpusSet FromPaths(string name, IEnumerable<string> paths) =>
        FromFiles(name, paths.SelectMany<string, string>(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : [p]));

    private static CorpusSet FromDirectory(string name, string? dir) =>
        dir is not null && Directory.Exists(dir)
            ? FromFiles(name, Directory.EnumerateFiles(dir, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            : new CorpusSet(name, [], 0);

    private static CorpusSet FromFiles(string name, IEnumerable<string> files)
    {
        var texts = new List<string>();
        long bytes = 0;
        foreach (var file in files)
        {
            var raw = File.ReadAllBytes(file);
            bytes += raw.Length;
            texts.Add(Encoding.UTF8.GetString(raw));
        }
        return new CorpusSet(name, [.. texts], bytes);
    }

    private static string? FindSharedCorpus()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "corpus");
                if (Directory.Exists(Path.Combine(candidate, "bulk")) || Directory.Exists(Path.Combine(candidate, "dev"))) return candidate;
            }
        }
        return null;
    }
}

/// <summary>A named set of texts and their size in bytes as stored (UTF-8): the unit of every MB/s figure.</summary>
internal sealed record CorpusSet(string Name, string[] Texts, long Bytes)
{
    public bool IsEmpty => Texts.Length == 0;
}
