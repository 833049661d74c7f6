using System.CommandLine;
using NewsModel.Parsing;
using NewsModel.Serialization;

namespace NewsModel.Cli;

/// <summary><c>newsmodel parse</c>: text in, canonical JSON out (one article) or JSON Lines (a batch, a stream).</summary>
internal static class ParseCommand
{
    private const string Json = "json";
    private const string JsonLines = "jsonl";

    public static Command Create(Streams io)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Arity = ArgumentArity.ZeroOrMore,
            HelpName = "FILE|DIR|-",
            Description = "Text files, directories (walked recursively) or - for standard input. Symbolic links to " +
                "folders inside a directory are not followed (reported and skipped); FIFOs and devices are skipped unread. " +
                "A file whose name starts with - is given as ./NAME.",
        };
        var referenceDate = ParserOptions.ReferenceDate("The day the articles are read against, for dates without a year (default: today).");
        var bodyOnly = ParserOptions.BodyOnly();
        var glob = new Option<string>("--glob")
        {
            HelpName = "PATTERN",
            Description = "Which files of a directory are read: a pattern matched against the whole file name, * and ? as wildcards, case-sensitive.",
            DefaultValueFactory = _ => "*.txt",
        };
        var format = new Option<string?>("--format")
        {
            Description = "json: one article, indented; jsonl: one {\"source\",\"article\"} object per line. " +
                "Default: json for a single FILE or -, jsonl otherwise.",
        };
        format.AcceptOnlyFromAmong(Json, JsonLines);
        var jobs = new Option<int>("--jobs", "-j")
        {
            HelpName = "N",
            Description = "Files or records parsed at once, each on its own thread; output keeps the input order.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        jobs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError("--jobs must be at least 1");
        });
        var stdinJsonl = new Option<bool>("--stdin-jsonl")
        {
            Description = "Filter mode for batch engines: read JSON Lines records {\"id\",\"text\",...} from standard input, " +
                "write {\"id\",...,\"article\"} per record in order; a bad record gives {\"id\",\"line\",\"error\"} and the stream goes on.",
        };

        var command = new Command("parse", """
            Parses articles. One FILE or - gives its canonical JSON; several inputs or a directory give JSON Lines,
            {"source": NAME, "article": {...}} per line in input order, where NAME is the path below the directory
            (with several inputs, the path as given joined with it). An input that cannot be read, is not a regular
            file or is not UTF-8 is reported on one stderr line and skipped (exit 1); the summary goes to stderr.
            Exit 3 when standard output closes (as with | head): the run stops there.
            """)
        {
            inputs, referenceDate, bodyOnly, glob, format, jobs, stdinJsonl,
        };
        command.Validators.Add(result =>
        {
            var given = result.GetValue(inputs) ?? [];
            bool stream = result.GetValue(stdinJsonl);
            if (given.FirstOrDefault(a => a.Length > 1 && a[0] == '-') is { } unknown)
            {
                result.AddError($"unknown option '{unknown}' for parse");
            }
            else if (stream && given.Length > 0)
            {
                result.AddError("--stdin-jsonl reads standard input only: give no FILE or DIR");
            }
            else if (stream && result.GetValue(format) == Json)
            {
                result.AddError("--stdin-jsonl writes JSON Lines: --format json does not apply");
            }
            else if (!stream && given.Length == 0)
            {
                result.AddError("parse needs a FILE, a directory or - for standard input (or --stdin-jsonl)");
            }
        });
        command.SetAction(result =>
        {
            var options = new ParseOptions { BodyOnly = result.GetValue(bodyOnly) };
            if (result.GetValue(referenceDate) is { } date) options = options with { ReferenceDate = date };
            var parser = new ArticleParser(options);
            int jobCount = result.GetValue(jobs);
            if (result.GetValue(stdinJsonl)) return JsonLinesFilter.Run(io.Stdin, io, parser, jobCount);
            return Run(result.GetValue(inputs)!, result.GetValue(glob)!, result.GetValue(format), parser, io, jobCount);
        });
        return command;
    }

    private static int Run(string[] inputs, string glob, string? format, ArticleParser parser, Streams io, int jobs)
    {
        foreach (var input in inputs)
        {
            if (input != "-" && !File.Exists(input) && !Directory.Exists(input))
            {
                throw new UsageException($"no such file or directory: {input}");
            }
        }
        bool oneFile = inputs.Length == 1 && !Directory.Exists(inputs[0]);
        format ??= oneFile ? Json : JsonLines;
        var items = Inputs.Expand(inputs, glob).ToList();
        if (format == JsonLines) return Batch.Run(items, parser, io, jobs);
        if (items.Count != 1 || items[0].Skip is { })
        {
            string found = items.Count == 1 ? items[0].Shown + ": " + items[0].Skip : $"the inputs give {items.Count} files";
            throw new UsageException($"--format json writes one article, but {found}; use --format jsonl");
        }
        var item = items[0];
        var (text, _) = item.Path is null ? TextInput.ReadAll(io.Stdin) : ReadNamed(item.Path);
        NewsJson.Serialize(io.Stdout, parser.Parse(text));
        io.Stdout.WriteByte((byte)'\n');
        io.Stdout.Flush();
        return CommandLine.Success;
    }

    /// <summary>Reads a single named input; its failures name it, as a batch's do.</summary>
    private static (string Text, long Bytes) ReadNamed(string path)
    {
        try
        {
            return TextInput.ReadFile(path);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }
}
