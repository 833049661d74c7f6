using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using NewsModel.Model;
using NewsModel.Parsing;
using NewsModel.Serialization;
using NewsModel.Parsing.Attribution;
using NewsModel.Parsing.Layout;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Speakers;
using NewsModel.Parsing.Treaties;

namespace NewsModel.Benchmarks;

/// <summary>
/// <c>throughput [--stages] [--slowest] [PATH ...]</c>: a quick steady-state measurement on one thread, for the side-by-side
/// script and for finding hot spots. Without paths it reads the seed, dev and bulk sets. For each set it prints
/// parse MB/s, the naive baseline's MB/s and the ratio, bytes allocated per input byte (all, kept in the returned
/// model, and transient = all − kept) and serializer MB/s of JSON. <c>--stages</c> adds time and allocations per
/// parse stage; <c>--slowest</c> the five texts parsed slowest per character; <c>--fit</c> the cost of a text split
/// into a part per text and a part per byte (a least-squares line through each text's best time). <c>--passes N</c> only parses the
/// sets N times after as many passes of warm-up and prints nothing else: a fixed amount of work, for counting cycles
/// and instructions with <c>perf stat</c>, which a busy machine disturbs far less than it does a clock.
/// </summary>
internal static class Throughput
{
    private static readonly ArticleParser Parser = new(new ParseOptions { ReferenceDate = new DateOnly(2026, 11, 27) });

