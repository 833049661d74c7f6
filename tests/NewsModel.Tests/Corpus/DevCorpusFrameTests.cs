using FluentAssertions;

namespace NewsModel.Tests.Corpus;

/// <summary>
/// The article frame and the treaties on the shared dev corpus, scored by the shared scorer: every headline,
/// rubric, time, dateline place and agency right, and treaties nearly all found without extras.
/// </summary>
public sealed class DevCorpusFrameTests
{
    [Fact]
    public void The_dev_corpus_scores_1_on_the_frame_and_at_least_095_on_treaties()
    {
        Assert.SkipWhen(TestData.CorpusDirectory is null, "../shared/corpus is not present in this checkout");
        var result = Scorer.Score(Path.Combine(TestData.CorpusDirectory!, "dev"), TestData.Parser);

        foreach (var metric in new[] { "headline_acc", "rubric_acc", "published_acc", "dateline_place_acc", "dateline_agency_acc" })
        {
            result[metric].Should().Be(1.0, $"{metric} on the dev corpus; misses:\n{result.Verbose}");
        }
        result["treaty_f1"].Should().BeGreaterThanOrEqualTo(0.95, $"treaty_f1 on the dev corpus; misses:\n{result.Verbose}");
    }
}
