using FluentAssertions;
using NewsModel.Serialization;

namespace NewsModel.Tests.Corpus;

/// <summary>Every article of the shared corpus parses without throwing and its JSON round-trips byte for byte.</summary>
public sealed class CorpusRoundTripTests
{
    [Fact]
    public void Every_corpus_article_parses_and_round_trips_byte_identical()
    {
        var corpus = TestData.CorpusDirectory;
        Assert.SkipWhen(corpus is null, "../shared/corpus is not present in this checkout");
        var failures = new List<string>();
        int count = 0;
        foreach (var file in Directory.EnumerateFiles(corpus!, "*.txt", SearchOption.AllDirectories))
        {
            if (Path.GetFileName(file) == "README.md") continue;
            count++;
            var article = TestData.Parser.Parse(File.ReadAllText(file));
            if (article.Diagnostics.Any(d => d.Code == NewsModel.Parsing.DiagnosticCodes.InternalError)) failures.Add(file + ": the parser reported an internal fault");
            var json = NewsJson.Serialize(article);
            var back = NewsJson.Deserialize(json);
            if (back != article) failures.Add(file + ": model differs after the round trip");
            else if (NewsJson.Serialize(back) != json) failures.Add(file + ": JSON differs after the round trip");
        }
        count.Should().BeGreaterThan(1000);
        failures.Should().BeEmpty();
    }
}
