using System.Text.Json;
using FluentAssertions;
using NewsModel.Model;
using NewsModel.Serialization.Formats;

namespace NewsModel.Tests.Serialization.Formats;

public sealed class SchemaOrgJsonLdTests
{
    [Fact]
    public void Json_ld_of_the_seed_is_valid_against_the_community_schema_org_news_article_schema()
    {
        var json = SchemaOrgJsonLd.Serialize(FormatTestArticles.Seed);
        PublishedSchemas.Errors(PublishedSchemas.SchemaOrgNewsArticle, json).Should().BeEmpty(json);
    }

    [Fact]
    public void Json_ld_of_the_seed_is_valid_against_the_strict_schema_made_from_the_vocabulary()
    {
        var json = SchemaOrgJsonLd.Serialize(FormatTestArticles.Seed);
        PublishedSchemas.Errors(PublishedSchemas.StrictJsonLd, json).Should().BeEmpty(json);
    }

    [Fact]
    public void Json_ld_of_a_bare_article_and_of_every_dev_corpus_article_is_valid_against_both_schemas()
    {
        var failures = new List<string>();
        foreach (var (name, article) in FormatTestArticles.DevCorpus().Prepend(("bare", FormatTestArticles.Bare)))
        {
            var json = SchemaOrgJsonLd.Serialize(article);
            foreach (var error in PublishedSchemas.Errors(PublishedSchemas.SchemaOrgNewsArticle, json)) failures.Add($"{name} (community): {error}");
            foreach (var error in PublishedSchemas.Errors(PublishedSchemas.StrictJsonLd, json)) failures.Add($"{name} (strict): {error}");
        }
        failures.Should().BeEmpty();
    }

    [Fact]
    public void The_schema_checks_reject_json_ld_they_should()
    {
        var json = SchemaOrgJsonLd.Serialize(FormatTestArticles.Seed);
        // The community schema holds value kinds: a headline must be a string.
        var numericHeadline = json.Replace("\"headline\": \"Russia not to join", "\"headline\": 1, \"x\": \"", StringComparison.Ordinal);
        PublishedSchemas.Errors(PublishedSchemas.SchemaOrgNewsArticle, numericHeadline).Should().NotBeEmpty();
        // The strict schema holds names: a property schema.org does not define on Quotation fails.
        var unknown = json.Replace("\"spokenByCharacter\"", "\"spokenBy\"", StringComparison.Ordinal);
        PublishedSchemas.Errors(PublishedSchemas.StrictJsonLd, unknown).Should().NotBeEmpty();
    }

    [Fact]
    public void Json_ld_of_the_seed_carries_the_article_its_mentions_and_every_statement_with_its_speaker()
    {
        var article = FormatTestArticles.Seed;
        using var doc = JsonDocument.Parse(SchemaOrgJsonLd.Serialize(article));
        var root = doc.RootElement;
        root.GetProperty("@type").GetString().Should().Be("NewsArticle");
        root.GetProperty("headline").GetString().Should().Be(article.Headline);
        root.GetProperty("datePublished").GetString().Should().Be("2026-09-27T01:53:00+03:00");
        root.GetProperty("dateline").GetString().Should().Be("MOSCOW, September 27");
        root.GetProperty("locationCreated").GetProperty("name").GetString().Should().Be("MOSCOW");
        root.GetProperty("publisher").GetProperty("name").GetString().Should().Be("TASS");
        root.GetProperty("articleSection")[0].GetString().Should().Be("Russian Politics & Diplomacy");

        var mentions = root.GetProperty("mentions").EnumerateArray().ToDictionary(m => m.GetProperty("@id").GetString()!);
        var ministry = mentions["_:speaker-sp1"];
        ministry.GetProperty("@type").GetString().Should().Be("Organization");
        ministry.GetProperty("name").GetString().Should().Be("Russian Foreign Ministry");
        var ctbt = mentions.Values.Single(m => m.GetProperty("@type").GetString() == "Legislation");
        ctbt.GetProperty("alternateName").EnumerateArray().Select(n => n.GetString()).Should().Contain("CTBT");

        var parts = root.GetProperty("hasPart").EnumerateArray().ToList();
        parts.Should().HaveCount(article.Statements.Count);
        for (int i = 0; i < parts.Count; i++)
        {
            var statement = article.Statements[i];
            var part = parts[i];
            part.GetProperty("text").GetString().Should().Be(statement.Text);
            var (type, by) = statement.Kind == StatementKind.Indirect ? ("Claim", "author") : ("Quotation", "spokenByCharacter");
            part.GetProperty("@type").GetString().Should().Be(type);
            var speakerRef = part.GetProperty(by).GetProperty("@id").GetString()!;
            speakerRef.Should().Be("_:speaker-" + statement.SpeakerId);
            mentions.Should().ContainKey(speakerRef, "every statement's speaker is a node of the document");
        }
    }

    [Fact]
    public void A_time_without_a_known_zone_is_written_as_the_date_alone()
    {
        var article = FormatTestArticles.Seed;
        var local = article with { Published = article.Published! with { UtcOffset = null } };
        using var doc = JsonDocument.Parse(SchemaOrgJsonLd.Serialize(local));
        doc.RootElement.GetProperty("datePublished").GetString().Should().Be("2026-09-27");
    }
}
