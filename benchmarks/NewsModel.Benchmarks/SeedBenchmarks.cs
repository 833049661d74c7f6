using BenchmarkDotNet.Attributes;
using NewsModel.Model;
using NewsModel.Parsing;
using NewsModel.Serialization;

namespace NewsModel.Benchmarks;

/// <summary>Parse and serialize of the seed article, the same file the snapshot test reads.</summary>
[MemoryDiagnoser]
public class SeedBenchmarks
{
    private readonly ArticleParser _parser = new(new ParseOptions { ReferenceDate = new DateOnly(2026, 11, 27) });
    private string _text = "";
    private Article _article = new();
    private string _json = "";

    [GlobalSetup]
    public void Setup()
    {
        _text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "seed.txt"));
        _article = _parser.Parse(_text);
        _json = NewsJson.Serialize(_article);
    }

    [Benchmark]
    public Article Parse() => _parser.Parse(_text);

    [Benchmark]
    public string Serialize() => NewsJson.Serialize(_article);

    [Benchmark]
    public Article Deserialize() => NewsJson.Deserialize(_json);
}
