using System.Reflection;
using FluentAssertions;
using NewsModel.Model;

namespace NewsModel.Tests.Model;

/// <summary>
/// <see cref="Statement"/>'s equality is written by hand (its text may still be in the source): every member takes
/// part in it, a statement read from the source equals one given the same text, and a derived record still compares
/// its own members.
/// </summary>
public sealed class StatementEqualityTests
{
    private const string Source = "  We will not sign the treaty.  ";

    private static Statement Given() => new()
    {
        Id = "st1",
        Kind = StatementKind.Direct,
        Where = StatementLocation.Body,
        Text = "We will not sign the treaty.",
        Spans = [new TextSpan(2, 28)],
        Cue = "said",
        CueSpan = new TextSpan(40, 4),
        SpeakerId = "sp1",
        SpeakerMention = new Mention("he", new TextSpan(35, 2)),
        ParagraphIndex = 3,
    };

    private static Statement FromSource() => new(null, Source, new TextSpan(2, 28))
    {
        Id = "st1",
        Kind = StatementKind.Direct,
        Where = StatementLocation.Body,
        Spans = [new TextSpan(2, 28)],
        Cue = "said",
        CueSpan = new TextSpan(40, 4),
        SpeakerId = "sp1",
        SpeakerMention = new Mention("he", new TextSpan(35, 2)),
        ParagraphIndex = 3,
    };

    /// <summary>The text of <see cref="Given"/> as two pieces of a source, joined with a space.</summary>
    private static Statement Joined() => new(new SourceText("\"We will not sign\" he said, \"the treaty.\"", [new TextSpan(1, 16), new TextSpan(29, 11)], 0b10))
    {
        Id = "st1",
        Kind = StatementKind.Direct,
        Where = StatementLocation.Body,
        Spans = [new TextSpan(2, 28)],
        Cue = "said",
        CueSpan = new TextSpan(40, 4),
        SpeakerId = "sp1",
        SpeakerMention = new Mention("he", new TextSpan(35, 2)),
        ParagraphIndex = 3,
    };

    /// <summary>Each public member with a change to it; the test below fails when a member is missing here.</summary>
    private static readonly Dictionary<string, Func<Statement, Statement>> Changes = new()
    {
        [nameof(Statement.Id)] = s => s with { Id = "st2" },
        [nameof(Statement.Kind)] = s => s with { Kind = StatementKind.Indirect },
        [nameof(Statement.Where)] = s => s with { Where = StatementLocation.Lead },
        [nameof(Statement.Text)] = s => s with { Text = "We will sign the treaty." },
        [nameof(Statement.Spans)] = s => s with { Spans = [new TextSpan(2, 27)] },
        [nameof(Statement.Cue)] = s => s with { Cue = "added" },
        [nameof(Statement.CueSpan)] = s => s with { CueSpan = null },
        [nameof(Statement.SpeakerId)] = s => s with { SpeakerId = "sp2" },
        [nameof(Statement.SpeakerMention)] = s => s with { SpeakerMention = new Mention("she", new TextSpan(35, 3)) },
        [nameof(Statement.ParagraphIndex)] = s => s with { ParagraphIndex = null },
    };

    [Fact]
    public void A_statement_read_from_the_source_equals_one_given_its_text_and_hashes_alike()
    {
        var read = FromSource();
        var given = Given();
        read.Text.Should().Be("We will not sign the treaty.");
        FromSource().Should().Be(given);
        given.Should().Be(FromSource());
        FromSource().GetHashCode().Should().Be(given.GetHashCode());
        read.Text.Should().BeSameAs(read.Text);
    }

    [Fact]
    public void A_statement_joined_from_pieces_of_the_source_equals_one_given_its_text_and_hashes_alike()
    {
        Joined().Text.Should().Be("We will not sign the treaty.");
        Joined().Should().Be(Given());
        Given().Should().Be(Joined());
        Joined().GetHashCode().Should().Be(Given().GetHashCode());
        Joined().Should().NotBe(Given() with { Text = "We will not sign, the treaty." });
        var read = Joined();
        read.Text.Should().BeSameAs(read.Text);
        var moved = Joined() with { Spans = [new TextSpan(0, 30)] };
        moved.Text.Should().Be("We will not sign the treaty.", "a with keeps the pieces the text was made of");
    }

    [Fact]
    public void Every_public_member_takes_part_in_equality()
    {
        var members = typeof(Statement).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name);
        Changes.Keys.Should().BeEquivalentTo(members, "a member missing from the hand-written Equals and GetHashCode would be missed here too");
        foreach (var (member, change) in Changes)
        {
            foreach (var statement in new[] { Given(), FromSource(), Joined() })
            {
                var changed = change(statement);
                changed.Should().NotBe(statement, "{0} differs", member);
                statement.Should().NotBe(changed, "{0} differs", member);
                changed.Should().Be(change(Given()), "the same change to an equal statement gives an equal one ({0})", member);
            }
        }
    }

    [Fact]
    public void With_keeps_a_text_read_from_the_source_when_other_members_change()
    {
        var moved = FromSource() with { Spans = [new TextSpan(0, 30)] };
        moved.Text.Should().Be("We will not sign the treaty.");
        moved.TextChars.ToString().Should().Be(moved.Text);
    }

    private sealed record RatedStatement : Statement
    {
        public int Rating { get; init; }
    }

    [Fact]
    public void A_derived_statement_compares_its_own_members_and_is_never_equal_to_the_base_type()
    {
        var rated = new RatedStatement { Id = "st1", Text = "We will not sign the treaty.", Rating = 2 };
        var same = new RatedStatement { Id = "st1", Text = "We will not sign the treaty.", Rating = 2 };
        var other = same with { Rating = 3 };
        rated.Should().Be(same);
        rated.GetHashCode().Should().Be(same.GetHashCode());
        rated.Should().NotBe(other);
        var plain = new Statement { Id = "st1", Text = "We will not sign the treaty." };
        plain.Equals(rated).Should().BeFalse();
        rated.Equals(plain).Should().BeFalse();
    }
}
