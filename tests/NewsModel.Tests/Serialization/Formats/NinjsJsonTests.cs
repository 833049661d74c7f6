using System.Text.Json;
using FluentAssertions;
using NewsModel.Serialization.Formats;

namespace NewsModel.Tests.Serialization.Formats;

public sealed class NinjsJsonTests
{
    [Fact]
    public void Ninjs_of_the_seed_is_valid_against_the_published_ninjs_3_1_schema()
    {
        var json = NinjsJson.Serialize(FormatTestArticles.Seed);
        PublishedSchemas.Errors(PublishedSchemas.Ninjs, json).Should().BeEmpty(json);
    }

    [Fact]
    public void Ninjs_of_an_article_without_headline_time_or_dateline_is_valid_too()
    {
        var json = NinjsJson.Serialize(FormatTestArticles.Bare, new ExportOptions { Indented = false });
        PublishedSchemas.Errors(PublishedSchemas.Ninjs, json).Should().BeEmpty(json);
        using var doc = JsonDocument.Parse(json);
        doc.RootElement.TryGetProperty("headlines", out _).Should().BeFalse();
        doc.RootElement.TryGetProperty("versionCreated", out _).Should().BeFalse();
        doc.RootElement.GetProperty("uri").GetString().Should().StartWith("urn:newsmodel:");
    }

    [Fact]
    public void Ninjs_of_every_dev_corpus_article_is_valid()
    {
        var articles = FormatTestArticles.DevCorpus().ToList();
        Assert.SkipWhen(articles.Count == 0, "../shared/corpus/dev is not present in this checkout");
        var failures = new List<string>();
        foreach (var (name, article) in articles)
        {
            foreach (var error in PublishedSchemas.Errors(PublishedSchemas.Ninjs, NinjsJson.Serialize(article))) failures.Add($"{name}: {error}");
        }
        failures.Should().BeEmpty();
    }

    [Fact]
    public void The_schema_check_rejects_a_document_without_the_required_uri()
    {
        // The validation above proves something only if the validator can fail: drop the one required property.
        var json = NinjsJson.Serialize(FormatTestArticles.Seed).Replace("\"uri\": \"urn:", "\"notUri\": \"urn:", StringComparison.Ordinal);
        PublishedSchemas.Errors(PublishedSchemas.Ninjs, json).Should().NotBeEmpty();
    }

    [Fact]
    public void Ninjs_of_the_seed_carries_headline_time_place_agency_speakers_treaties_and_statements()
    {
        var article = FormatTestArticles.Seed;
        using var doc = JsonDocument.Parse(NinjsJson.Serialize(article));
        var root = doc.RootElement;
        root.GetProperty("standard").GetProperty("version").GetString().Should().Be("3.1");
        root.GetProperty("headlines")[0].GetProperty("value").GetString().Should().Be(article.Headline);
        root.GetProperty("versionCreated").GetString().Should().Be("2026-09-27T01:53:00+03:00");
        root.GetProperty("firstCreated").GetString().Should().Be("2026-09-27T01:53:00+03:00");
        root.GetProperty("located").GetString().Should().Be("MOSCOW");
        root.GetProperty("infoSources")[0].GetProperty("name").GetString().Should().Be("TASS");
        root.GetProperty("language").GetString().Should().Be("en");
        root.GetProperty("bodies")[0].GetProperty("value").GetString().Should().StartWith(article.Paragraphs[0].Text);
        root.GetProperty("descriptions")[0].GetProperty("value").GetString().Should().Be(article.Lead!.Text);
        root.GetProperty("organisations").EnumerateArray().Select(o => o.GetProperty("name").GetString())
            .Should().Contain("Russian Foreign Ministry");
        root.GetProperty("subjects").EnumerateArray().Select(s => s.GetProperty("literal").GetString()).Should().Contain("CTBT");

        var associations = root.GetProperty("associations").EnumerateArray().ToList();
        associations.Should().HaveCount(article.Statements.Count);
        for (int i = 0; i < associations.Count; i++)
        {
            var statement = article.Statements[i];
            var association = associations[i];
            association.GetProperty("name").GetString().Should().Be(statement.Id);
            association.GetProperty("bodies")[0].GetProperty("value").GetString().Should().Be(statement.Text);
            association.GetProperty("organisations")[0].GetProperty("literal").GetString().Should().Be(statement.SpeakerId);
            association.GetProperty("descriptions").EnumerateArray()
                .Should().Contain(d => d.GetProperty("role").GetString() == "kind" && string.Equals(d.GetProperty("value").GetString(), statement.Kind.ToString(), StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Ninjs_uses_the_given_id_and_writes_the_same_bytes_to_a_stream()
    {
        var article = FormatTestArticles.Seed;
        var options = new ExportOptions { Id = "https://example.org/news/1" };
        var text = NinjsJson.Serialize(article, options);
        using var stream = new MemoryStream();
        NinjsJson.Serialize(stream, article, options);
        System.Text.Encoding.UTF8.GetString(stream.ToArray()).Should().Be(text);
        using var doc = JsonDocument.Parse(text);
        doc.RootElement.GetProperty("uri").GetString().Should().Be("https://example.org/news/1");
        doc.RootElement.GetProperty("associations")[0].GetProperty("uri").GetString().Should().Be("https://example.org/news/1#st1");
    }

    [Fact]
    public void The_generated_identifier_is_the_same_for_the_same_text_and_differs_for_another()
    {
        string Uri(string text) => JsonDocument.Parse(NinjsJson.Serialize(TestData.Parser.Parse(text))).RootElement.GetProperty("uri").GetString()!;
        Uri(TestData.Seed).Should().Be(Uri(TestData.Seed));
        Uri(TestData.Seed).Should().NotBe(Uri(TestData.Seed.Replace("Moscow", "Minsk", StringComparison.Ordinal)));
    }
}
