using FluentAssertions;
using NewsModel.Model;
using NewsModel.Serialization;

namespace NewsModel.Tests.Serialization;

public sealed class RoundTripTests
{
    [Fact]
    public void Deserialize_of_serialize_gives_an_equal_article()
    {
        var article = TestData.Parser.Parse(TestData.Seed);
        NewsJson.Deserialize(NewsJson.Serialize(article)).Should().Be(article);
    }

    [Fact]
    public void Serialize_of_what_was_read_gives_the_same_text()
    {
        var json = NewsJson.Serialize(TestData.Parser.Parse(TestData.Seed));
        NewsJson.Serialize(NewsJson.Deserialize(json)).Should().Be(json);
    }

    [Fact]
    public void Compact_json_round_trips_as_well()
    {
        var options = new NewsJsonOptions { Indented = false };
        var article = TestData.Parser.Parse(TestData.Seed);
        var json = NewsJson.Serialize(article, options);
        json.Should().NotContain("\n");
        NewsJson.Deserialize(json, options).Should().Be(article);
    }

    [Fact]
    public void Canonical_json_has_schema_version_camel_case_names_and_speaker_ids()
    {
        var json = NewsJson.Serialize(TestData.Parser.Parse(TestData.Seed));
        json.Should().StartWith("{\n  \"schemaVersion\": 1,\n  \"headline\":");
        json.Should().Contain("\"published\": \"2026-09-27T01:53:00+03:00\"");
        json.Should().Contain("\"speaker\": \"sp1\"");
        json.Should().Contain("\"kind\": \"mixed\"");
    }

    [Fact]
    public void An_empty_article_round_trips()
    {
        var empty = new Article();
        NewsJson.Deserialize(NewsJson.Serialize(empty)).Should().Be(empty);
    }

    [Theory]
    [InlineData("", "$")]
    [InlineData("{", "$")]
    [InlineData("[]", "$")]
    [InlineData("{\"schemaVersion\": 2}", "$.schemaVersion")]
    [InlineData("{\"schemaVersion\": \"1\"}", "$.schemaVersion")]
    public void Malformed_json_fails_with_the_path_of_the_problem(string json, string path)
    {
        var act = () => NewsJson.Deserialize(json);
        act.Should().Throw<NewsJsonException>().Which.Path.Should().Be(path);
    }

    [Fact]
    public void A_wrong_typed_value_deep_in_the_article_is_named_by_its_path()
    {
        var json = NewsJson.Serialize(TestData.Parser.Parse(TestData.Seed)).Replace("\"kind\": \"direct\"", "\"kind\": 3", StringComparison.Ordinal);
        var act = () => NewsJson.Deserialize(json);
        act.Should().Throw<NewsJsonException>()
            .Which.Path.Should().Be("$.statements[1].kind");
    }

    [Fact]
    public void An_unknown_enum_value_is_named_with_its_path()
    {
        var json = NewsJson.Serialize(TestData.Parser.Parse(TestData.Seed)).Replace("\"kind\": \"organization\"", "\"kind\": \"robot\"", StringComparison.Ordinal);
        var act = () => NewsJson.Deserialize(json);
        act.Should().Throw<NewsJsonException>()
            .Where(e => e.Path == "$.speakers[0].kind" && e.Message.Contains("'robot'", StringComparison.Ordinal));
    }
}
