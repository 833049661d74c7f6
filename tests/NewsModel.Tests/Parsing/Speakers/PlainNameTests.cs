using FluentAssertions;
using NewsModel.Parsing.Attribution;
using NewsModel.Parsing.Layout;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Speakers;

namespace NewsModel.Tests.Parsing.Speakers;

/// <summary>
/// The name pass reads a run of capitalised words alone by a short way (<c>SpeakerStage.TryReadPlainName</c>); on every
/// run it takes, it must give what the whole phrase reader gives.
/// </summary>
public sealed class PlainNameTests
{
    private static readonly CompiledKnowledge Knowledge = new(TestData.Parser.Options.Knowledge);

    [Theory]
    // Runs the short way reads: a person with or without a known given name, a body by its head word.
    [InlineData("Yesterday Donald Trump spoke and Lena Hart Varga agreed with Arvo Pekkanen.")]
    [InlineData("He met Jerome Powell at the Federal Reserve Board, and Zorbu Kraal Holding later.")]
    // Runs it must leave to the whole reader: words it tests by spelling, titles, known names and descriptions.
    [InlineData("Later The Hague and Bank Of America and Johnson And Johnson met Official Sources.")]
    [InlineData("He said Even Hart came, as This Week and Last Month and At The Time showed.")]
    [InlineData("Then President Joe Biden and Foreign Minister Sergey Lavrov met Russian Deputy Prime Minister Ana Ruiz.")]
    [InlineData("Both European Central Bank and United Nations and New York Times Company and Kremlin Spokesman Dmitry Peskov said so.")]
    [InlineData("Then Mr Smith, Sen Arlo Finch, Bill de Blasio, Jean-Luc Picard and U.S. Army staff spoke.")]
    // A title after capitalised words that say where the person belongs, and names with hyphens: read the short way too.
    [InlineData("Then British Prime Minister Tony Blair, North Carolina Gov. Pat McCrory, Tory Lord Campbell and Robert Kilroy-Silk met.")]
    [InlineData("Later UN Secretary General Kofi Annan, Russian Foreign Minister Sergey Lavrov and Lt. Gov. Ralph Northam met Anglo-Saxon scholars.")]
    [InlineData("Then the Labour Party, Essex County Council, the Senate Judiciary Committee and Liberal Democrat Kim Lee spoke.")]
    [InlineData("\"We will win,\" BNP leader Nick Griffin said. \"We will not,\" British foreign minister Jack Straw said. \"No,\" Tory Lord Campbell said.")]
    // A capital "S" among initials (no possessive's "s"), and names whose words a double space or a line's break part
    // (the given name told from the tokens, or from the name's string when the gap is not one space).
    [InlineData("Then U.S. Navy officers, Harry S Truman, U.S. Senate aides, Anna  Lindqvist and John\tKettleby met Arvo  Pekkanen.")]
    public void A_run_read_the_short_way_reads_as_the_whole_reader_reads_it(string paragraph)
    {
        var (plain, disagreements) = Compare("Talks on the border dispute\n\n" + paragraph + "\n");
        disagreements.Should().BeEmpty();
        plain.Should().BeGreaterThan(0, "each text holds a run the short way reads (a later run of the paragraph at least)");
    }

