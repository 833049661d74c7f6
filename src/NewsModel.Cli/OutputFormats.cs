using NewsModel.Model;
using NewsModel.Serialization;
using NewsModel.Serialization.Formats;

namespace NewsModel.Cli;

/// <summary>A format <c>convert --to</c> writes: its name on the command line, a line for help, and the writer.</summary>
/// <param name="Name">The value of <c>--to</c>.</param>
/// <param name="Description">What the format is, for help.</param>
/// <param name="Write">Writes one article, read from the named source, to standard output, ending with a line break.</param>
internal sealed record OutputFormat(string Name, string Description, Action<Article, string, Stream> Write);

/// <summary>
/// The formats of <c>convert --to</c>, in the order help lists them. A format the library can write is added here
/// with one line; the option's accepted values, its completions and its help follow from this list.
/// </summary>
internal static class OutputFormats
{
    public static IReadOnlyList<OutputFormat> All { get; } =
    [
        new("json", "the canonical JSON, indented", (article, _, output) => Json(output, s => NewsJson.Serialize(s, article))),
        new("ninjs", "IPTC ninjs, news in JSON", (article, _, output) => Json(output, s => NinjsJson.Serialize(s, article))),
        new("jsonld", "schema.org NewsArticle as JSON-LD", (article, _, output) => Json(output, s => SchemaOrgJsonLd.Serialize(s, article))),
        new("csv", "one row per statement, comma-separated", (article, source, output) => Text(output, w => new StatementTableWriter(w, StatementTableFormat.Csv).Write(article, source))),
        new("tsv", "one row per statement, tab-separated", (article, source, output) => Text(output, w => new StatementTableWriter(w, StatementTableFormat.Tsv).Write(article, source))),
        new("html", "a self-contained page with each statement highlighted", (article, source, output) => Text(output, w => ArticleHtml.Render(w, article, source))),
    ];

    public static OutputFormat? Find(string name) => All.FirstOrDefault(f => f.Name == name);

    private static void Json(Stream output, Action<Stream> write)
    {
        write(output);
        output.WriteByte((byte)'\n');
    }

    private static void Text(Stream output, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(output, CommandLine.Utf8NoBom, bufferSize: 1 << 16, leaveOpen: true);
        write(writer);
    }
}
