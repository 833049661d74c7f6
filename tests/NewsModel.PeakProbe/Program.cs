using System.Globalization;
using NewsModel.Parsing;
using NewsModel.Serialization;
using NewsModel.Tests.Robustness;

// peak SHAPE CHARS SEED_FILE [--settled]: parses one hostile shape of CHARS characters and writes its canonical JSON to
// nowhere, then prints the peak resident set that parse and its streamed JSON added, in bytes, and the input's length:
// Linux's high-water mark (VmHWM), reset through /proc/self/clear_refs once the input is built and a small parse of
// the same shape has warmed the parser, minus the resident set at that moment. Garbage not yet collected counts, as
// it does for a user. The method of `NewsModel.Benchmarks peak-one`, without its stage marks.
// --settled parses the small input again until the runtime has compiled no method for a while: the tiered compiler
// recompiles hot methods in the background some 100 ms after they became hot (with profile-guided optimization, twice:
// instrumented, then optimized), a cost each process pays once, of several megabytes, which a warm-up of one parse
// leaves to fall inside the measured parse. At 2 M characters it is a few bytes per character; at 256 K, tens.
bool settled = args.Length == 4 && args[3] == "--settled";
if (args.Length != 3 && !settled || !HostileText.Shapes.Contains(args[0])
    || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out int size) || size < 1)
{
    Console.Error.WriteLine("usage: NewsModel.PeakProbe SHAPE CHARS SEED_FILE [--settled]; SHAPE: " + string.Join(", ", HostileText.Shapes));
    return 2;
}
if (!OperatingSystem.IsLinux())
{
    Console.Error.WriteLine("the peak is read from /proc/self/status: Linux only");
    return 3;
}
var parser = new ArticleParser(new ParseOptions { ReferenceDate = new DateOnly(2026, 11, 27) });
var seed = File.ReadAllText(args[2]).ReplaceLineEndings("\n");
var warm = HostileText.Build(args[0], 5_000, seed);
NewsJson.Serialize(Stream.Null, parser.Parse(warm));
if (settled)
{
    long compiled = -1;
    for (int round = 0; round < 50 && System.Runtime.JitInfo.GetCompiledMethodCount() != compiled; round++)
    {
        compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        Thread.Sleep(250);
        NewsJson.Serialize(Stream.Null, parser.Parse(warm));
    }
}
var text = HostileText.Build(args[0], size, seed);
GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
GC.WaitForPendingFinalizers();
GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
long before = Status("VmRSS:");
File.WriteAllText("/proc/self/clear_refs", "5");
var article = parser.Parse(text);
NewsJson.Serialize(Stream.Null, article);
long peak = Status("VmHWM:") - before;
GC.KeepAlive(article);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{peak} {text.Length}"));
return 0;

// A field of /proc/self/status, in bytes.
static long Status(string field)
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
