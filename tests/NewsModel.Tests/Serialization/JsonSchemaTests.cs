using System.Text.Json;
using FluentAssertions;
using Json.Schema;
using NewsModel.Model;
using NewsModel.Serialization;

namespace NewsModel.Tests.Serialization;

/// <summary>The JSON Schema shipped in the package accepts everything the serializer writes and refuses what breaks the format.</summary>
public sealed class JsonSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(NewsJson.GetJsonSchema());

    private static readonly EvaluationOptions Flag = new() { OutputFormat = OutputFormat.Flag };
    private static readonly EvaluationOptions List = new() { OutputFormat = OutputFormat.List };

    /// <summary>The schema's verdict, and the first errors when it refuses.</summary>
    private static (bool Valid, string Errors) Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        // The verdict alone is quick; the details are worked out only to explain a refusal.
        if (Schema.Evaluate(document.RootElement, Flag).IsValid) return (true, "");
        var result = Schema.Evaluate(document.RootElement, List);
        var errors = result.Details?
            .Where(d => d.Errors is { Count: > 0 })
            .Take(5)
            .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}") ?? [];
        return (result.IsValid, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void The_schema_is_draft_2020_12_and_names_schema_version_1()
    {
        using var schema = JsonDocument.Parse(NewsJson.GetJsonSchema());
        schema.RootElement.GetProperty("$schema").GetString().Should().Be("https://json-schema.org/draft/2020-12/schema");
        schema.RootElement.GetProperty("properties").GetProperty("schemaVersion").GetProperty("const").GetInt32().Should().Be(NewsJson.SchemaVersion);
    }

    [Fact]
    public void The_seed_and_the_sample_validate_indented_compact_and_html_safe()
    {
        var seed = TestData.Parser.Parse(TestData.Seed);
        foreach (var options in new[] { NewsJsonOptions.Default, new NewsJsonOptions { Indented = false }, new NewsJsonOptions { HtmlSafe = true } })
        {
            var (valid, errors) = Evaluate(NewsJson.Serialize(seed, options));
            valid.Should().BeTrue(errors);
        }
        var sample = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "samples");
        var files = Directory.Exists(sample) ? Directory.GetFiles(sample, "*.txt") : [];
        files.Should().NotBeEmpty("the repository's samples folder holds the README's sample");
        foreach (var file in files)
        {
            var (valid, errors) = Evaluate(NewsJson.Serialize(TestData.Parser.Parse(File.ReadAllText(file))));
            valid.Should().BeTrue($"{file}: {errors}");
        }
    }

    [Fact]
    public void Every_corpus_article_validates()
    {
        var corpus = TestData.CorpusDirectory;
        Assert.SkipWhen(corpus is null, "../shared/corpus is not present in this checkout");
        var failures = new List<string>();
        int count = 0;
        foreach (var file in Directory.EnumerateFiles(corpus!, "*.txt", SearchOption.AllDirectories))
        {
            count++;
            var (valid, errors) = Evaluate(NewsJson.Serialize(TestData.Parser.Parse(File.ReadAllText(file)), new NewsJsonOptions { Indented = false }));
            if (!valid) failures.Add($"{file}: {errors}");
        }
        count.Should().BeGreaterThan(1000);
        failures.Should().BeEmpty();
    }

    private sealed record RatedTreaty : Treaty
    {
        [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
        public RatedTreaty(Treaty original) : base(original) { }

        public int Rating { get; init; }
    }

    [Fact]
    public void A_registered_derived_type_may_add_properties_but_other_objects_may_not()
    {
        var options = new NewsJsonOptions
        {
            Extensions = ModelExtensions.Empty.Register<Treaty, RatedTreaty>("rated", (w, t) => w.WriteNumber("rating", t.Rating), (t, e) => new RatedTreaty(t) { Rating = e.GetProperty("rating").GetInt32() }),
        };
        var seed = TestData.Parser.Parse(TestData.Seed);
        seed.Treaties.IsEmpty.Should().BeFalse();
        var extended = seed with { Treaties = [.. seed.Treaties.Select(t => (Treaty)new RatedTreaty(t) { Rating = 5 })] };
        Evaluate(NewsJson.Serialize(extended, options)).Valid.Should().BeTrue();

        var json = NewsJson.Serialize(seed);
        Evaluate(json.Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"rating\": 5,", StringComparison.Ordinal)).Valid.Should().BeFalse();
        json.Should().Contain("\"place\":");
        Evaluate(json.Replace("\"place\":", "\"extra\": 1, \"place\":", StringComparison.Ordinal)).Valid.Should().BeFalse();
    }

    [Theory]
    [InlineData("\"schemaVersion\": 1", "\"schemaVersion\": 2")]
    [InlineData("\"kind\": \"direct\"", "\"kind\": \"shout\"")]
    [InlineData("\"utcOffset\": \"+03:00\"", "\"utcOffset\": \"+23:59\"")]
    [InlineData("\"headlineSpan\": [0, ", "\"headlineSpan\": [-1, ")]
    [InlineData("\"statements\": [", "\"statements\": {\"x\": [")]
    public void Json_that_breaks_the_format_fails_the_schema(string from, string to)
    {
        var json = NewsJson.Serialize(TestData.Parser.Parse(TestData.Seed));
        json.Should().Contain(from);
        var broken = json.Replace(from, to, StringComparison.Ordinal);
        if (to.StartsWith("\"statements\": {", StringComparison.Ordinal)) broken = broken.Replace("],\n  \"speakers\"", "]},\n  \"speakers\"", StringComparison.Ordinal);
        Evaluate(broken).Valid.Should().BeFalse();
    }
}
