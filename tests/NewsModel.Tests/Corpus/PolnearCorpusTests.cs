using FluentAssertions;

namespace NewsModel.Tests.Corpus;

/// <summary>
/// US political news with annotated speech attributions (../shared/corpus/polnear), scored by the shared scorer over
/// what the parser prints, overall and for each publisher. The figures are floors under what the parser reaches
/// today (statement_f1 0.852, speaker-correct F1 0.809; the weakest publisher 0.834): they catch a change that loses
/// ground. Failures list the misses.
/// </summary>
public sealed class PolnearCorpusTests
{
    private static string? PolnearDirectory => TestData.CorpusDirectory is { } corpus && Directory.Exists(Path.Combine(corpus, "polnear")) ? Path.Combine(corpus, "polnear") : null;

    [Fact]
    public void Statements_and_speakers_over_polnear_do_not_fall_below_what_the_parser_reaches()
    {
        Assert.SkipWhen(PolnearDirectory is null, "../shared/corpus/polnear is not present in this checkout");
        var result = Scorer.Score(PolnearDirectory!, TestData.Parser, verbose: false);
        // The misses are listed only when a floor is crossed: the verbose scorer over 840 articles takes long.
        if (result["statement_f1"] < 0.84 || result["statement_with_speaker_f1"] < 0.79) result = Scorer.Score(PolnearDirectory!, TestData.Parser);
        result["statement_f1"].Should().BeGreaterThanOrEqualTo(0.84, $"statement_f1 over polnear; misses:\n{Head(result.Verbose)}");
        result["statement_with_speaker_f1"].Should().BeGreaterThanOrEqualTo(0.79, $"statement_with_speaker_f1 over polnear; misses:\n{Head(result.Verbose)}");
    }

    [Theory]
    [InlineData("breitbart")]
    [InlineData("huff-post")]
    [InlineData("nyt")]
    [InlineData("politico")]
    [InlineData("usa-today")]
    [InlineData("wash-post")]
    [InlineData("west-journal")]
    public void Statements_of_each_publisher_do_not_fall_below_what_the_parser_reaches(string publisher)
    {
        Assert.SkipWhen(PolnearDirectory is null, "../shared/corpus/polnear is not present in this checkout");
        var result = Scorer.Score(PolnearDirectory!, TestData.Parser, publisher + "_", verbose: false);
        if (result["statement_f1"] < 0.82) result = Scorer.Score(PolnearDirectory!, TestData.Parser, publisher + "_");
        result["statement_f1"].Should().BeGreaterThanOrEqualTo(0.82, $"statement_f1 of {publisher}; misses:\n{Head(result.Verbose)}");
    }

    // The verbose list runs to thousands of lines over 840 articles: the first ones are enough to see what failed.
    private static string Head(string verbose) => string.Join('\n', verbose.Split('\n').Take(200));
}
