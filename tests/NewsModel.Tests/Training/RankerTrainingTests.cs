using FluentAssertions;
using NewsModel.Parsing;
using NewsModel.Parsing.Speakers;
using NewsModel.Training;

namespace NewsModel.Tests.Training;

/// <summary>The ranker's training tool: what it learns from, that it learns deterministically, and that the stage reads what it writes.</summary>
public sealed class RankerTrainingTests
{
    private static bool[] Features(params PronounFeature[] on)
    {
        var f = new bool[PronounRanker.FeatureCount];
        foreach (var x in on) f[(int)x] = true;
        return f;
    }

    /// <summary>Invented decisions where the subject of the sentence before is right and the nearest name is not, but for a few.</summary>
    private static List<RankingExample> Invented()
    {
        var examples = new List<RankingExample>();
        for (int i = 0; i < 40; i++)
        {
            bool subjectRight = i % 5 != 0;
            examples.Add(new RankingExample($"a{i}",
                [Features(PronounFeature.Nearest, PronounFeature.PreviousSentence), Features(PronounFeature.Subject, PronounFeature.SecondNearest, PronounFeature.PreviousSentence)],
                [!subjectRight, subjectRight], 1));
        }
        return examples;
    }

    [Fact]
    public void Training_twice_on_the_same_examples_gives_the_same_weights()
    {
        var a = AveragedPerceptron.Train(Invented(), PronounRanker.FeatureCount, 10, 7);
        var b = AveragedPerceptron.Train(Invented(), PronounRanker.FeatureCount, 10, 7);
        a.Should().Equal(b);
        a.Should().Contain(w => w != 0);
    }

    [Fact]
    public void Training_learns_to_pick_what_the_examples_mostly_pick()
    {
        var examples = Invented();
        var weights = AveragedPerceptron.Train(examples, PronounRanker.FeatureCount, 10, 1);
        weights[(int)PronounFeature.Subject].Should().BeGreaterThan(weights[(int)PronounFeature.Nearest]);
        AveragedPerceptron.Accuracy(examples, weights).Should().Be(0.8);
        AveragedPerceptron.Accuracy(examples, new double[PronounRanker.FeatureCount]).Should().Be(0.2, "with no weights the nearest, first candidate wins");
    }

    [Fact]
    public void The_split_is_fixed_by_the_name_and_keeps_about_the_share_asked_for()
    {
        var names = Enumerable.Range(0, 1000).Select(i => $"article-{i}").ToList();
        int training = names.Count(n => Split.IsTraining(n, 70));
        training.Should().BeInRange(650, 750);
        names.Select(n => Split.IsTraining(n, 70)).Should().Equal(names.Select(n => Split.IsTraining(n, 70)));
    }

    [Theory]
    [InlineData("The Washington Post", "washington post")]
    [InlineData("O\u2019Rourke", "o rourke")]
    [InlineData("  Sen.  Arlo   Finch ", "sen arlo finch")]
    [InlineData("Theodore Finch", "theodore finch")]
    public void Names_are_folded_as_the_scorer_folds_them(string name, string folded) => Names.Fold(name).Should().Be(folded);

    [Fact]
    public void The_collector_labels_the_candidate_the_gold_names_as_the_speaker()
    {
        const string text = "Greta Lindqvist met Omar Veldt on Monday.\n\n\"Most of us are doing fine,\" she said.";
        int she = text.IndexOf("she said", StringComparison.Ordinal);
        var gold = GoldArticle.Parse($$"""
            { "speakers": [ { "name": "Greta Lindqvist", "aliases": ["Lindqvist"] } ],
              "statements": [ { "speaker": "Greta Lindqvist", "text": "Most of us are doing fine,", "sourceSpans": [[{{she}}, {{she + 3}}]] } ] }
            """);
        var examples = ExampleCollector.Collect(new ArticleParser(), "invented", text, gold, 1);
        examples.Should().ContainSingle();
        examples[0].Trace!.Value.Names[Array.IndexOf(examples[0].Correct, true)].Should().Be("Greta Lindqvist");
    }

    [Fact]
    public void The_collector_pairs_gold_without_source_spans_by_the_statement_text()
    {
        const string text = "Greta Lindqvist met Omar Veldt on Monday.\n\n\"Most of us are doing fine,\" she said.";
        var gold = GoldArticle.Parse("""{ "statements": [ { "speaker": "Greta Lindqvist", "text": "Most of us are doing fine," } ] }""");
        var examples = ExampleCollector.Collect(new ArticleParser(), "invented", text, gold, 1, weight: 3);
        examples.Should().ContainSingle().Which.Weight.Should().Be(3);
        examples[0].Correct.Should().Contain(true);
    }

    [Fact]
    public void The_stage_reads_the_weights_the_tool_writes()
    {
        using var stream = typeof(PronounRanker).Assembly.GetManifestResourceStream("NewsModel.Knowledge.pronounranker.tsv")!;
        var lines = new StreamReader(stream).ReadToEnd().Split('\n')
            .Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToList();
        lines.Should().HaveCount(PronounRanker.FeatureCount, "the table lists every feature");
        foreach (var row in lines)
        {
            PronounRanker.Weights[(int)Enum.Parse<PronounFeature>(row[0])].Should().Be(double.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture));
        }
        var table = RankerTable.Format(PronounRanker.Weights, "test");
        table.Split('\n').Count(l => l.Length > 0 && l[0] != '#').Should().Be(PronounRanker.FeatureCount);
    }
}
