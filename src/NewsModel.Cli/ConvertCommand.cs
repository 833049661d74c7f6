using System.CommandLine;
using NewsModel.Model;
using NewsModel.Serialization;

namespace NewsModel.Cli;

/// <summary><c>newsmodel convert</c>: reads canonical JSON and writes it in one of <see cref="OutputFormats"/>.</summary>
internal static class ConvertCommand
{
    public static Command Create(Streams io)
    {
        var names = OutputFormats.All.Select(f => f.Name).ToArray();
        var input = new Argument<string>("input")
        {
            HelpName = "FILE.json|-",
            Description = "An article in the canonical JSON, or - for standard input.",
        };
        var to = new Option<string>("--to")
        {
            HelpName = string.Join('|', names),
            Description = "The format to write: " + string.Join("; ", OutputFormats.All.Select(f => $"{f.Name}: {f.Description}")) + ".",
        };
        to.CompletionSources.Add(names);
        to.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (OutputFormats.Find(value) is null)
            {
                result.AddError($"unknown format '{value}' for --to; expected one of: {string.Join(", ", names)}");
            }
        });
        var command = new Command("convert", "Reads an article in the canonical JSON and writes it in another format.") { input, to };
        command.Validators.Add(result =>
        {
            if (result.GetResult(to) is null) result.AddError($"convert needs --to FORMAT (one of: {string.Join(", ", names)}), as in --to json");
        });
        command.SetAction(result => Run(result.GetValue(input)!, OutputFormats.Find(result.GetValue(to)!)!, io));
        return command;
    }

    private static int Run(string input, OutputFormat format, Streams io)
    {
        if (input != "-" && !File.Exists(input)) throw new UsageException($"no such file: {input}");
        Article article;
        if (input == "-")
        {
            article = NewsJson.Deserialize(io.Stdin);
        }
        else
        {
            // The bytes as they are: the reader checks the UTF-8 and names the string that breaks it.
            using var file = File.OpenRead(input);
            article = NewsJson.Deserialize(file);
        }
        format.Write(article, input, io.Stdout);
        io.Stdout.Flush();
        return CommandLine.Success;
    }
}
