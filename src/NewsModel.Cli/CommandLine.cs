using System.CommandLine;
using System.CommandLine.Invocation;
using System.Text;
using NewsModel.Serialization;

namespace NewsModel.Cli;

/// <summary>
/// The <c>newsmodel</c> command, built on System.CommandLine: <c>parse</c> and <c>convert</c>, <c>--help</c> on
/// every command, <c>--version</c>, <c>--option=value</c>, and completions through the <c>[suggest]</c> directive.
/// Exit codes: 0 success; 1 some inputs of a batch or records of a stream failed (the rest were written); 2 bad
/// arguments, a missing file, or a single input that could not be read; 3 standard output could not be written
/// (its reader closed it, as <c>| head</c> does): the run stopped there. Errors are one line on standard error,
/// control characters escaped, never a stack trace.
/// </summary>
public static class CommandLine
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;
    /// <summary>Exit code when some inputs of a batch, or records of a stream, failed.</summary>
    public const int PartialFailure = 1;
    /// <summary>Exit code for bad usage or an unreadable single input.</summary>
    public const int UsageError = 2;
    /// <summary>Exit code when standard output could not be written: the run stopped at that point.</summary>
    public const int OutputFailed = 3;

    internal static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Runs the command with <paramref name="args"/>; returns the exit code.</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="stdin">Standard input, read as bytes (<c>parse -</c>, <c>parse --stdin-jsonl</c>, <c>convert -</c>).</param>
    /// <param name="stdout">Standard output: the JSON, and help, version and completion text.</param>
    /// <param name="stderr">Standard error: one line per problem, the progress line and the summary of a batch.</param>
    public static int Run(string[] args, Stream stdin, Stream stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var io = new Streams(stdin, new OutputStream(stdout), stderr);
        try
        {
            if (args.Length == 0)
            {
                return Fail(stderr, "no command given; usage: newsmodel parse FILE|DIR|- ... or newsmodel convert FILE.json --to FORMAT (see newsmodel --help)");
            }
            var root = CreateRoot(io);
            var result = root.Parse(args);
            if (result.Action is ParseErrorAction)
            {
                var errors = string.Join("; ", result.Errors.Select(e => e.Message));
                return Fail(stderr, $"{errors} (see {CommandPath(result.CommandResult.Command)} --help)");
            }
            using var text = new StreamWriter(io.Stdout, Utf8NoBom, bufferSize: 4096, leaveOpen: true) { AutoFlush = true };
            return result.Invoke(new InvocationConfiguration { Output = text, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (OutputException e)
        {
            stderr.WriteLine("newsmodel: stopped: " + Display.Escape(e.Message));
            return OutputFailed;
        }
        catch (Exception e) when (e is UsageException or IOException or UnauthorizedAccessException or InvalidDataException or NewsJsonException)
        {
            return Fail(stderr, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug, not the user's fault: still one line, with the type so it can be reported.
            return Fail(stderr, $"internal error ({e.GetType().Name}): {e.Message}");
        }
    }

    private static RootCommand CreateRoot(Streams io)
    {
        var root = new RootCommand("""
            Parses news articles (English plain text) into NewsModel's canonical JSON: statements (who said what),
            speakers and treaties.
            """)
        {
            ParseCommand.Create(io),
            ConvertCommand.Create(io),
            RenderCommand.Create(io),
        };
        return root;
    }

    private static string CommandPath(Command command) =>
        command is RootCommand ? "newsmodel" : "newsmodel " + command.Name;

    internal static int Fail(TextWriter stderr, string message)
    {
        // System.CommandLine's messages may list values on lines of their own: one line, single spaces.
        var line = string.Join(' ', message.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        stderr.WriteLine("newsmodel: error: " + Display.Escape(line));
        return UsageError;
    }
}

/// <summary>The three standard streams of one run.</summary>
internal sealed record Streams(Stream Stdin, OutputStream Stdout, TextWriter Stderr);

/// <summary>Bad usage found after the command line parsed: a missing input, a format that cannot hold the inputs.</summary>
internal sealed class UsageException(string message) : Exception(message);
