using System.CommandLine;
using NewsModel.Parsing;
using NewsModel.Serialization.Formats;

namespace NewsModel.Cli;

/// <summary>
/// <c>newsmodel render</c>: an article's text in, a self-contained HTML page out, with each statement highlighted
/// and its speaker and cue marked — for checking "who said what" by eye.
/// </summary>
internal static class RenderCommand
{
    public static Command Create(Streams io)
    {
        var input = new Argument<string>("input")
        {
            HelpName = "FILE|-",
            Description = "The article as UTF-8 plain text, or - for standard input.",
        };
        var referenceDate = ParserOptions.ReferenceDate("The day the article is read against, for dates without a year (default: today).");
        var bodyOnly = ParserOptions.BodyOnly();
        var command = new Command("render", "Parses one article and writes it as a self-contained HTML page, each statement highlighted with its speaker.")
        {
            input, referenceDate, bodyOnly,
        };
        command.SetAction(result => Run(result.GetValue(input)!, result.GetValue(referenceDate), result.GetValue(bodyOnly), io));
        return command;
    }

    private static int Run(string input, DateOnly? referenceDate, bool bodyOnly, Streams io)
    {
        if (input != "-" && !File.Exists(input)) throw new UsageException($"no such file: {input}");
        var text = input == "-" ? TextInput.ReadAll(io.Stdin).Text : TextInput.ReadFile(input).Text;
        var parser = new ArticleParser(new ParseOptions { ReferenceDate = referenceDate, BodyOnly = bodyOnly });
        var article = parser.Parse(text);
        using (var writer = new StreamWriter(io.Stdout, CommandLine.Utf8NoBom, bufferSize: 1 << 16, leaveOpen: true))
        {
            ArticleHtml.Render(writer, article, input);
        }
        io.Stdout.Flush();
        return CommandLine.Success;
    }
}
