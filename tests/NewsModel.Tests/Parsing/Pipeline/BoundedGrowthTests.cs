using FluentAssertions;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;
using NewsModel.Tests.Robustness;

namespace NewsModel.Tests.Parsing.Pipeline;

public sealed class BoundedGrowthTests
{
    [Fact]
    public void A_full_list_doubles_but_never_past_the_most_it_can_hold()
    {
        var list = new List<int>();
        for (int i = 0; i < 100; i++) BoundedGrowth.Add(list, i, most: 100);
        list.Should().Equal(Enumerable.Range(0, 100));
        list.Capacity.Should().Be(100, "doubling from 64 would have made room for 128");
    }

    [Fact]
    public void A_list_grows_as_List_does_below_its_bound()
    {
        BoundedGrowth.NextCapacity(0, 0, 1000).Should().Be(4);
        BoundedGrowth.NextCapacity(4, 4, 1000).Should().Be(8);
        BoundedGrowth.NextCapacity(512, 512, 1000).Should().Be(1000);
    }

    [Fact]
    public void A_bound_that_was_too_low_still_lets_every_item_in()
    {
        var list = new List<int>();
        for (int i = 0; i < 10; i++) BoundedGrowth.Add(list, i, most: 3);
        list.Should().Equal(Enumerable.Range(0, 10));
    }

    [Fact]
    public void Collapsing_the_words_of_the_last_mention_again_gives_its_string()
    {
        const string he = "he";
        Chars.Collapse(" he ", he).Should().BeSameAs(he);
        Chars.Collapse("she", he).Should().Be("she");
        Chars.Collapse("the  minister", "the minister").Should().Be("the minister");
        Chars.Collapse("he", null).Should().Be("he");
    }

    [Fact]
    public void Many_statements_of_an_unresolved_pronoun_share_one_string_for_it()
    {
        var text = HostileText.Build("one-paragraph-statements", 3_000, "");
        var article = new NewsModel.Parsing.ArticleParser().Parse(text);

        var mentions = article.Statements.Select(s => s.SpeakerMention!.Text).ToList();
        mentions.Should().HaveCountGreaterThan(100).And.OnlyContain(t => t == "he");
        mentions.Distinct(ReferenceEqualityComparer.Instance).Should().HaveCount(1);
    }
}
