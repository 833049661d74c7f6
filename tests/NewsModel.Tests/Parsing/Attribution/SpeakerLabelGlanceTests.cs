using FluentAssertions;
using NewsModel.Parsing.Attribution;
using NewsModel.Parsing.Layout;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Tests.Parsing.Attribution;

/// <summary>The glance that lets a paragraph ask whether the article is a transcript turns away no speaker's label.</summary>
public sealed class SpeakerLabelGlanceTests
{
    private static readonly CompiledKnowledge Knowledge = new(TestData.Parser.Options.Knowledge);

    /// <summary>The body paragraphs of <paramref name="text"/> that read as a label but that the glance turns away, and how many it let through.</summary>
    private static (int Passed, List<string> TurnedAway) Check(string text)
    {
        var ctx = new ParseContext(text, TestData.Parser.Options, Knowledge);
        var turnedAway = new List<string>();
        int passed = 0;
        try
        {
            LayoutStage.Run(ctx);
            var blockText = new BlockText();
            var reader = new AttributionReader(ctx, blockText, new CueCache(), new WalkMemos());
            foreach (var block in ctx.Body)
            {
                blockText.Load(ctx, block);
                reader.Reset();
                bool glance = reader.MayReadSpeakerLabel();
                if (glance) passed++;
                if (!glance && reader.ReadSpeakerLabel() is not null) turnedAway.Add(text[block.Start..block.End]);
            }
        }
        finally
        {
            ctx.ReleaseScratch();
        }
        return (passed, turnedAway);
    }

    [Theory]
    [InlineData("Talks in Oslo\n\nHART: We will meet again in May.\n\nAna Ruiz: We will not, and we said so.\n\nSen. Tom Reyes: That is not what we agreed.", 3)]
    [InlineData("Talks in Oslo\n\nHe said: \"No.\"\n\nThe minister: not now.\n\nQ: Will you go?\n\nUpdate: the talks ended.", 2)]
    public void A_label_passes_the_glance_and_a_lower_case_word_before_the_colon_does_not(string text, int passing)
    {
        var (passed, turnedAway) = Check(text);
        turnedAway.Should().BeEmpty();
        passed.Should().Be(passing);
    }

    [Fact]
    public void No_paragraph_of_the_corpus_that_reads_as_a_label_is_turned_away()
    {
        var corpus = TestData.CorpusDirectory;
        Assert.SkipWhen(corpus is null, "../shared/corpus is not present in this checkout");
        int passed = 0;
        var turnedAway = new List<string>();
        foreach (var file in Directory.GetFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var (n, found) = Check(File.ReadAllText(file));
            passed += n;
            turnedAway.AddRange(found.Select(p => $"{Path.GetFileName(file)}: {p}"));
        }
        turnedAway.Should().BeEmpty();
        passed.Should().BeGreaterThan(100, "the corpus holds transcripts and interviews");
    }
}
