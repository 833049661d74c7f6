using System.Diagnostics;
using System.Text.Json;
using NewsModel.Parsing;
using NewsModel.Serialization;

namespace NewsModel.Tests.Corpus;

/// <summary>
/// Parses a gold directory in-process, writes the canonical JSON the CLI would print, and runs the shared
/// scorer (<c>../shared/eval/score.py</c>) over it, so the tests measure exactly what users are scored on.
/// </summary>
internal static class Scorer
{
    public sealed record Result(IReadOnlyDictionary<string, double> Metrics, string Verbose)
    {
        public double this[string metric] => Metrics[metric];
    }

    /// <summary>The shared directory (holding corpus/ and eval/), or null in a plain clone.</summary>
    public static string? SharedDirectory => TestData.CorpusDirectory is { } corpus ? Path.GetDirectoryName(corpus) : null;

    /// <summary>Scores the articles of <paramref name="goldDirectory"/> whose file names start with <paramref name="prefix"/>.</summary>
    public static Result Score(string goldDirectory, ArticleParser parser, string prefix = "", bool verbose = true)
    {
        var shared = SharedDirectory ?? throw new InvalidOperationException("The shared directory is not present.");
        var work = Directory.CreateTempSubdirectory("newsmodel-score-");
        try
        {
            var gold = Path.Combine(work.FullName, "gold");
            var pred = Path.Combine(work.FullName, "pred");
            Directory.CreateDirectory(gold);
            Directory.CreateDirectory(pred);
            foreach (var goldFile in Directory.EnumerateFiles(goldDirectory, prefix + "*.gold.json"))
            {
                var name = Path.GetFileName(goldFile)[..^".gold.json".Length];
                File.Copy(goldFile, Path.Combine(gold, Path.GetFileName(goldFile)));
                var text = File.ReadAllText(Path.Combine(goldDirectory, name + ".txt"));
                File.WriteAllText(Path.Combine(pred, name + ".json"), NewsJson.Serialize(parser.Parse(text)));
            }
            var metrics = Run(shared, gold, pred, "--json");
            var misses = verbose ? RunText(shared, gold, pred, "--verbose") : "(run with the verbose scorer to list misses)";
            var values = new Dictionary<string, double>(StringComparer.Ordinal);
            using var doc = JsonDocument.Parse(metrics);
            foreach (var p in doc.RootElement.EnumerateObject()) values[p.Name] = p.Value.GetDouble();
            return new Result(values, misses);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string Run(string shared, string gold, string pred, string flag) => RunText(shared, gold, pred, flag);

    private static string RunText(string shared, string gold, string pred, string flag)
    {
        var psi = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Path.Combine(shared, "eval", "score.py"));
        psi.ArgumentList.Add(gold);
        psi.ArgumentList.Add(pred);
        psi.ArgumentList.Add(flag);
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("python3 could not be started.");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"score.py failed ({process.ExitCode}): {error}");
        return output;
    }
}
