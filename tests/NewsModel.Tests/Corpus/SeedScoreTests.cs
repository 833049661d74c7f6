using FluentAssertions;

namespace NewsModel.Tests.Corpus;

/// <summary>The seed, scored by the shared scorer against its gold, is perfect on every field.</summary>
public sealed class SeedScoreTests
{
    [Fact]
    public void The_seed_scores_1_on_every_field()
    {
        Assert.SkipWhen(Scorer.SharedDirectory is null, "../shared is not present in this checkout");
        var result = Scorer.Score(Path.GetDirectoryName(TestData.Path("seed.gold.json"))!, TestData.Parser, "seed");
        foreach (var metric in new[] { "statement_with_speaker_f1", "kind_acc_on_matched", "treaty_f1", "headline_acc", "rubric_acc", "published_acc", "dateline_place_acc", "dateline_agency_acc" })
        {
            result[metric].Should().Be(1.0, $"{metric} on the seed; misses:\n{result.Verbose}");
        }
    }
}
