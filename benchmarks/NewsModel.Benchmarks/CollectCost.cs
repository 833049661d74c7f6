using System.Globalization;
using NewsModel.Parsing;
using NewsModel.Tests.Robustness;

namespace NewsModel.Benchmarks;

/// <summary>
/// <c>collect-cost [SHAPE ...] [--sizes 102400,262144,524288,1000000] [--rounds N]</c>: what the collections of
/// <see cref="ParseOptions.CollectOnLargeInputs"/> cost in time. For each hostile shape and size it alternates parses
/// with collections on and off in one process (on, off, off, on, ...) and prints the median CPU time of each (the
/// parsing thread's, which a blocking collection runs on; CPU time rather than wall time, so the figures hold on a
/// loaded machine; Linux only), their
/// ratio and how many collections a parse ran.
/// </summary>
internal static class CollectCost
{
    public static int Run(string[] args)
    {
        var sizes = new[] { 102_400, 262_144, 524_288, 1_000_000 };
        int rounds = 7;
        int at = Array.IndexOf(args, "--sizes");
        if (at >= 0 && at + 1 < args.Length) sizes = args[at + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        int r = Array.IndexOf(args, "--rounds");
        if (r >= 0 && r + 1 < args.Length) rounds = int.Parse(args[r + 1], CultureInfo.InvariantCulture);
        var shapes = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (at < 0 || i != at + 1) && (r < 0 || i != r + 1)).ToArray();
        if (shapes.Length == 0) shapes = HostileText.Shapes;
        var options = new ParseOptions { ReferenceDate = new DateOnly(2026, 11, 27) };
        var on = new ArticleParser(options);
        var off = new ArticleParser(options with { CollectOnLargeInputs = false });
        var seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "seed.txt")).ReplaceLineEndings("\n");
        Console.WriteLine("shape                         size   on CPU ms (med)   off CPU ms (med)   on/off   collections");
        foreach (var shape in shapes)
        {
            foreach (var size in sizes)
            {
                var text = HostileText.Build(shape, size, seed);
                on.Parse(text);
                off.Parse(text);
                var timesOn = new List<double>();
                var timesOff = new List<double>();
                long collections = 0;
                for (int i = 0; i < rounds; i++)
                {
                    bool onFirst = i % 2 == 0;
                    Time(onFirst ? on : off, onFirst ? timesOn : timesOff);
                    Time(onFirst ? off : on, onFirst ? timesOff : timesOn);
                }
                int gen2 = GC.CollectionCount(2);
                on.Parse(text);
                collections = GC.CollectionCount(2) - gen2;
                double a = Median(timesOn), b = Median(timesOff);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{shape,-26} {text.Length,8} {a,16:0.0} {b,17:0.0} {a / b,8:0.00} {collections,13}"));

                void Time(ArticleParser parser, List<double> into)
                {
                    double cpu = ThreadCpuMs();
                    parser.Parse(text);
                    into.Add(ThreadCpuMs() - cpu);
                }
            }
        }
        return 0;
    }

    /// <summary>The CPU time of the calling thread in milliseconds (<c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>, to the microsecond).</summary>
    private static double ThreadCpuMs()
    {
        if (NativeMethods.clock_gettime(3, out var ts) != 0) throw new InvalidOperationException("clock_gettime failed");
        return ts.Seconds * 1e3 + ts.Nanoseconds / 1e6;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}

internal static partial class NativeMethods
{
    [System.Runtime.InteropServices.LibraryImport("libc")]
    [System.Runtime.InteropServices.DefaultDllImportSearchPaths(System.Runtime.InteropServices.DllImportSearchPath.SafeDirectories)]
    internal static partial int clock_gettime(int clock, out TimeSpec value);

    internal struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
