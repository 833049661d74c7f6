using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using NewsModel.Model;
using NewsModel.Parsing;
using NewsModel.Tests.Robustness;

namespace NewsModel.Benchmarks;

/// <summary>
/// Parse time and allocation of each hostile shape (<see cref="HostileText"/>, the generator the scaling tests use)
/// at 10 KB, 100 KB and 1 MB: linear is ×10 from one size to the next.
/// Run: <c>dotnet run -c Release --project benchmarks/NewsModel.Benchmarks -- --filter '*HostileScaling*'</c>;
/// for a quick table of growth factors, <c>NewsModel.Benchmarks hostile</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class HostileScalingBenchmarks
{
    private readonly ArticleParser _parser = new(new ParseOptions { ReferenceDate = new DateOnly(2026, 11, 27) });
    private string _text = "";

    public static IEnumerable<string> Shapes => HostileText.Shapes;

    [ParamsSource(nameof(Shapes))]
    public string Shape { get; set; } = "";

    [Params(10, 100, 1_000)]
    public int SizeKb { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "seed.txt")).ReplaceLineEndings("\n");
        _text = HostileText.Build(Shape, SizeKb * 1000, seed);
    }

    [Benchmark]
    public Article Parse() => _parser.Parse(_text);

    private sealed class Config : ManualConfig
    {
        public Config() =>
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3)
                .WithToolchain(InProcessEmitToolchain.Instance));
    }
}
