using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsModel.Model;
using NewsModel.Parsing;
using NewsModel.Serialization;

namespace NewsModel.Cli;

/// <summary>
/// The <c>newsmodel</c> command. Exit codes: 0 success; 1 some inputs of a batch could not be read (the rest
/// were written); 2 bad arguments, a missing file, or an input that could not be read. Errors are one line on
/// standard error, never a stack trace.
/// </summary>
public static class CommandLine
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;
    /// <summary>Exit code when some inputs of a batch failed.</summary>
    public const int PartialFailure = 1;
    /// <summary>Exit code for bad usage or an unreadable single input.</summary>
    public const int UsageError = 2;

    private const string Usage = """
        usage:
          newsmodel parse FILE|DIR|- [FILE|DIR ...] [--reference-date YYYY-MM-DD] [--body-only]
              one file: its canonical JSON; several files or a directory: JSON Lines, one {"source","article"} per line
          newsmodel convert FILE.json|- --to json
              reads canonical JSON and writes it again
        """;

    /// <summary>Runs the command with <paramref name="args"/>; returns the exit code.</summary>
    public static int Run(string[] args, TextReader stdin, Stream stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
            {
                stderr.WriteLine(Usage);
                return args.Length == 0 ? UsageError : Success;
            }
            return args[0] switch
            {
                "parse" => Parse(args[1..], stdin, stdout, stderr),
                "convert" => Convert(args[1..], stdin, stdout, stderr),
                _ => Fail(stderr, $"unknown command '{args[0]}'; expected 'parse' or 'convert' (see --help)"),
            };
        }
        catch (UsageException e)
        {
            return Fail(stderr, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return Fail(stderr, e.Message);
        }
        catch (NewsJsonException e)
        {
            return Fail(stderr, e.Message);
        }
        catch (Exception e)
        {
            // A bug, not the user's fault: still one line, with the type so it can be reported.
            return Fail(stderr, $"internal error ({e.GetType().Name}): {e.Message}");
        }
    }

    private sealed class UsageException(string message) : Exception(message);

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine("newsmodel: error: " + message.ReplaceLineEndings(" "));
        return UsageError;
    }

    private static int Parse(string[] args, TextReader stdin, Stream stdout, TextWriter stderr)
    {
        var inputs = new List<string>();
        var options = new ParseOptions();
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--reference-date":
                    if (i + 1 >= args.Length) throw new UsageException("--reference-date needs a date, YYYY-MM-DD");
                    if (!DateOnly.TryParseExact(args[++i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        throw new UsageException($"--reference-date '{args[i]}' is not a date of the form YYYY-MM-DD");
                    }
                    options = options with { ReferenceDate = date };
                    break;
                case "--body-only":
                    options = options with { BodyOnly = true };
                    break;
                case var a when a.StartsWith("--", StringComparison.Ordinal):
                    throw new UsageException($"unknown option '{a}' for parse");
                default:
                    inputs.Add(args[i]);
                    break;
            }
        }
        if (inputs.Count == 0) throw new UsageException("parse needs a FILE, a directory or - for standard input");
        var files = new List<string>();
        // A file found in a directory is named by its path below that directory, so bbc/001.txt and tass/001.txt stay apart.
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        bool batch = inputs.Count > 1;
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                files.Add(input);
            }
            else if (Directory.Exists(input))
            {
                batch = true;
                foreach (var file in Directory.EnumerateFiles(input, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    files.Add(file);
                    sources[file] = Path.GetRelativePath(input, file).Replace(Path.DirectorySeparatorChar, '/');
                }
            }
            else if (File.Exists(input))
            {
                files.Add(input);
            }
            else
            {
                throw new UsageException($"no such file or directory: {input}");
            }
        }
        var parser = new ArticleParser(options);
        if (!batch)
        {
            var article = Read(files[0], stdin, parser);
            NewsJson.Serialize(stdout, article);
            stdout.WriteByte((byte)'\n');
            stdout.Flush();
            return Success;
        }
        return Batch.Run(files, parser, stdin, stdout, stderr, sources);
    }

    /// <summary>Strict UTF-8: a file that is not UTF-8 text is refused rather than parsed with U+FFFD in place of its bytes.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads and parses one input.</summary>
    /// <exception cref="IOException">When the file cannot be read (missing, a directory, no permission as IOException or UnauthorizedAccessException).</exception>
    /// <exception cref="InvalidDataException">When the file is not UTF-8 text.</exception>
    internal static Article Read(string file, TextReader stdin, ArticleParser parser)
    {
        if (file == "-") return parser.Parse(stdin);
        if (Directory.Exists(file)) throw new IOException($"{file} is a directory, not a text file");
        try
        {
            using var reader = new StreamReader(file, StrictUtf8, detectEncodingFromByteOrderMarks: true);
            return parser.Parse(reader);
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidDataException($"{file} is not UTF-8 text", e);
        }
    }

    private static int Convert(string[] args, TextReader stdin, Stream stdout, TextWriter stderr)
    {
        string? input = null;
        string? to = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--to")
            {
                if (i + 1 >= args.Length) throw new UsageException("--to needs a format: json");
                to = args[++i];
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new UsageException($"unknown option '{args[i]}' for convert");
            }
            else if (input is null)
            {
                input = args[i];
            }
            else
            {
                throw new UsageException("convert takes one input");
            }
        }
        if (input is null) throw new UsageException("convert needs a FILE.json or - for standard input");
        if (to is null) throw new UsageException("convert needs --to json");
        if (to != "json") throw new UsageException($"unknown format '{to}' for --to; expected json");
        if (input != "-" && !File.Exists(input)) throw new UsageException($"no such file: {input}");
        Article article;
        if (input == "-")
        {
            article = NewsJson.Deserialize(stdin.ReadToEnd());
        }
        else
        {
            // The bytes as they are: the reader checks the UTF-8 and names the string that breaks it.
            using var file = File.OpenRead(input);
            article = NewsJson.Deserialize(file);
        }
        NewsJson.Serialize(stdout, article);
        stdout.WriteByte((byte)'\n');
        stdout.Flush();
        _ = stderr;
        return Success;
    }
}
