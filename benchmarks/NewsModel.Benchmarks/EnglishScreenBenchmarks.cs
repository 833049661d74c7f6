using BenchmarkDotNet.Attributes;
using NewsModel.Parsing;
using NewsModel.Parsing.Text;

namespace NewsModel.Benchmarks;

/// <summary>
/// What the English screen (diagnostic NM0005) adds to a parse: the screen alone against the whole parse, over the
/// seed and the dev corpus. The screen reads at most its sample of words, so its share falls as texts grow.
/// </summary>
[MemoryDiagnoser]
public class EnglishScreenBenchmarks
{
    private readonly ArticleParser _parser = new(new ParseOptions { ReferenceDate = new DateOnly(2026, 11, 27) });
    private string[] _texts = [];

    [Params(Corpus.Seed, Corpus.Dev)]
    public string Set { get; set; } = Corpus.Seed;

    [GlobalSetup]
    public void Setup() => _texts = Corpus.Load(Set).Texts;

    [Benchmark(Baseline = true)]
    public int Parse()
    {
        int statements = 0;
        foreach (var t in _texts) statements += _parser.Parse(t).Statements.Count;
        return statements;
    }

    [Benchmark]
    public int Screen()
    {
        int flagged = 0;
        foreach (var t in _texts)
        {
            if (EnglishScreen.LooksNotEnglish(t)) flagged++;
        }
        return flagged;
    }
}
