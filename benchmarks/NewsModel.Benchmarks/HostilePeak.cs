using System.Diagnostics;
using System.Globalization;
using NewsModel.Parsing;
using NewsModel.Serialization;
using NewsModel.Tests.Robustness;

namespace NewsModel.Benchmarks;

/// <summary>
/// <c>peak [SHAPE ...] [--size N] [--settled]</c> (<c>--settled</c> lets the tiered compiler finish its recompilations before the measured parse, <see cref="SettleJit"/>; <c>peak-one SHAPE N --stages</c> adds the live heap after each stage, <c>--marks</c> the peak so far after each stage without collecting, <c>--stage-peaks</c> the peak inside each stage alone,
/// <c>--gcdump STAGE FILE</c> a heap snapshot as that stage ends, taken by <c>dotnet-gcdump</c> or by the tool <c>NM_DUMP_TOOL</c> names, such as <c>dotnet-dump</c>, whose
/// <c>dumpheap -stat -live</c> counts small objects too): for each hostile shape of <see cref="HostileText"/>, the memory one parse
/// and its streamed canonical JSON need, per character of input: bytes allocated, the peak resident set the parse
/// added, and the live size of the article it returns. Each shape runs in a fresh process of this tool
/// (<c>peak-one SHAPE N</c>), so no shape inherits another's heap.
/// </summary>
/// <remarks>
/// The peak is Linux's high-water mark of the resident set (<c>VmHWM</c>), reset through <c>/proc/self/clear_refs</c>
/// after the input is built and a small parse of the same shape has warmed the parser, minus the resident set at that
/// moment: what the parse and the writing of its JSON added, input string excluded. Garbage not yet collected counts,
/// as it does for a user.
/// </remarks>
internal static class HostilePeak
{
    public static int Run(string[] args)
    {
        int size = 2_000_000;
        if (!HostileArgs.TryReadSize("peak", args, ref size, out var rest)) return 2;
        var shapes = rest.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        if (shapes.Length == 0) shapes = HostileText.Shapes;
        if (!HostileArgs.AreShapes("peak", shapes)) return 2;
        Console.WriteLine("shape                         chars   alloc B/char   peak B/char   article B/char   (per UTF-16 unit of input)");
        var self = Environment.ProcessPath!;
        var dll = typeof(HostilePeak).Assembly.Location;
        foreach (var shape in shapes)
        {
            var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
            if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(dll);
            foreach (var a in new[] { "peak-one", shape, size.ToString(CultureInfo.InvariantCulture) }) start.ArgumentList.Add(a);
            if (args.Contains("--settled")) start.ArgumentList.Add("--settled");
            using var child = Process.Start(start)!;
            Console.WriteLine(child.StandardOutput.ReadToEnd().TrimEnd());
            child.WaitForExit();
            if (child.ExitCode != 0) return child.ExitCode;
        }
        return 0;
    }

