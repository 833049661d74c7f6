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
    public void A_full_list_of_many_items_grows_to_what_the_walk_so_far_predicts()
    {
        // 8,192 items at 80 % of the walk: about 10,240 in all, and a sixteenth more.
        BoundedGrowth.ProportionalCapacity(8192, 8192, done: 800, total: 1000).Should().Be(10_880);
    }

    [Fact]
    public void A_list_grows_by_at_least_an_eighth_and_at_most_double()
    {
        BoundedGrowth.ProportionalCapacity(8192, 8192, done: 999, total: 1000).Should().Be(8192 + 1024, "the walk is nearly over, yet the list must grow enough to stay linear");
        BoundedGrowth.ProportionalCapacity(8192, 8192, done: 1, total: 1000).Should().Be(16_384, "no more than doubling would give");
    }

    [Fact]
    public void A_list_known_to_hold_at_most_some_items_grows_straight_to_what_the_walk_predicts_but_never_past_them()
    {
        BoundedGrowth.ProportionalCapacity(64, 64, done: 65, total: 5404, minProportional: 64, most: 5404).Should().Be(5404);
        BoundedGrowth.ProportionalCapacity(64, 64, done: 2000, total: 5404, minProportional: 64, most: 5404).Should().Be(182);
        BoundedGrowth.ProportionalCapacity(32, 32, done: 33, total: 5404, minProportional: 64, most: 5404).Should().Be(64);
    }

    [Fact]
    public void A_short_list_or_a_walk_at_its_end_doubles()
    {
        BoundedGrowth.ProportionalCapacity(BoundedGrowth.MinProportional - 1, BoundedGrowth.MinProportional - 1, done: 10, total: 1000)
            .Should().Be(2 * (BoundedGrowth.MinProportional - 1));
        BoundedGrowth.ProportionalCapacity(8192, 8192, done: 1000, total: 1000).Should().Be(16_384);
        BoundedGrowth.ProportionalCapacity(8192, 8192, done: 0, total: 1000).Should().Be(16_384);
    }

    [Fact]
    public void A_list_filled_evenly_ends_with_little_room_unused()
    {
        var list = new List<int>();
        const int total = 1_000_000;
        for (int at = 0; at < total; at += 15) BoundedGrowth.AddInProportion(list, at, at + 15, total);
        list.Should().HaveCount(66_667);
        list.Capacity.Should().BeLessThan(66_667 * 9 / 8, "doubling would have left room for 131,072");
    }

    [Fact]
    public void A_list_filled_ever_more_densely_still_takes_every_item()
    {
        // The prediction falls short again and again: the list grows by an eighth each time, still linear in copies.
        var list = new List<int>();
        const int total = 100_000;
        int n = 0;
        for (int at = 1; at <= total; at++)
        {
            for (int k = 0; k < at / 10_000 + 1; k++) BoundedGrowth.AddInProportion(list, n++, at, total);
        }
        list.Should().HaveCount(n).And.Equal(Enumerable.Range(0, n));
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
