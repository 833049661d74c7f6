using NewsModel.Model;
using NewsModel.Parsing;

namespace NewsModel.Tests.Serialization.Formats;

/// <summary>Articles the format tests share: the seed, a bare text, and the dev corpus when it is present.</summary>
internal static class FormatTestArticles
{
    public static Article Seed => TestData.Parser.Parse(TestData.Seed);

    /// <summary>Body-only copy with no headline, time or dateline: every optional part of an export is absent.</summary>
    public static Article Bare => BodyOnly.Parse("The minister said the talks would continue.\n\nNo date was set.");

    private static readonly ArticleParser BodyOnly = new(new ParseOptions { BodyOnly = true, ReferenceDate = TestData.ReferenceDate });

    /// <summary>The dev corpus articles as (file name, article); empty when ../shared/corpus is absent.</summary>
    public static IEnumerable<(string Name, Article Article)> DevCorpus()
    {
        var dev = TestData.CorpusDirectory is { } corpus ? Path.Combine(corpus, "dev") : null;
        if (dev is null || !Directory.Exists(dev)) yield break;
        foreach (var file in Directory.EnumerateFiles(dev, "*.txt").Order(StringComparer.Ordinal))
        {
            yield return (Path.GetFileName(file), TestData.Parser.Parse(File.ReadAllText(file)));
        }
    }
}
