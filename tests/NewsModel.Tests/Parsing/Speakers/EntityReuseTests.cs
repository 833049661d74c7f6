using System.Reflection;
using FluentAssertions;
using NewsModel.Knowledge;
using NewsModel.Model;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Speakers;
using NewsModel.Tests.Parsing.Attribution;

namespace NewsModel.Tests.Parsing.Speakers;

/// <summary>
/// The thread's <see cref="EntityIndex"/> makes the entities of one parse over for the next: an entity made over must
/// be as a new one in every field, or one article's speaker would leak into the next.
/// </summary>
public sealed class EntityReuseTests
{
    private static readonly FieldInfo[] Fields = typeof(SpeakerEntity).GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);

    [Fact]
    public void An_entity_made_over_equals_a_new_one_in_every_field()
    {
        var used = new SpeakerEntity
        {
            Name = "Bergen Council", Kind = SpeakerKind.Organization, Spoke = true, Order = 3,
            Gazetteer = new GazetteerEntity("Bergen Council", SpeakerKind.Organization, "Norway", default),
        };
        used.Guessed = true;
        used.Title = "Mayor";
        used.Affiliation = "Bergen";
        used.Mentions = [new Mention("Hart", new TextSpan(0, 4))];
        used.MentionCount = 1;
        used.LastUse = 7;
        used.FirstPosition = 12;
        used.Id = "sp1";
        used.NamedGender = Gender.Female;
        used.MaleVotes = 1;
        used.FemaleVotes = 2;
        used.TextMentions = 4;
        used.LastMentionAlias = "Hart";
        used.Unfit = 5;
        used.AddRole("mayor");
        for (int i = 0; i < 12; i++) used.AddAlias("Alias " + i);
        var index = new EntityIndex();
        index.Add(used);

        // Every field set: a field the test forgot to set would pass unchecked.
        var fresh = new SpeakerEntity();
        foreach (var f in Fields) f.GetValue(used).Should().NotBe(f.GetValue(fresh), $"the test sets {f.Name}");

        used.Reuse();
        foreach (var f in Fields) f.GetValue(used).Should().Be(f.GetValue(fresh), $"{f.Name} is as new");
    }

    [Fact]
    public void The_next_parse_takes_the_entities_of_the_last_and_a_parse_that_keeps_them_takes_none()
    {
        var index = new EntityIndex();
        var first = index.NewEntity();
        var second = index.NewEntity();
        index.Release();
        index.NewEntity().Should().BeSameAs(first);
        index.NewEntity().Should().BeSameAs(second);
        index.NewEntity().Should().NotBeSameAs(first).And.NotBeSameAs(second);
        index.Release();

        index.Reuses = false;
        var kept = index.NewEntity();
        kept.Should().NotBeSameAs(first).And.NotBeSameAs(second);
        index.Release();
        index.NewEntity().Should().BeSameAs(first, "the entities of a parse that keeps its own are never made over");
        index.Release();

        index.DropSpare();
        index.NewEntity().Should().NotBeSameAs(first, "the entities kept were let go");
    }

    [Fact]
    public void Parse_gives_no_speaker_of_one_article_to_the_next_on_the_same_thread()
    {
        var first = Parse.Body(
            "\"The bridge opens in May,\" said Mayor Ines Brandt of Bergen.",
            "Pavel Horak, the engineer, disagreed. \"It will be June,\" Horak said.");
        var second = Parse.Body("\"We are close,\" said Zorvan Kettleby.", "\"Very close,\" he added.");
        var again = Parse.Body(
            "\"The bridge opens in May,\" said Mayor Ines Brandt of Bergen.",
            "Pavel Horak, the engineer, disagreed. \"It will be June,\" Horak said.");

        second.Speakers.Should().ContainSingle().Which.Name.Should().Be("Zorvan Kettleby");
        second.Speakers[0].Title.Should().BeNull();
        second.Speakers[0].Aliases.Should().BeEmpty();
        again.Should().Be(first);
    }
}
