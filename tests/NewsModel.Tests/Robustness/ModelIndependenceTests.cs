using FluentAssertions;
using NewsModel.Model;
using NewsModel.Serialization;

namespace NewsModel.Tests.Robustness;

/// <summary>
/// The parser keeps working memory per thread from one parse to the next (token lists, the parse's lists, the
/// speaker stage's entities, memos of readings). A returned article must share none of it: parsing more articles on
/// the same thread must leave every article already returned exactly as it was.
/// </summary>
public sealed class ModelIndependenceTests
{
    [Fact]
    public void Articles_already_returned_are_unchanged_by_later_parses_on_the_same_thread()
    {
        var texts = Texts();
        var parser = new NewsModel.Parsing.ArticleParser(new NewsModel.Parsing.ParseOptions { ReferenceDate = TestData.ReferenceDate });
        var kept = new List<(string Name, Article Article, string Json)>();
        foreach (var (name, text) in texts)
        {
            var article = parser.Parse(text);
            kept.Add((name, article, NewsJson.Serialize(article)));
        }

        var changed = kept.Where(k => NewsJson.Serialize(k.Article) != k.Json).Select(k => k.Name).ToList();
        changed.Should().BeEmpty("an article's content must not depend on what the thread parsed after it");
        kept.Sum(k => k.Article.Statements.Count).Should().BeGreaterThan(0);
    }

    /// <summary>The corpus's articles when the checkout has it (a few hundred, in a fixed order), else the seed and edits of it.</summary>
    private static List<(string Name, string Text)> Texts()
    {
        var seed = TestData.Seed;
        var texts = new List<(string, string)>
        {
            ("seed", seed),
            ("seed, paragraphs reversed", string.Join("\n\n", seed.Split("\n\n").Reverse())),
            ("seed, first half", seed[..(seed.Length / 2)]),
            ("seed twice", seed + "\n\n" + seed),
        };
        var corpus = TestData.CorpusDirectory;
        if (corpus is not null)
        {
            foreach (var set in new[] { "dev", "pages", "bulk" })
            {
                var dir = Path.Combine(corpus, set);
                if (!Directory.Exists(dir)) continue;
                texts.AddRange(Directory.EnumerateFiles(dir, "*.txt", SearchOption.AllDirectories)
                    .Order(StringComparer.Ordinal).Take(300)
                    .Select(f => (f, File.ReadAllText(f))));
            }
        }
        return texts;
    }
}
