using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsModel.Benchmarks;

/// <summary>Adds an MB/s column: input bytes for parse and the baseline, JSON bytes for the serializer.</summary>
internal sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig() => AddColumn(new MegabytesPerSecondColumn());
}

internal sealed class MegabytesPerSecondColumn : IColumn
{
    private static readonly Dictionary<(string Type, string Set), long> Sizes = [];

    public string Id => "MBps";
    public string ColumnName => "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Megabytes (10^6) per second: of the input for parse, of the JSON for serialize and deserialize";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } stats || stats.Mean <= 0) return "-";
        var set = (string)benchmarkCase.Parameters["Set"];
        var type = benchmarkCase.Descriptor.Type.Name;
        long bytes;
        lock (Sizes)
        {
            if (!Sizes.TryGetValue((type, set), out bytes))
            {
                bytes = type == nameof(JsonBenchmarks) ? JsonBenchmarks.JsonBytes(set) : Corpus.Load(set).Bytes;
                Sizes[(type, set)] = bytes;
            }
        }
        return bytes == 0 ? "no corpus" : (bytes / 1e6 / (stats.Mean / 1e9)).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
