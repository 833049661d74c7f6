using CsCheck;
using FluentAssertions;
using NewsModel.Parsing.Speakers;

namespace NewsModel.Tests.Parsing.Speakers;

/// <summary>
/// The speaker stage keeps a pronoun candidate's features as bits and scores them from the bits: the score must be the
/// ranker's over the same features as flags, to the last bit, and an observer must still be told the flags.
/// </summary>
public sealed class PronounScoreTests
{
    [Fact]
    public void Every_feature_has_a_bit()
    {
        PronounRanker.FeatureCount.Should().BeLessThanOrEqualTo(32);
    }

    [Fact]
    public void Scoring_the_bits_adds_what_the_ranker_adds_over_the_flags()
    {
        uint all = PronounRanker.FeatureCount == 32 ? uint.MaxValue : (1u << PronounRanker.FeatureCount) - 1;
        var weights = Gen.Double[-1000, 1000].Array[PronounRanker.FeatureCount];
        Gen.Select(Gen.UInt, weights).Sample((mask, w) =>
        {
            uint features = mask & all;
            var flags = SpeakerStage.FeatureFlags(features);
            flags.Length.Should().Be(PronounRanker.FeatureCount);
            for (int f = 0; f < flags.Length; f++) flags[f].Should().Be((features & (1u << f)) != 0);
            BitConverter.DoubleToInt64Bits(SpeakerStage.Score(features, w)).Should().Be(BitConverter.DoubleToInt64Bits(PronounRanker.Score(flags, w)));
        });
    }

    [Fact]
    public void Shipped_weights_score_the_bits_as_the_flags()
    {
        var w = PronounRanker.Weights;
        Gen.UInt.Sample(mask =>
        {
            uint features = mask & ((1u << PronounRanker.FeatureCount) - 1);
            SpeakerStage.Score(features, w).Should().Be(PronounRanker.Score(SpeakerStage.FeatureFlags(features), w));
        });
    }

    [Fact]
    public void An_observer_is_told_each_candidate_flags_and_the_best_scored_is_chosen()
    {
        const string text = """
            Ministers meet over the budget

            LONDON (Reuters) - Anna Hart met Tom Reyes on Monday. "We agreed nothing," she said.

            Reyes spoke later. "It was a long day," he said.
            """;
        var decisions = new List<PronounDecision>();
        TestData.Parser.Parse(text, decisions.Add, null, out _);
        decisions.Should().NotBeEmpty();
        foreach (var d in decisions)
        {
            d.Candidates.Should().NotBeEmpty();
            double best = double.NegativeInfinity;
            SpeakerEntity? chosen = null;
            foreach (var (entity, flags) in d.Candidates)
            {
                flags.Length.Should().Be(PronounRanker.FeatureCount);
                double score = PronounRanker.Score(flags, PronounRanker.Weights);
                if (score > best)
                {
                    best = score;
                    chosen = entity;
                }
            }
            d.Chosen.Should().BeSameAs(chosen);
        }
    }
}
