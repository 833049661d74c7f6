using System.Text;
using NewsModel.Model;
using NewsModel.Parsing;
using NewsModel.Serialization;
using SharpFuzz;

// The fuzz target is chosen by NEWSMODEL_FUZZ_TARGET (parser | json), not by an argument: outside libFuzzer,
// SharpFuzz reads the input from the file named by the first argument, so a crash replays with
// `NEWSMODEL_FUZZ_TARGET=json dotnet NewsModel.Fuzz.dll crash-file`. No instrumented code may run before
// Fuzzer.LibFuzzer.Run has mapped the coverage memory, so the parser is built inside the first run.
var target = Environment.GetEnvironmentVariable("NEWSMODEL_FUZZ_TARGET") ?? "parser";
switch (target)
{
    case "parser":
        Fuzzer.LibFuzzer.Run(FuzzTargets.Parse);
        break;
    case "json":
        Fuzzer.LibFuzzer.Run(FuzzTargets.ReadJson);
        break;
    default:
        Console.Error.WriteLine($"unknown NEWSMODEL_FUZZ_TARGET '{target}': use parser or json");
        return 2;
}
return 0;

/// <summary>What each fuzz target checks; any exception that escapes is a crash libFuzzer keeps.</summary>
internal static class FuzzTargets
{
    private static ArticleParser? s_parser;

    /// <summary>
    /// Parse never throws and the result round-trips through the canonical JSON. The first byte picks the
    /// decoding: even, UTF-8 (invalid bytes become U+FFFD); odd, the rest read as raw UTF-16 so lone
    /// surrogates and every control character reach the parser.
    /// </summary>
    public static void Parse(ReadOnlySpan<byte> bytes)
    {
        s_parser ??= new ArticleParser(new ParseOptions { ReferenceDate = new DateOnly(2026, 11, 27) });
        string text;
        if (bytes.IsEmpty) text = "";
        else if ((bytes[0] & 1) == 0) text = Encoding.UTF8.GetString(bytes[1..]);
        else
        {
            var rest = bytes[1..];
            var chars = new char[rest.Length / 2];
            for (int i = 0; i < chars.Length; i++) chars[i] = (char)(rest[2 * i] | (rest[2 * i + 1] << 8));
            text = new string(chars);
        }

        Article article = s_parser.Parse(text);
        // The parser reports its own faults as NM9000 instead of throwing: to the fuzzer that is a crash.
        foreach (var d in article.Diagnostics)
        {
            if (d.Code == DiagnosticCodes.InternalError) throw new InvalidOperationException("The parser reported an internal fault (NM9000).");
        }
        string json = NewsJson.Serialize(article);
        Article back = NewsJson.Deserialize(json);
        if (back != article) throw new InvalidOperationException("The canonical JSON did not round-trip.");
    }

    /// <summary>
    /// Reading any bytes either gives an article or throws <see cref="NewsJsonException"/>; what was read
    /// writes and reads back equal.
    /// </summary>
    public static void ReadJson(ReadOnlySpan<byte> bytes)
    {
        Article article;
        try
        {
            article = NewsJson.Deserialize(bytes);
        }
        catch (NewsJsonException e) when (e.Path is not null)
        {
            return;
        }
        string json = NewsJson.Serialize(article);
        if (NewsJson.Deserialize(json) != article) throw new InvalidOperationException("A read article did not round-trip.");
    }
}
