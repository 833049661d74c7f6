using FluentAssertions;
using NewsModel.Parsing.Speakers;

namespace NewsModel.Tests.Parsing.Speakers;

/// <summary>
/// Work the name pass does not do: a run of one word told from the screen's marks without walking it, and the links
/// of weak mentions made only where a statement reads them.
/// </summary>
public sealed class NamePassShortcutTests
{
    [Theory]
    // Runs that go on through a particle, a hyphen, an apostrophe or an initial's full stop, and runs of one word.
    [InlineData("Then Bill de Blasio, Jean-Luc Picard, Conan O'Brien and Donald J. Trump met Lavrov in Geneva on Monday.")]
    [InlineData("Ludwig van Beethoven wrote it, Iowa voted, and Kilroy-Silk said so to Smith, who left.")]
    [InlineData("\"We will win,\" Griffin said. Later Clinton spoke - and Sanders - before Obama's speech in Ohio.")]
    public void A_run_taken_for_one_word_from_the_marks_is_what_RunEnd_reads(string paragraph)
    {
        var (taken, disagreements) = CompareRuns("Talks on the border dispute\n\n" + paragraph + "\n");
        disagreements.Should().BeEmpty();
        taken.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Every_run_of_the_corpus_taken_for_one_word_from_the_marks_is_what_RunEnd_reads()
    {
        var corpus = TestData.CorpusDirectory;
        Assert.SkipWhen(corpus is null, "../shared/corpus is not present in this checkout");
        int taken = 0;
        var disagreements = new List<string>();
        foreach (var file in PlainNameTests.SampledCorpus(corpus!))
        {
            var (n, found) = CompareRuns(File.ReadAllText(file));
            taken += n;
            disagreements.AddRange(found.Select(run => $"{Path.GetFileName(file)}: {run}"));
        }
        disagreements.Should().BeEmpty();
        taken.Should().BeGreaterThan(5_000);
    }

    [Fact]
    public void A_description_apposed_to_a_surname_takes_its_person_in_an_article_without_a_pronoun_speaker()
    {
        // No statement's phrase is a pronoun, so the pass links a weak mention ("Abbot", a bare surname) only where
        // a statement reads it: just before the comma before the description "the minister". Unlinked, the description
        // would take the person named first.
        const string Text = "Talks on the border dispute\n\n"
            + "Peter Kettleby arrived in Geneva on Monday. John Abbot met officials later.\n\n"
            + "Abbot, the minister said the talks would go on.\n";

        var article = TestData.Parser.Parse(Text);

        var statement = article.Statements.Single();
        statement.SpeakerMention!.Text.Should().Be("the minister");
        article.Speakers.Single(s => s.Id == statement.SpeakerId).Name.Should().Be("John Abbot");
    }

    [Fact]
    public void A_surname_met_again_stands_for_the_fuller_name_each_time()
    {
        // "Mr Kettleby" after "Peter Kettleby" finds that person by another form of the name; the pass keeps the answer
        // for the spelling's later mention while no entity is made or changed, and the mentions "he" may stand for
        // must still name him.
        const string Text = "Talks on the border dispute\n\n"
            + "Peter Kettleby arrived in Geneva on Monday. Anna Abbot met officials later.\n\n"
            + "Anna Abbot left. Mr Kettleby met the envoys. Mr Kettleby spoke for an hour. \"We will go on,\" he said.\n";

        var article = TestData.Parser.Parse(Text);

        var statement = article.Statements.Single();
        statement.SpeakerMention!.Text.Should().Be("he");
        article.Speakers.Single(s => s.Id == statement.SpeakerId).Name.Should().Be("Peter Kettleby");
    }

    [Fact]
    public void A_bare_name_too_long_for_the_spelling_memo_is_a_weak_mention_of_its_own()
    {
        // A run of capitalised words with neither title nor given name reads as a bare name, kept in the spelling memo
        // as the default reading; one longer than the memo's keys is read for its mention alone, and must still read
        // as a bare name (its reading is asked of every mention), not as the empty default.
        const string Text = "Talks on the border dispute\n\n"
            + "Peter Kettleby arrived in Geneva on Monday. Zorbu Kraal Velloran Ashgrove Pekkanen Lindqvist Tarkin Morrow Quist Harlan met him.\n\n"
            + "\"We will go on,\" he said.\n";

        var article = TestData.Parser.Parse(Text);

        var statement = article.Statements.Single();
        statement.SpeakerMention!.Text.Should().Be("he");
        article.Speakers.Single(s => s.Id == statement.SpeakerId).Name.Should().Be("Peter Kettleby");
    }

    private static (int Taken, List<string> Disagreements) CompareRuns(string text) =>
        PlainNameTests.AfterAttribution(text, SpeakerStage.CompareOneWordRuns);
}