    /// <summary>The dev set and every fourth bulk article: thousands of runs and phrases, in a few seconds of a Debug build.</summary>
    internal static IEnumerable<string> SampledCorpus(string corpus) =>
        Directory.GetFiles(Path.Combine(corpus, "dev"), "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(corpus, "bulk"), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Where((_, i) => i % 4 == 0));

    [Fact]
    public void Every_run_of_the_corpus_read_the_short_way_reads_as_the_whole_reader_reads_it()
    {
        var corpus = TestData.CorpusDirectory;
        Assert.SkipWhen(corpus is null, "../shared/corpus is not present in this checkout");
        int plain = 0;
        var disagreements = new List<string>();
        foreach (var file in SampledCorpus(corpus))
        {
            var (n, found) = Compare(File.ReadAllText(file));
            plain += n;
            disagreements.AddRange(found.Select(run => $"{Path.GetFileName(file)}: {run}"));
        }
        disagreements.Should().BeEmpty();
        plain.Should().BeGreaterThan(1000, "the corpus holds many names of two capitalised words");
    }

    [Fact]
    public void Every_speaker_phrase_of_the_corpus_taken_from_its_block_tokenizes_and_reads_as_it_does_apart()
    {
        // The speaker stage reads a statement's speaker phrase from its block's tokens (SpeakerStage.PhraseTokens): they
        // must be the tokens and marks the phrase tokenized apart gives, and read the same.
        var corpus = TestData.CorpusDirectory;
        Assert.SkipWhen(corpus is null, "../shared/corpus is not present in this checkout");
        int fromBlock = 0;
        var disagreements = new List<string>();
        foreach (var file in SampledCorpus(corpus))
        {
            var (n, found) = AfterAttribution(File.ReadAllText(file), SpeakerStage.ComparePhraseTokens);
            fromBlock += n;
            disagreements.AddRange(found.Select(phrase => $"{Path.GetFileName(file)}: {phrase}"));
        }
        disagreements.Should().BeEmpty();
        fromBlock.Should().BeGreaterThan(1000, "the corpus holds thousands of statements with a speaker phrase");
    }

    [Theory]
    [InlineData("Yesterday Donald Trump spoke and Lena Hart Varga agreed with Arvo Pekkanen of Zorbu Kraal Holding.")]
    [InlineData("Then Mr Smith, Dr Arlo Finch, President Joe Biden, Foreign Minister Sergey Lavrov and Bill de Blasio met.")]
    [InlineData("Both European Central Bank and The Hague and Kremlin Spokesman Dmitry Peskov and Iowa City said so.")]
    public void A_run_reads_as_its_words_read_as_a_speaker_phrase_taken_as_a_name(string paragraph)
    {
        var (runs, disagreements) = CompareWithPhrases("Talks on the border dispute\n\n" + paragraph + "\n");
        disagreements.Should().BeEmpty();
        runs.Should().BeGreaterThan(3);
    }

    [Fact]
    public void Every_run_of_the_corpus_reads_as_its_words_read_as_a_speaker_phrase_taken_as_a_name()
    {
        // The name pass takes a run's reading from the memo of speaker phrases when the memo holds the run's text.
        var corpus = TestData.CorpusDirectory;
        Assert.SkipWhen(corpus is null, "../shared/corpus is not present in this checkout");
        int runs = 0;
        var disagreements = new List<string>();
        foreach (var file in SampledCorpus(corpus))
        {
            var (n, found) = CompareWithPhrases(File.ReadAllText(file));
            runs += n;
            disagreements.AddRange(found.Select(run => $"{Path.GetFileName(file)}: {run}"));
        }
        disagreements.Should().BeEmpty();
        runs.Should().BeGreaterThan(10_000);
    }

    private static (int Runs, List<string> Disagreements) CompareWithPhrases(string text) =>
        AfterAttribution(text, SpeakerStage.CompareNameAndPhraseReadings);

    private static (int Plain, List<string> Disagreements) Compare(string text) =>
        AfterAttribution(text, SpeakerStage.ComparePlainNameReadings);

    /// <summary>
    /// Runs the layout and attribution stages over <paramref name="text"/>, then <paramref name="compare"/> (one of the
    /// speaker stage's self-checks, which lists what it found to disagree and returns how many items it compared).
    /// </summary>
    internal static (int Compared, List<string> Disagreements) AfterAttribution(string text, Func<ParseContext, List<string>, int> compare)
    {
        var ctx = new ParseContext(text, TestData.Parser.Options, Knowledge);
        try
        {
            LayoutStage.Run(ctx);
            AttributionStage.Run(ctx);
            var disagreements = new List<string>();
            int compared = compare(ctx, disagreements);
            return (compared, disagreements);
        }
        finally
        {
            ctx.ReleaseScratch();
        }
    }
}
