using FluentAssertions;
using NewsModel.Model;

namespace NewsModel.Tests.Model;

/// <summary>The model's lists enumerate in async methods and iterators, compare by value and still give spans.</summary>
public sealed class EquatableArrayTests
{
    private static readonly Article Seed = TestData.Parser.Parse(TestData.Seed);

    private static async Task<List<string>> TextsAfterAwaitingEachAsync(Article article)
    {
        var texts = new List<string>();
        foreach (var statement in article.Statements)
        {
            await Task.Yield();
            texts.Add(statement.Text);
        }
        return texts;
    }

    private static IEnumerable<string> SpeakerNames(Article article)
    {
        foreach (var speaker in article.Speakers) yield return speaker.Name;
    }

    private static async IAsyncEnumerable<string> StatementIdsAsync(Article article)
    {
        foreach (var statement in article.Statements)
        {
            await Task.Yield();
            yield return statement.Id;
        }
    }

    [Fact]
    public async Task Foreach_over_statements_works_across_an_await()
    {
        var texts = await TextsAfterAwaitingEachAsync(Seed);
        texts.Should().Equal(Seed.Statements.AsSpan().ToArray().Select(s => s.Text));
        texts.Should().NotBeEmpty();
    }

    [Fact]
    public void Foreach_over_speakers_works_in_an_iterator()
    {
        SpeakerNames(Seed).Should().Equal(Seed.Speakers.AsSpan().ToArray().Select(s => s.Name)).And.NotBeEmpty();
    }

    [Fact]
    public async Task Foreach_over_statements_works_in_an_async_iterator()
    {
        var ids = new List<string>();
        await foreach (var id in StatementIdsAsync(Seed)) ids.Add(id);
        ids.Should().Equal(Enumerable.Range(1, Seed.Statements.Count).Select(i => $"st{i}"));
    }

    [Fact]
    public void The_default_list_enumerates_nothing_and_equals_the_empty_list()
    {
        EquatableArray<int> none = default;
        int count = 0;
        foreach (var _ in none) count++;
        count.Should().Be(0);
        (none == EquatableArray.Create<int>([])).Should().BeTrue();
        none.AsSpan().IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Lists_with_equal_items_are_equal_and_hash_alike_and_enumerate_in_order()
    {
        EquatableArray<string> a = ["x", "y", "z"];
        EquatableArray<string> b = new(["x", "y", "z"]);
        a.Equals(b).Should().BeTrue();
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a == (EquatableArray<string>)["x", "y"]).Should().BeFalse();
        var seen = new List<string>();
        foreach (var s in a) seen.Add(s);
        seen.Should().Equal("x", "y", "z");
        a.AsSpan().ToArray().Should().Equal(seen);
    }
}
