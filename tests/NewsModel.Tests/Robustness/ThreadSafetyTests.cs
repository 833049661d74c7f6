using System.Collections.Concurrent;
using FluentAssertions;
using NewsModel.Model;
using NewsModel.Serialization;

namespace NewsModel.Tests.Robustness;

/// <summary>One parser shared by many threads gives what one thread gives.</summary>
public sealed class ThreadSafetyTests
{
    [Fact]
    public void One_parser_on_many_threads_parses_the_whole_corpus_as_one_thread_does()
    {
        var corpus = TestData.CorpusDirectory;
        Assert.SkipWhen(corpus is null, "../shared/corpus is not present in this checkout");
        var files = Directory.EnumerateFiles(corpus!, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var texts = files.Select(File.ReadAllText).ToArray();
        var sequential = texts.Select(TestData.Parser.Parse).ToArray();

        var parallel = new Article[texts.Length];
        // Twice the article count in work items, in shuffled order, so the same text is parsed on two threads at once.
        var order = Enumerable.Range(0, texts.Length * 2).Select(i => i % texts.Length).OrderBy(i => (i * 7919) % 104729).ToArray();
        var differences = new ConcurrentBag<string>();
        Parallel.ForEach(order, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount * 2) }, i =>
        {
            var article = TestData.Parser.Parse(texts[i]);
            if (article != sequential[i] || NewsJson.Serialize(article) != NewsJson.Serialize(sequential[i])) differences.Add(files[i]);
            parallel[i] = article;
        });

        texts.Length.Should().BeGreaterThan(1000);
        differences.Should().BeEmpty();
        parallel.Should().Equal(sequential);
    }

    [Fact]
    public void One_parser_on_many_threads_parses_the_seed_as_one_thread_does()
    {
        var expected = TestData.Parser.Parse(TestData.Seed);
        var results = new ConcurrentBag<Article>();
        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ => results.Add(TestData.Parser.Parse(TestData.Seed)));
        results.Should().HaveCount(200).And.AllSatisfy(a => a.Should().Be(expected));
    }
}