    public static int RunOne(string[] args)
    {
        if (args.Length < 2 || !HostileText.Shapes.Contains(args[0])
            || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out int size) || size < 1)
        {
            Console.Error.WriteLine("usage: peak-one SHAPE CHARS [--stages | --marks | --stage-peaks] [--gcdump STAGE FILE] [--settled]");
            Console.Error.WriteLine("  SHAPE: " + string.Join(", ", HostileText.Shapes) + "; CHARS: a positive whole number");
            return 2;
        }
        string shape = args[0];
        var parser = new ArticleParser(new ParseOptions { ReferenceDate = new DateOnly(2026, 11, 27) });
        var seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "seed.txt")).ReplaceLineEndings("\n");
        NewsJson.Serialize(Stream.Null, parser.Parse(HostileText.Build(shape, 5_000, seed)));
        if (args.Contains("--settled")) SettleJit(parser, HostileText.Build(shape, 5_000, seed));
        var text = HostileText.Build(shape, size, seed);
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        long live0 = GC.GetTotalMemory(forceFullCollection: true);
        long allocated0 = GC.GetTotalAllocatedBytes(precise: true);
        long rss0 = Status("VmRSS:");
        File.WriteAllText("/proc/self/clear_refs", "5");
        if (args.Length > 2 && args[2] == "--stages")
        {
            // Where the memory goes: the live heap (a full collection) and the peak so far as each stage ends.
            ArticleParser.StageFinishing.Value = stage => Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  after {stage,-12} live {(GC.GetTotalMemory(forceFullCollection: true) - live0) / (double)text.Length,6:0.0} B/char, peak {(Status("VmHWM:") - rss0) / (double)text.Length,6:0.0} B/char"));
        }
        else if (args.Length > 2 && args[2] == "--marks")
        {
            // Where the peak is reached, without the full collections --stages runs: the peak so far as each stage ends.
            ArticleParser.StageFinishing.Value = stage => Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  after {stage,-12} peak {(Status("VmHWM:") - rss0) / (double)text.Length,6:0.0} B/char, resident {(Status("VmRSS:") - rss0) / (double)text.Length,6:0.0} B/char, gen2 collections {GC.CollectionCount(2)}, committed {GC.GetGCMemoryInfo().TotalCommittedBytes / (double)text.Length,6:0.0}, heap {GC.GetGCMemoryInfo().HeapSizeBytes / (double)text.Length,6:0.0}, fragmented {GC.GetGCMemoryInfo().FragmentedBytes / (double)text.Length,6:0.0}, allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated0) / (double)text.Length,6:0.0}"));
        }
        else if (args.Length > 2 && args[2] == "--stage-peaks")
        {
            // The peak reached inside each stage alone (the high-water mark is reset as each stage ends), without collecting.
            long last = rss0;
            ArticleParser.StageFinishing.Value = stage =>
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {stage,-12} peak {(Status("VmHWM:") - rss0) / (double)text.Length,6:0.0} B/char (started at {(last - rss0) / (double)text.Length,6:0.0})"));
                File.WriteAllText("/proc/self/clear_refs", "5");
                last = Status("VmRSS:");
            };
        }
        int dumpAt = Array.IndexOf(args, "--gcdump");
        if (dumpAt >= 0)
        {
            // What is live as the named stage ends, by type: a heap snapshot taken by dotnet-gcdump (which must be on the PATH).
            string at = args[dumpAt + 1], file = args[dumpAt + 2];
            ArticleParser.StageFinishing.Value = stage =>
            {
                if (stage != at) return;
                using var dump = Process.Start(new ProcessStartInfo(Environment.GetEnvironmentVariable("NM_DUMP_TOOL") ?? "dotnet-gcdump", ["collect", "-p", Environment.ProcessId.ToString(CultureInfo.InvariantCulture), "-o", file]) { UseShellExecute = false })!;
                dump.WaitForExit();
            };
        }
        var article = parser.Parse(text);
        if (args.Length > 2 && args[2] == "--stage-peaks")
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"model",-12} peak {(Status("VmHWM:") - rss0) / (double)text.Length,6:0.0} B/char"));
        }
        if (args.Length > 2 && args[2] == "--marks")
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  parsed             peak {(Status("VmHWM:") - rss0) / (double)text.Length,6:0.0} B/char"));
        }
        NewsJson.Serialize(Stream.Null, article);
        long peak = Status("VmHWM:") - rss0;
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated0;
        long live = GC.GetTotalMemory(forceFullCollection: true) - live0;
        GC.KeepAlive(article);
        double n = text.Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{shape,-24} {text.Length,11} {allocated / n,14:0.0} {peak / n,13:0.0} {live / n,16:0.0}"));
        return 0;
    }

    /// <summary>
    /// Parses <paramref name="warm"/> again until the runtime has compiled no method for a while: the tiered
    /// compiler recompiles hot methods (first with instrumentation, then optimized) in the background some 100 ms
    /// after they became hot, a cost each process pays once, which would otherwise land inside the measured parse.
    /// </summary>
    internal static void SettleJit(ArticleParser parser, string warm)
    {
        long last = -1;
        for (int round = 0; round < 50; round++)
        {
            NewsJson.Serialize(Stream.Null, parser.Parse(warm));
            Thread.Sleep(250);
            long now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now == last) return;
            last = now;
        }
    }

    /// <summary>A field of <c>/proc/self/status</c>, in bytes.</summary>
    private static long Status(string field)
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                return long.Parse(line.AsSpan(field.Length).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture) * 1024;
            }
        }
        throw new InvalidOperationException($"no {field} in /proc/self/status");
    }
}
