using FluentAssertions;

namespace NewsModel.Tests.Corpus;

/// <summary>
/// The dev corpus (../shared/corpus/dev), scored by the shared scorer over what the parser prints: the acceptance
/// figures the parser is held to, overall and for each source. Failures list every missed, extra and misattributed statement.
/// </summary>
public sealed class DevCorpusStatementTests
{
    private static string? DevDirectory => TestData.CorpusDirectory is { } corpus && Directory.Exists(Path.Combine(corpus, "dev")) ? Path.Combine(corpus, "dev") : null;

    [Fact]
    public void Statements_and_speakers_over_the_whole_dev_corpus_meet_the_acceptance_figures()
    {
        Assert.SkipWhen(DevDirectory is null, "../shared/corpus/dev is not present in this checkout");
        var result = Scorer.Score(DevDirectory!, TestData.Parser);
        result["statement_with_speaker_f1"].Should().BeGreaterThanOrEqualTo(0.90, $"statement_with_speaker_f1 over the dev corpus; misses:\n{result.Verbose}");
        result["statement_f1"].Should().BeGreaterThanOrEqualTo(0.93, $"statement_f1 over the dev corpus; misses:\n{result.Verbose}");
        result["kind_acc_on_matched"].Should().BeGreaterThanOrEqualTo(0.90, $"kind_acc_on_matched over the dev corpus; misses:\n{result.Verbose}");
    }

    [Theory]
    [InlineData("tass_opnweb-")]
    [InlineData("reuters21578-")]
    [InlineData("bbc_politics-")]
    public void Statements_with_speakers_of_each_source_meet_the_acceptance_figure(string source)
    {
        Assert.SkipWhen(DevDirectory is null, "../shared/corpus/dev is not present in this checkout");
        Assert.SkipWhen(!Directory.EnumerateFiles(DevDirectory!, source + "*.gold.json").Any(), $"no {source} articles in the dev corpus");
        var result = Scorer.Score(DevDirectory!, TestData.Parser, source);
        result["statement_with_speaker_f1"].Should().BeGreaterThanOrEqualTo(0.85, $"statement_with_speaker_f1 of {source}; misses:\n{result.Verbose}");
    }
}
