using FluentAssertions;
using NewsModel.Knowledge;
using NewsModel.Parsing.Attribution;
using NewsModel.Parsing.Layout;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Tests.Parsing.Attribution;

/// <summary>The cue candidates the attribution reader drops when it starts on a block read no cue for any sentence limit.</summary>
public sealed class SilentCandidateTests
{
    private static readonly CompiledKnowledge Knowledge = new(TestData.Parser.Options.Knowledge);

    private static IEnumerable<string> SampledCorpus(string corpus) =>
        Directory.GetFiles(Path.Combine(corpus, "dev"), "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(corpus, "bulk"), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Where((_, i) => i % 4 == 0));

    /// <summary>Reads each block of <paramref name="text"/>: the dropped candidates, and every one of them that reads a cue at some limit.</summary>
    private static (int Dropped, int Kept, List<string> Wrong) Check(string text)
    {
        var ctx = new ParseContext(text, TestData.Parser.Options, Knowledge);
        var wrong = new List<string>();
        int dropped = 0, kept = 0;
        try
        {
            LayoutStage.Run(ctx);
            var blockText = new BlockText();
            var reader = new AttributionReader(ctx, blockText, new CueCache(), new WalkMemos());
            foreach (var block in ctx.Blocks)
            {
                blockText.Load(ctx, block);
                // The load lists none; every marked word outside quotes whose classes open a cue may be one.
                blockText.CueCandidates.Should().BeEmpty();
                var before = blockText.CueMarkedRun.ToArray().Where(i => !blockText.InQuote(i) && blockText.IsIn(i, WordClass.CueStart | WordClass.CueAnchor)).ToList();
                reader.Reset();
                var after = blockText.CueCandidates.ToList();
                after.Should().BeSubsetOf(before).And.BeInAscendingOrder();
                kept += after.Count;
                int n = blockText.Tokens.Count;
                foreach (int i in before.Except(after))
                {
                    dropped++;
                    for (int limit = i + 1; limit <= n; limit++)
                    {
                        if (reader.ReadsCue(i, limit)) wrong.Add($"\"{blockText.Word(i)}\" (token {i}) reads a cue up to token {limit} in \"{text[block.Start..block.End]}\"");
                    }
                }
            }
        }
        finally
        {
            ctx.ReleaseScratch();
        }
        return (dropped, kept, wrong);
    }

    [Theory]
    [InlineData("Talks resumed in Geneva in May, in a cold hall. In Sergey Ryabkov's words, the talks were useful, in the end.")]
    [InlineData("In Geneva, according to the agenda, talks went on. According to Ana Kowal, they did not, in fact, go well.")]
    [InlineData("The plan was the best one. It is a deal that was quoted as saying much, and Hart was quoted as saying yes.")]
    [InlineData("Words failed him in Geneva. He was-quoted in words, in a word, in-house, in\u2019s words.")]
    [InlineData("It was. Was it? In")]
    [InlineData("ACCORDING TO HART, TALKS WENT ON. According, in the end, to plan. QUOTED: Reyes was QUOTED AS SAYING no. Quoted in May.")]
    [InlineData("HART: We will meet again in May, in Oslo.\n\nReyes said: \"No.\"\n\nHART: In my words, we will.")]
    public void A_dropped_candidate_reads_no_cue_at_any_limit(string text)
    {
        var (dropped, _, wrong) = Check(text);
        wrong.Should().BeEmpty();
        dropped.Should().BePositive("each case holds an \"in\", \"according\" or \"was\" that opens no cue");
    }

    [Fact]
    public void The_anchor_words_are_the_three_the_candidate_test_tells_apart_by_length()
    {
        // AttributionReader.MayOpenCueInBlock takes an anchor of two letters for "in" and one of nine for "according".
        CueAnchorWords.FirstWords.Should().BeEquivalentTo([CueAnchorWords.In, CueAnchorWords.According, CueAnchorWords.Quoted]);
        CueAnchorWords.FirstWords.Select(w => w.Length).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void A_dropped_candidate_of_the_corpus_reads_no_cue_at_any_limit()
    {
        var corpus = TestData.CorpusDirectory;
        Assert.SkipWhen(corpus is null, "../shared/corpus is not present in this checkout");
        int dropped = 0, kept = 0;
        var wrong = new List<string>();
        foreach (var file in SampledCorpus(corpus))
        {
            var (d, k, found) = Check(File.ReadAllText(file));
            dropped += d;
            kept += k;
            wrong.AddRange(found.Select(w => $"{Path.GetFileName(file)}: {w}"));
        }
        wrong.Should().BeEmpty();
        dropped.Should().BeGreaterThan(1000, "half the corpus's cue candidates open no cue");
        kept.Should().BeGreaterThan(1000);
    }

    [Fact]
    public void An_in_before_its_words_in_a_later_sentence_or_far_on_is_kept_and_reads_its_cue()
    {
        var filler = string.Join(" ", Enumerable.Repeat("the long talks in the old hall", 12));
        Check($"In Geneva {filler}, the talks ended. In Sergey Ryabkov's words, the talks were useful.").Wrong.Should().BeEmpty();

        var article = Parse.Body("Talks went on in Geneva in May.", "In Sergey Ryabkov's words, the talks were useful.");

        article.Statements.Should().ContainSingle(s => s.Cue == "in Sergey Ryabkov's words");
    }
}
