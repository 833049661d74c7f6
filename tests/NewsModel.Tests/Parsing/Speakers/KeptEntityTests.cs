using FluentAssertions;
using NewsModel.Model;
using NewsModel.Parsing.Speakers;
using NewsModel.Tests.Parsing.Attribution;

namespace NewsModel.Tests.Parsing.Speakers;

/// <summary>
/// The name pass keeps the entity a spelling found beside the spelling's reading; a rename, a change of kind or of
/// guess between two mentions of the spelling must drop it, since a lookup by name may then find another entity.
/// </summary>
public sealed class KeptEntityTests
{
    public static TheoryData<string> Changes => ["renamed", "retyped", "no longer guessed"];

    [Theory]
    [MemberData(nameof(Changes))]
    public void An_entity_kept_for_a_spelling_is_dropped_when_any_entity_of_the_index_changes(string change)
    {
        var index = new EntityIndex();
        var kept = new SpeakerEntity { Name = "Ryabkov", Kind = SpeakerKind.Person, Guessed = true };
        var other = new SpeakerEntity { Name = "Pravda", Kind = SpeakerKind.Person, Guessed = true };
        index.Add(kept);
        index.Add(other);
        var answer = KeptEntity.Found(kept, index);
        answer.TryGet(index, out var found).Should().BeTrue();
        found.Should().BeSameAs(kept);

        // Another entity's change counts too: it may start to fit the name, or stop standing before the kept one.
        switch (change)
        {
            case "renamed": kept.Name = "Sergey Ryabkov"; break;
            case "retyped": other.Kind = SpeakerKind.Organization; break;
            default: other.Guessed = false; break;
        }

        answer.TryGet(index, out _).Should().BeFalse($"an entity was {change} after the answer was kept");
        KeptEntity.Found(kept, index).TryGet(index, out found).Should().BeTrue("an answer kept after the change holds");
        found.Should().BeSameAs(kept);
        index.Release();
    }

    [Fact]
    public void An_entity_kept_for_a_spelling_holds_while_nothing_changes()
    {
        var index = new EntityIndex();
        var kept = new SpeakerEntity { Name = "Ryabkov", Kind = SpeakerKind.Person };
        index.Add(kept);
        var answer = KeptEntity.Found(kept, index);

        // Setting what is already there, and entities made later (entered after it under any name), change no answer.
        kept.Name = kept.Name;
        kept.Kind = SpeakerKind.Person;
        kept.Guessed = false;
        kept.Title = "Deputy Foreign Minister";
        index.Add(new SpeakerEntity { Name = "Ryabkov", Kind = SpeakerKind.Organization });

        answer.TryGet(index, out var found).Should().BeTrue();
        found.Should().BeSameAs(kept);
        index.Release();
    }

    [Fact]
    public void A_speaker_renamed_between_two_mentions_of_the_same_spelling_is_found_by_both()
    {
        // "Mr Ryabkov" makes the entity Ryabkov and keeps it; "Sergey Ryabkov" renames it; the second "Mr Ryabkov" is
        // looked up again and still names him, so "he" (the subject of the sentence before) is Sergey Ryabkov.
        var article = Parse.Body(
            "Mr Ryabkov arrived in Geneva on Monday.",
            "Sergey Ryabkov met the delegation on Tuesday.",
            "Mr Ryabkov stayed for the dinner.",
            "\"We will see,\" he said.");

        article.Statements.Should().ContainSingle();
        article.SpeakerOf(article.Statements[0]).Should().Be("Sergey Ryabkov");
        article.Speakers.Should().ContainSingle();
    }
}
