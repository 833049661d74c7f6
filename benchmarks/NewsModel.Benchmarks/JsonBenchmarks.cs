using System.Buffers;
using BenchmarkDotNet.Attributes;
using NewsModel.Model;
using NewsModel.Parsing;
using NewsModel.Serialization;

namespace NewsModel.Benchmarks;

/// <summary>
/// The canonical JSON of a whole set: serialize (compact, into a reused buffer, as the CLI writes JSON Lines) and
/// deserialize. MB/s is of the JSON, the serializer's output.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class JsonBenchmarks
{
    internal static readonly NewsJsonOptions Compact = new() { Indented = false };

    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 20);
    private Article[] _articles = [];
    private byte[][] _json = [];

    [Params(Corpus.Seed, Corpus.Dev, Corpus.Bulk)]
    public string Set { get; set; } = Corpus.Seed;

    [GlobalSetup]
    public void Setup()
    {
        var parser = new ArticleParser(new ParseOptions { ReferenceDate = new DateOnly(2026, 11, 27) });
        _articles = [.. Corpus.Load(Set).Texts.Select(parser.Parse)];
        _json = [.. _articles.Select(a => { var b = new ArrayBufferWriter<byte>(); NewsJson.Serialize(b, a, Compact); return b.WrittenSpan.ToArray(); })];
    }

    /// <summary>The JSON bytes of a set, for the MB/s column.</summary>
    internal static long JsonBytes(string set)
    {
        var bench = new JsonBenchmarks { Set = set };
        bench.Setup();
        return bench._json.Sum(j => (long)j.Length);
    }

    [Benchmark]
    public long Serialize()
    {
        long n = 0;
        foreach (var a in _articles)
        {
            _buffer.ResetWrittenCount();
            NewsJson.Serialize(_buffer, a, Compact);
            n += _buffer.WrittenCount;
        }
        return n;
    }

    [Benchmark]
    public int Deserialize()
    {
        int n = 0;
        foreach (var j in _json) n += NewsJson.Deserialize(j, Compact).Statements.Count;
        return n;
    }
}
