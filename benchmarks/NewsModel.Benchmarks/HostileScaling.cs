using System.Diagnostics;
using System.Globalization;
using NewsModel.Parsing;
using NewsModel.Tests.Robustness;

namespace NewsModel.Benchmarks;

/// <summary>
/// <c>hostile [SHAPE ...] [--sizes 10000,100000,1000000]</c>: parses each hostile shape of
/// <see cref="HostileText"/> at growing sizes and prints CPU time, bytes allocated and the growth of both per ×10
/// of input. Linear is ×10; quadratic is ×100.
/// </summary>
internal static class HostileScaling
{
    private static readonly ArticleParser Parser = new(new ParseOptions { ReferenceDate = new DateOnly(2026, 11, 27) });

    public static int Run(string[] args)
    {
        var sizes = new[] { 10_000, 100_000, 1_000_000 };
        int at = Array.IndexOf(args, "--sizes");
        if (at >= 0 && at + 1 < args.Length) sizes = args[at + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var shapes = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (at < 0 || i != at + 1)).ToArray();
        if (shapes.Length == 0) shapes = HostileText.Shapes;
        var seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "seed.txt")).ReplaceLineEndings("\n");
        Console.WriteLine("shape                      size      CPU ms   alloc B/char   CPU growth  alloc growth (per x10 of input)");
        foreach (var shape in shapes)
        {
            Parser.Parse(HostileText.Build(shape, 5_000, seed));
            double prevCpu = 0, prevAlloc = 0;
            int prevSize = 0;
            foreach (var size in sizes)
            {
                var text = HostileText.Build(shape, size, seed);
                var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
                long alloc0 = GC.GetAllocatedBytesForCurrentThread();
                Parser.Parse(text);
                long alloc = GC.GetAllocatedBytesForCurrentThread() - alloc0;
                double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMilliseconds;
                string growth = "";
                if (prevSize > 0)
                {
                    double scale = Math.Log10((double)text.Length / prevSize);
                    growth = string.Create(CultureInfo.InvariantCulture, $"x{Math.Pow(cpu / Math.Max(prevCpu, 1), 1 / scale),-10:0.0} x{Math.Pow(alloc / prevAlloc, 1 / scale):0.0}");
                }
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{shape,-24} {text.Length,9} {cpu,10:0} {(double)alloc / text.Length,12:0.0}   {growth}"));
                prevCpu = cpu;
                prevAlloc = alloc;
                prevSize = text.Length;
            }
        }
        return 0;
    }
}
