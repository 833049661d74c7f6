using System.Text.Json;
using FluentAssertions;
using NewsModel.Model;
using NewsModel.Serialization;

namespace NewsModel.Tests.Serialization;

/// <summary>A user's own statement type: the statement plus where the user found the article.</summary>
public sealed record SourcedStatement : Statement
{
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    public SourcedStatement(Statement original)
        : base(original)
    {
    }

    public string Feed { get; init; } = "";

    public int Confidence { get; init; }
}

public sealed class ExtensionTests
{
    private static readonly NewsJsonOptions Options = new()
    {
        Extensions = ModelExtensions.Empty.Register<Statement, SourcedStatement>(
            "sourced",
            (writer, s) =>
            {
                writer.WriteString("feed", s.Feed);
                writer.WriteNumber("confidence", s.Confidence);
            },
            (statement, json) => new SourcedStatement(statement)
            {
                Feed = json.GetProperty("feed").GetString()!,
                Confidence = json.GetProperty("confidence").GetInt32(),
            }),
    };

    private static Article WithSourcedStatements()
    {
        var article = TestData.Parser.Parse(TestData.Seed);
        return article with
        {
            Statements = article.Statements.Select(s => (Statement)new SourcedStatement(s) { Feed = "tass-rss", Confidence = 90 }).ToEquatableArray(),
        };
    }

    [Fact]
    public void A_registered_derived_statement_round_trips_as_its_own_type()
    {
        var article = WithSourcedStatements();
        var json = NewsJson.Serialize(article, Options);
        json.Should().Contain("\"$type\": \"sourced\"").And.Contain("\"feed\": \"tass-rss\"");
        var back = NewsJson.Deserialize(json, Options);
        back.Statements.Should().AllBeOfType<SourcedStatement>();
        ((SourcedStatement)back.Statements[0]).Feed.Should().Be("tass-rss");
        back.Should().Be(article);
        NewsJson.Serialize(back, Options).Should().Be(json);
    }

    [Fact]
    public void Writing_an_unregistered_derived_type_fails_instead_of_losing_its_properties()
    {
        var act = () => NewsJson.Serialize(WithSourcedStatements());
        act.Should().Throw<InvalidOperationException>().WithMessage("*SourcedStatement*not registered*");
    }

    [Fact]
    public void Reading_a_type_name_that_was_not_registered_fails_with_its_path()
    {
        var json = NewsJson.Serialize(WithSourcedStatements(), Options);
        var act = () => NewsJson.Deserialize(json);
        act.Should().Throw<NewsJsonException>().Which.Path.Should().Be("$.statements[0].$type");
    }

    [Fact]
    public void Registering_the_same_type_twice_is_refused()
    {
        var act = () => Options.Extensions.Register<Statement, SourcedStatement>("other", (_, _) => { }, (s, _) => new SourcedStatement(s) { Feed = "" });
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Only_the_four_extensible_model_types_can_be_extended()
    {
        var act = () => ModelExtensions.Empty.Register<object, string>("s", (_, _) => { }, (_, _) => "");
        act.Should().Throw<ArgumentException>().WithMessage("*Article, Statement, Speaker or Treaty*");
    }

    [Fact]
    public void Extension_readers_get_the_whole_json_object()
    {
        JsonElement seen = default;
        var options = new NewsJsonOptions
        {
            Extensions = ModelExtensions.Empty.Register<Statement, SourcedStatement>("sourced", (w, s) => w.WriteString("feed", s.Feed), (s, e) =>
            {
                seen = e.Clone();
                return new SourcedStatement(s) { Feed = e.GetProperty("feed").GetString()! };
            }),
        };
        NewsJson.Deserialize(NewsJson.Serialize(WithSourcedStatements(), Options), options);
        seen.GetProperty("id").GetString().Should().Be("st8");
    }
}
