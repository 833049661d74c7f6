using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentAssertions;
using NewsModel.Model;
using NewsModel.Serialization;

namespace NewsModel.Tests.Serialization;

/// <summary>JsonSerializer writes and reads an Article as the canonical JSON, whatever its own options say.</summary>
public sealed class SystemTextJsonTests
{
    private static readonly Article Seed = TestData.Parser.Parse(TestData.Seed);
    private static readonly NewsJsonOptions OneLine = new() { Indented = false };
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private static readonly JsonSerializerOptions WebSnakeCase = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseUpper };

    [Fact]
    public void Json_serializer_writes_the_canonical_json_byte_for_byte()
    {
        JsonSerializer.Serialize(Seed).Should().Be(NewsJson.Serialize(Seed, OneLine));
        JsonSerializer.SerializeToUtf8Bytes(Seed).Should().Equal(Encoding.UTF8.GetBytes(NewsJson.Serialize(Seed, OneLine)));
    }

    [Fact]
    public void Json_serializer_writing_indented_gives_the_default_canonical_json()
    {
        JsonSerializer.Serialize(Seed, Indented).Should().Be(NewsJson.Serialize(Seed));
    }

    [Fact]
    public void Naming_policy_and_encoder_of_the_serializer_do_not_change_the_canonical_json()
    {
        JsonSerializer.Serialize(Seed, WebSnakeCase).Should().Be(NewsJson.Serialize(Seed, OneLine));
    }

    [Fact]
    public void A_source_generated_context_uses_the_canonical_json_without_reflection()
    {
        var json = JsonSerializer.Serialize(Seed, ArticleJsonContext.Default.Article);
        json.Should().Be(NewsJson.Serialize(Seed, OneLine));
        JsonSerializer.Deserialize(json, ArticleJsonContext.Default.Article).Should().Be(Seed);
    }

    [Fact]
    public void Json_serializer_reads_the_canonical_json_back_to_an_equal_article()
    {
        JsonSerializer.Deserialize<Article>(NewsJson.Serialize(Seed)).Should().Be(Seed);
        JsonSerializer.Deserialize<Article>(JsonSerializer.Serialize(Seed)).Should().Be(Seed);
    }

    [Fact]
    public void Articles_inside_other_values_round_trip_on_one_line_each()
    {
        var pair = new[] { Seed, TestData.Parser.Parse("Plain text with no headline.") };
        var json = JsonSerializer.Serialize(pair, Indented);
        json.Should().Contain(NewsJson.Serialize(Seed, OneLine));
        JsonSerializer.Deserialize<Article[]>(json).Should().Equal(pair);
    }

    [Fact]
    public void Bad_json_through_json_serializer_fails_with_a_news_json_exception_naming_its_path()
    {
        var json = NewsJson.Serialize(Seed).Replace("\"kind\": \"direct\"", "\"kind\": \"shout\"", StringComparison.Ordinal);
        var act = () => JsonSerializer.Deserialize<Article>(json);
        act.Should().Throw<NewsJsonException>().Which.Path.Should().StartWith("$.statements[");
    }

    private sealed record TaggedSpeaker : Speaker
    {
        [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
        public TaggedSpeaker(Speaker original) : base(original) { }

        public string Tag { get; init; } = "";
    }

    [Fact]
    public void A_converter_built_with_news_json_options_carries_extensions_and_html_safe_escaping()
    {
        var newsOptions = new NewsJsonOptions
        {
            HtmlSafe = true,
            Extensions = ModelExtensions.Empty.Register<Speaker, TaggedSpeaker>("tagged", (w, s) => w.WriteString("tag", s.Tag), (s, e) => new TaggedSpeaker(s) { Tag = e.GetProperty("tag").GetString()! }),
        };
#pragma warning disable CA1869 // one serializer configuration for this one test
        var options = new JsonSerializerOptions { Converters = { new NewsJsonConverter(newsOptions) } };
#pragma warning restore CA1869
        var article = Seed with
        {
            Headline = "</script><b>",
            Speakers = [.. Seed.Speakers.Select(s => (Speaker)new TaggedSpeaker(s) { Tag = "<t>" })],
        };
        var json = JsonSerializer.Serialize(article, options);
        json.Should().Be(NewsJson.Serialize(article, newsOptions with { Indented = false }));
        json.Should().NotContain("</script>").And.Contain("\\u003C/script\\u003E").And.Contain("\"$type\":\"tagged\"");
        JsonSerializer.Deserialize<Article>(json, options).Should().Be(article);
    }
}

/// <summary>A source-generated serializer context, as an AOT-compiled application would declare it.</summary>
[JsonSerializable(typeof(Article))]
internal sealed partial class ArticleJsonContext : JsonSerializerContext;
