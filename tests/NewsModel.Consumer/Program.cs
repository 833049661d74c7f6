using NewsModel.Model;
using NewsModel.Parsing;
using NewsModel.Serialization;
using NewsModel.Serialization.Formats;

// Parses the seed article through the packed library and checks its statements; exit code 1 on any mismatch.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: NewsModel.Consumer SEED.txt");
    return 2;
}

var parser = new ArticleParser(new ParseOptions { ReferenceDate = new DateOnly(2026, 11, 27) });
var text = File.ReadAllText(args[0]);
Article article = parser.Parse(text);
var failures = new List<string>();

void Check(bool ok, string what)
{
    if (!ok) failures.Add(what);
}

Check(article.Statements.Count == 8, $"8 statements expected, found {article.Statements.Count}");
Check(article.Statements.Count > 0 && article.Statements[0].Where == StatementLocation.Headline, "the first statement stands in the headline");
Check(article.Statements.Count > 0 && article.Statements[0].Text == "Russia not to join anti-Korean communiques", "the headline statement's text");
foreach (var s in article.Statements)
{
    var speaker = article.FindSpeaker(s.SpeakerId);
    Check(speaker?.Name == "Russian Foreign Ministry", $"{s.Id} is attributed to the Russian Foreign Ministry, not {speaker?.Name ?? "nobody"}");
    Check(s.Spans.Count > 0 && s.Spans.All(sp => sp.End <= text.Length), $"{s.Id} has spans inside the text");
}
Check(article.Treaties.Any(t => t.Acronym == "CTBT"), "the CTBT is found");
Check(NewsJson.Deserialize(NewsJson.Serialize(article)) == article, "the canonical JSON reads back to the same article");

// The formats, called as the README shows them.
Check(NinjsJson.Serialize(article).Contains("\"version\": \"3.1\"", StringComparison.Ordinal), "ninjs names its version");
Check(SchemaOrgJsonLd.Serialize(article).Contains("\"spokenByCharacter\"", StringComparison.Ordinal), "JSON-LD attributes the quotations");
var html = ArticleHtml.Render(article, "seed.txt");
Check(article.Statements.All(s => html.Contains($"data-statement=\"{s.Id}\"", StringComparison.Ordinal)), "the HTML view marks every statement");
var csv = new StringWriter();
new StatementTableWriter(csv, StatementTableFormat.Csv).Write(article, "seed.txt");
Check(csv.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length == article.Statements.Count + 1, "the CSV has a header and a row per statement");

foreach (var f in failures) Console.Error.WriteLine($"consumer: {f}");
Console.WriteLine(failures.Count == 0
    ? $"consumer: NewsModel {typeof(ArticleParser).Assembly.GetName().Version} from the package parsed the seed: {article.Statements.Count} statements, {article.Speakers.Count} speakers, {article.Treaties.Count} treaties"
    : $"consumer: {failures.Count} check(s) failed");
return failures.Count == 0 ? 0 : 1;
