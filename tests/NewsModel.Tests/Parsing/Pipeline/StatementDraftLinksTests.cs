using FluentAssertions;
using NewsModel.Model;
using NewsModel.Parsing.Pipeline;

namespace NewsModel.Tests.Parsing.Pipeline;

/// <summary>
/// A draft keeps its speaker mention in the field of its links when it has none: the mention and the links must each
/// read back as set, whichever is set first.
/// </summary>
public sealed class StatementDraftLinksTests
{
    private static readonly Block Block = new(0, 10, StatementLocation.Body, 0);

    [Fact]
    public void A_mention_set_before_the_links_is_kept()
    {
        var before = new StatementDraft { Block = Block };
        var mention = new Mention("he", new TextSpan(1, 2));
        var draft = new StatementDraft { Block = Block };
        draft.SpeakerMention = mention;
        draft.InheritFrom.Should().BeNull();
        draft.InheritFrom = before;
        draft.SpeakerMention.Should().BeSameAs(mention);
        draft.InheritFrom.Should().BeSameAs(before);
        draft.LastBlock = Block;
        draft.SpeakerMention.Should().BeSameAs(mention);
        draft.LastBlock.Should().BeSameAs(Block);
    }

    [Fact]
    public void A_mention_set_after_the_links_is_kept_beside_them()
    {
        var before = new StatementDraft { Block = Block };
        var draft = new StatementDraft { Block = Block, InheritFrom = before };
        var mention = new Mention("Ana Ruiz", new TextSpan(3, 8));
        draft.SpeakerMention = mention;
        draft.SpeakerMention.Should().BeSameAs(mention);
        draft.InheritFrom.Should().BeSameAs(before);
        draft.SpeakerMention = null;
        draft.SpeakerMention.Should().BeNull();
        draft.InheritFrom.Should().BeSameAs(before);
    }

    [Fact]
    public void Clearing_links_on_a_draft_with_a_mention_makes_no_links()
    {
        var mention = new Mention("he", new TextSpan(1, 2));
        var draft = new StatementDraft { Block = Block };
        draft.SpeakerMention = mention;
        draft.InheritFrom = null;
        draft.LastBlock = null;
        draft.SpeakerMention.Should().BeSameAs(mention);
        draft.InheritFrom.Should().BeNull();
        draft.LastBlock.Should().BeNull();
    }
}
