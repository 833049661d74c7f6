using System.Collections.Concurrent;
using System.Text.Json;
using Json.Schema;

namespace NewsModel.Tests.Serialization.Formats;

/// <summary>
/// The published JSON Schemas the exports are checked against, read from TestData/Schemas (see the README there
/// for their sources and licences), validated with JsonSchema.Net, format keywords enforced.
/// </summary>
internal static class PublishedSchemas
{
    private static readonly string Root = TestData.Path("Schemas");
    private static readonly ConcurrentDictionary<string, JsonSchema> Built = new();

    /// <summary>IPTC ninjs 3.1.</summary>
    public static JsonSchema Ninjs => Built.GetOrAdd("ninjs", _ => Build(Path.Combine(Root, "ninjs", "ninjs-schema_3.1.json"), new SchemaRegistry()));

    /// <summary>schema.org NewsArticle as published in the community package (schema.org 13.0 types).</summary>
    public static JsonSchema SchemaOrgNewsArticle => Built.GetOrAdd("schemaorg", _ => Build(Path.Combine(Root, "schemaorg", "NewsArticle.json"), SchemaOrgRegistry()));

    /// <summary>The strict schema of the JSON-LD this library writes, made from the schema.org vocabulary.</summary>
    public static JsonSchema StrictJsonLd => Built.GetOrAdd("strict", _ => Build(Path.Combine(Root, "newsmodel-jsonld.schema.json"), new SchemaRegistry()));

    /// <summary>Every error the schema reports for <paramref name="json"/>, one line each; empty when valid.</summary>
    public static IReadOnlyList<string> Errors(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions
        {
            OutputFormat = OutputFormat.List,
            RequireFormatValidation = true,
        });
        if (results.IsValid) return [];
        var errors = new List<string>();
        foreach (var detail in results.Details ?? [])
        {
            if (detail.Errors is null) continue;
            foreach (var (keyword, message) in detail.Errors)
            {
                errors.Add($"{detail.InstanceLocation} ({keyword} at {detail.EvaluationPath}): {message}");
            }
        }
        if (errors.Count == 0) errors.Add("invalid, with no detail reported");
        return errors;
    }

    private static JsonSchema Build(string path, SchemaRegistry registry) =>
        JsonSchema.FromText(File.ReadAllText(path), new BuildOptions { SchemaRegistry = registry });

    /// <summary>
    /// The community schemas refer to one another by relative file name ("Article.json" under https://schema.org/);
    /// the registry reads each from the test data when first referred to and never goes to the network. Two files
    /// the package refers to but does not ship come from schemaorg-standins/ (see the README there).
    /// </summary>
    private static SchemaRegistry SchemaOrgRegistry()
    {
        var registry = new SchemaRegistry();
        registry.Fetch = (uri, reg) =>
        {
            var name = Path.GetFileName(uri.AbsolutePath);
            var file = Path.Combine(Root, "schemaorg", name);
            if (!File.Exists(file)) file = Path.Combine(Root, "schemaorg-standins", name);
            if (uri.Host != "schema.org" || !File.Exists(file))
            {
                throw new InvalidOperationException($"The schema {uri} is not in the test data ({file}).");
            }
            return JsonSchema.FromText(File.ReadAllText(file), new BuildOptions { SchemaRegistry = reg });
        };
        return registry;
    }
}
