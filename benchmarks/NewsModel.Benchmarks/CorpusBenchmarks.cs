using BenchmarkDotNet.Attributes;
using NewsModel.Model;
using NewsModel.Parsing;

namespace NewsModel.Benchmarks;

/// <summary>
/// Parse of a whole set (seed, dev or bulk) against the naive baseline over the same texts, so the Ratio column
/// says how many times slower than one vectorized pass the full parse is. MB/s is of the input as stored (UTF-8).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ParseBenchmarks
{
    private readonly ArticleParser _parser = new(new ParseOptions { ReferenceDate = new DateOnly(2026, 11, 27) });
    private string[] _texts = [];

    [Params(Corpus.Seed, Corpus.Dev, Corpus.Bulk)]
    public string Set { get; set; } = Corpus.Seed;

    [GlobalSetup]
    public void Setup() => _texts = Corpus.Load(Set).Texts;

    [Benchmark(Baseline = true)]
    public int NaiveScan()
    {
        int n = 0;
        foreach (var t in _texts) n += Benchmarks.NaiveScan.Count(t);
        return n;
    }

    [Benchmark]
    public int Parse()
    {
        int n = 0;
        foreach (var t in _texts) n += _parser.Parse(t).Statements.Count;
        return n;
    }
}
