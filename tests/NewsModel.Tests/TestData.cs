using NewsModel.Parsing;

namespace NewsModel.Tests;

/// <summary>The seed article and the shared corpus, as the tests read them.</summary>
internal static class TestData
{
    /// <summary>A fixed reference date, so the seed's year-less time always resolves to the same year.</summary>
    public static readonly DateOnly ReferenceDate = new(2026, 11, 27);

    public static readonly ArticleParser Parser = new(new ParseOptions { ReferenceDate = ReferenceDate });

    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", name);

    public static string Seed => File.ReadAllText(Path("seed.txt"));

    /// <summary>../shared/corpus beside the repository, or null when this checkout has none.</summary>
    public static string? CorpusDirectory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, "shared", "corpus");
                if (Directory.Exists(candidate) && dir.GetDirectories("shared").Length > 0 && File.Exists(System.IO.Path.Combine(dir.FullName, "shared", "eval", "score.py")))
                {
                    return candidate;
                }
            }
            return null;
        }
    }
}
