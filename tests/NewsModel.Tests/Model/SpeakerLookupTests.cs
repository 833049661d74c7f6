using FluentAssertions;
using NewsModel.Model;

namespace NewsModel.Tests.Model;

/// <summary><see cref="Article.FindSpeaker"/> finds by id in small and large articles alike, without touching equality.</summary>
public sealed class SpeakerLookupTests
{
    private static Article WithSpeakers(int count) => new()
    {
        Speakers = [.. Enumerable.Range(1, count).Select(i => new Speaker { Id = $"sp{i}", Name = $"Speaker {i}" })],
    };

    [Theory]
    [InlineData(3)]
    [InlineData(200)]
    public void Find_speaker_returns_the_speaker_with_the_id_or_null(int count)
    {
        var article = WithSpeakers(count);
        for (int i = 1; i <= count; i++) article.FindSpeaker($"sp{i}")!.Name.Should().Be($"Speaker {i}");
        article.FindSpeaker("sp0").Should().BeNull();
        article.FindSpeaker(null).Should().BeNull();
    }

    [Fact]
    public void A_copy_made_with_with_finds_its_own_speakers_not_the_originals()
    {
        var article = WithSpeakers(50);
        article.FindSpeaker("sp7").Should().NotBeNull();
        var renamed = article with { Speakers = [.. article.Speakers.Select(s => s with { Name = s.Name + "!" })] };
        renamed.FindSpeaker("sp7")!.Name.Should().Be("Speaker 7!");
        article.FindSpeaker("sp7")!.Name.Should().Be("Speaker 7");
    }

    [Fact]
    public void A_lookup_does_not_change_equality()
    {
        var a = WithSpeakers(50);
        var b = WithSpeakers(50);
        a.FindSpeaker("sp1");
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void With_two_speakers_sharing_an_id_the_first_is_found()
    {
        var article = WithSpeakers(20);
        article = article with { Speakers = article.Speakers.Add(new Speaker { Id = "sp3", Name = "Other" }) };
        article.FindSpeaker("sp3")!.Name.Should().Be("Speaker 3");
    }
}
