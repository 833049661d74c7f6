using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using NewsModel.Model;
using NewsModel.Parsing;

namespace NewsModel.Benchmarks;

/// <summary>
/// Parse time and allocation per MB of input, from 10 KB to 50 MB: flat columns mean linear time and memory.
/// The input is the seed article followed by its own body paragraphs repeated to the size (the same test data
/// the tests read, never a second corpus). Few iterations: one 50 MB parse takes seconds, and the claim is
/// about the shape of the curve, not the last percent.
/// Run: <c>dotnet run -c Release --project benchmarks/NewsModel.Benchmarks -- --filter '*Scaling*'</c>
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerMegabyteConfig))]
public class ScalingBenchmarks
{
    private readonly ArticleParser _parser = new(new ParseOptions { ReferenceDate = new DateOnly(2026, 11, 27) });
    private string _text = "";

    /// <summary>The input size in KB (1,000 bytes of UTF-16 text, one unit per byte for this ASCII-heavy input).</summary>
    [Params(10, 100, 1_000, 10_000, 50_000)]
    public int SizeKb { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "seed.txt")).ReplaceLineEndings("\n");
        int split = seed.IndexOf("\n\n", StringComparison.Ordinal);
        var body = split >= 0 ? seed[(split + 2)..] : seed;
        int size = SizeKb * 1000;
        var sb = new StringBuilder(size + seed.Length).Append(seed);
        while (sb.Length < size) sb.Append("\n\n").Append(body);
        _text = sb.ToString(0, size);
    }

    [Benchmark]
    public Article Parse() => _parser.Parse(_text);

    /// <summary>
    /// Adds "Time/MB" and "Alloc/MB" columns so the flatness is read off directly. The job runs in process: the
    /// claim is a ratio between sizes, and generating a separate project timed out on a busy build machine.
    /// </summary>
    private sealed class PerMegabyteConfig : ManualConfig
    {
        public PerMegabyteConfig()
        {
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3)
                .WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(new PerMegabyteColumn(time: true), new PerMegabyteColumn(time: false));
        }
    }

    private sealed class PerMegabyteColumn(bool time) : IColumn
    {
        public string Id => time ? "TimePerMB" : "AllocPerMB";
        public string ColumnName => time ? "Time/MB" : "Alloc/MB";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => time ? 0 : 1;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => time ? "Mean time per MB of input" : "Bytes allocated per MB of input";

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report is null || benchmarkCase.Parameters["SizeKb"] is not int sizeKb) return "-";
            double mb = sizeKb / 1000.0;
            if (time)
            {
                var mean = report.ResultStatistics?.Mean;
                return mean is { } ns ? (ns / mb / 1e6).ToString("0.0 'ms'", CultureInfo.InvariantCulture) : "-";
            }
            var bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return bytes is { } b ? (b / mb / 1e6).ToString("0.0 'MB'", CultureInfo.InvariantCulture) : "-";
        }
    }
}
