using NewsModel.Model;
using NewsModel.Serialization;

namespace NewsModel.Cli;

/// <summary>A format <c>convert --to</c> writes: its name on the command line, a line for help, and the writer.</summary>
/// <param name="Name">The value of <c>--to</c>.</param>
/// <param name="Description">What the format is, for help.</param>
/// <param name="Write">Writes one article to standard output.</param>
internal sealed record OutputFormat(string Name, string Description, Action<Article, Stream> Write);

/// <summary>
/// The formats of <c>convert --to</c>, in the order help lists them. A format the library can write is added here
/// with one line; the option's accepted values, its completions and its help follow from this list.
/// </summary>
internal static class OutputFormats
{
    public static IReadOnlyList<OutputFormat> All { get; } =
    [
        new("json", "the canonical JSON, indented", (article, output) => NewsJson.Serialize(output, article)),
    ];

    public static OutputFormat? Find(string name) => All.FirstOrDefault(f => f.Name == name);
}