    public static int Run(string[] args)
    {
        bool stages = args.Contains("--stages");
        bool slowest = args.Contains("--slowest");
        bool fit = args.Contains("--fit");
        int passes = Array.IndexOf(args, "--passes") is var p and >= 0 && p + 1 < args.Length ? int.Parse(args[p + 1], CultureInfo.InvariantCulture) : 0;
        var paths = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || args[i - 1] != "--passes")).ToArray();
        var sets = paths.Length > 0 ? [Corpus.FromPaths("given", paths)] : new[] { Corpus.Load(Corpus.Seed), Corpus.Load(Corpus.Dev), Corpus.Load(Corpus.Bulk) };
        if (passes > 0)
        {
            for (int round = 0; round < 2 * passes; round++)
            {
                foreach (var set in sets)
                {
                    foreach (var t in set.Texts) Parser.Parse(t);
                }
            }
            return 0;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}"));
        WarmUp(sets);
        Console.WriteLine("MB/s as wall / per CPU-second; parse÷naive in CPU time; B/B = bytes allocated per input byte");
        Console.WriteLine("set    files     MB  parse MB/s     naive MB/s  parse÷naive  alloc B/B  model B/B  transient B/B  serialize MB/s (of JSON)");
        foreach (var set in sets)
        {
            if (set.IsEmpty)
            {
                Console.WriteLine($"{set.Name,-5}  absent (../shared/corpus/{set.Name} not found)");
                continue;
            }
            Measure(set);
            if (stages) Stages(set);
            if (slowest) Slowest(set);
            if (fit) Fit(set);
        }
        return 0;
    }

    /// <summary>
    /// Runs every path for three seconds of the process's CPU time first (at most a minute by the clock): tiered
    /// compilation starts each method unoptimized and recompiles it with profile data only after many calls, so the
    /// first set measured would otherwise run slow code, and the recompiling itself, on a background thread, would be
    /// counted in the process's CPU time. Counting CPU time rather than the clock keeps the warm-up as long on a busy
    /// machine, where the process gets a fraction of a core, as on an idle one.
    /// </summary>
    private static void WarmUp(CorpusSet[] sets)
    {
        var texts = sets.SelectMany(s => s.Texts).Take(200).ToArray();
        if (texts.Length == 0) return;
        var buffer = new ArrayBufferWriter<byte>(1 << 20);
        var clock = Stopwatch.StartNew();
        using var process = Process.GetCurrentProcess();
        var cpuStart = process.TotalProcessorTime;
        while (clock.Elapsed.TotalSeconds < 60)
        {
            process.Refresh();
            if ((process.TotalProcessorTime - cpuStart).TotalSeconds >= 3) break;
            foreach (var t in texts)
            {
                buffer.ResetWrittenCount();
                NewsJson.Serialize(buffer, Parser.Parse(t), JsonBenchmarks.Compact);
                NaiveScan.Count(t);
            }
        }
    }

    private static void Measure(CorpusSet set)
    {
        double mb = set.Bytes / 1e6;
        var parseTime = Seconds(() => { foreach (var t in set.Texts) Parser.Parse(t); });
        var naiveTime = Seconds(() => { foreach (var t in set.Texts) NaiveScan.Count(t); });

        // Allocations of one pass, and what of them the returned models keep.
        GC.Collect();
        long before = GC.GetTotalMemory(true);
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        var articles = new Article[set.Texts.Length];
        for (int i = 0; i < articles.Length; i++) articles[i] = Parser.Parse(set.Texts[i]);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        long kept = GC.GetTotalMemory(true) - before;
        GC.KeepAlive(articles);

        var buffer = new ArrayBufferWriter<byte>(1 << 20);
        long json = 0;
        foreach (var a in articles)
        {
            buffer.ResetWrittenCount();
            NewsJson.Serialize(buffer, a, JsonBenchmarks.Compact);
            json += buffer.WrittenCount;
        }
        var serializeTime = Seconds(() =>
        {
            foreach (var a in articles)
            {
                buffer.ResetWrittenCount();
                NewsJson.Serialize(buffer, a, JsonBenchmarks.Compact);
            }
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{set.Name,-5}  {set.Texts.Length,5}  {mb,5:0.00}  {mb / parseTime.Wall,6:0.0} {mb / parseTime.Cpu,6:0.0}  {mb / naiveTime.Wall,6:0.0} {mb / naiveTime.Cpu,6:0.0}  {parseTime.Cpu / naiveTime.Cpu,7:0}  {(double)allocated / set.Bytes,9:0.00}  {(double)kept / set.Bytes,9:0.00}  {(double)(allocated - kept) / set.Bytes,13:0.00}  {json / 1e6 / serializeTime.Wall,6:0.0} {json / 1e6 / serializeTime.Cpu,6:0.0}"));
    }

    /// <summary>Time and bytes allocated per stage, summed over the set, in the order the parser runs them.</summary>
    private static void Stages(CorpusSet set)
    {
        var names = new[] { "layout", "attribution", "speakers", "treaties", "build" };
        var ticks = new long[names.Length];
        var bytes = new long[names.Length];
        for (int round = 0; round < 4; round++)
        {
            bool count = round > 0;
            foreach (var text in set.Texts)
            {
                var ctx = new ParseContext(text, Parser.Options, ParserKnowledge.Value);
                Step(0, () => LayoutStage.Run(ctx));
                Step(1, () => AttributionStage.Run(ctx));
                Step(2, () => SpeakerStage.Run(ctx));
                Step(3, () => TreatyStage.Run(ctx));
                Step(4, () => ArticleBuilder.Build(ctx));
                ctx.ReleaseScratch();
            }

            void Step(int i, Action stage)
            {
                long a = GC.GetAllocatedBytesForCurrentThread();
                long t = Stopwatch.GetTimestamp();
                stage();
                if (!count) return;
                ticks[i] += Stopwatch.GetTimestamp() - t;
                bytes[i] += GC.GetAllocatedBytesForCurrentThread() - a;
            }
        }
        double total = ticks.Sum();
        for (int i = 0; i < names.Length; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"       {names[i],-12} {ticks[i] / total,6:P0} of the time  {bytes[i] / 3.0 / set.Bytes,7:0.00} B allocated per input byte"));
        }
    }

    /// <summary>The texts parsed slowest per character: where time is not linear, it shows here first.</summary>
    private static void Slowest(CorpusSet set)
    {
        var rates = new List<(double CharsPerMicrosecond, int Index)>();
        for (int i = 0; i < set.Texts.Length; i++)
        {
            var text = set.Texts[i];
            Parser.Parse(text);
            long t = Stopwatch.GetTimestamp();
            for (int r = 0; r < 5; r++) Parser.Parse(text);
            double us = Stopwatch.GetElapsedTime(t).TotalMicroseconds / 5;
            rates.Add((text.Length / us, i));
        }
        foreach (var (rate, index) in rates.OrderBy(r => r.CharsPerMicrosecond).Take(5))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"       text {index,5}: {set.Texts[index].Length,7} chars at {rate * 2 / 1.0,8:0.0} MB/s (UTF-16)"));
        }
    }

    /// <summary>
    /// Each text's best time over eight passes of the set (interleaved, so a pause of the machine spoils one pass of a
    /// text, not all of them), and the line t = fixed + bytes / rate through them by least squares: what a text
    /// costs whatever its size (set-up, header lines, per-text tables) against what each byte costs.
    /// </summary>
    private static void Fit(CorpusSet set)
    {
        int n = set.Texts.Length;
        if (n < 2) return;
        var bytes = new double[n];
        for (int i = 0; i < n; i++) bytes[i] = System.Text.Encoding.UTF8.GetByteCount(set.Texts[i]);
        var best = new double[n];
        Array.Fill(best, double.MaxValue);
        for (int pass = 0; pass < 8; pass++)
        {
            for (int i = 0; i < n; i++)
            {
                long t = Stopwatch.GetTimestamp();
                Parser.Parse(set.Texts[i]);
                best[i] = Math.Min(best[i], Stopwatch.GetElapsedTime(t).TotalMicroseconds);
            }
        }
        double meanBytes = bytes.Average(), meanTime = best.Average();
        double covariance = 0, variance = 0;
        for (int i = 0; i < n; i++)
        {
            covariance += (bytes[i] - meanBytes) * (best[i] - meanTime);
            variance += (bytes[i] - meanBytes) * (bytes[i] - meanBytes);
        }
        if (variance <= 0) return;
        double perByte = covariance / variance, fixedPart = meanTime - perByte * meanBytes;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"       per text {fixedPart,6:0.0} us + bytes at {1 / perByte,6:0.0} MB/s: the part per text is {fixedPart * n / best.Sum(),4:P0} of the set's time (best of 8 per text: {set.Bytes / best.Sum(),5:0.0} MB/s)"));
    }

    private static readonly Lazy<CompiledKnowledge> ParserKnowledge = new(() => new CompiledKnowledge(Parser.Options.Knowledge));

    /// <summary>
    /// Seconds per pass over the set, warmed up, repeated for at least a second, best of three: wall-clock time,
    /// and the process's CPU time (which counts the GC's work too). On a machine shared with other jobs the wall
    /// clock also counts time the thread waited for a core; CPU time is the figure "on one core".
    /// </summary>
    private static (double Wall, double Cpu) Seconds(Action pass)
    {
        for (int i = 0; i < 2; i++) pass();
        double wall = double.MaxValue, cpu = double.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (int round = 0; round < 3; round++)
        {
            int n = 0;
            process.Refresh();
            var cpuStart = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            do
            {
                pass();
                n++;
            }
            while (clock.Elapsed.TotalSeconds < 1.0);
            double elapsed = clock.Elapsed.TotalSeconds;
            process.Refresh();
            wall = Math.Min(wall, elapsed / n);
            cpu = Math.Min(cpu, (process.TotalProcessorTime - cpuStart).TotalSeconds / n);
        }
        return (wall, cpu);
    }
}
