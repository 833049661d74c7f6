using FluentAssertions;
using NewsModel.Model;
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
    public void The_longest_particle_and_abbreviation_are_the_lists_longest_words() =>
        SpeakerStage.LongestWordsHold().Should().BeTrue();

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

    [Theory]
    // No statement's phrase is a pronoun, so the pass links a weak mention ("Abbot", a bare surname) only where a
    // statement reads it: just before the comma before the description "the minister". Unlinked, the description
    // would take the person named first.
    [InlineData("Peter Kettleby arrived in Geneva on Monday. John Abbot met officials later.\n\n"
        + "Abbot, the minister said the talks would go on.", "the minister", "John Abbot")]
    // "Mr Kettleby" after "Peter Kettleby" finds that person by another form of the name; the pass keeps the answer for
    // the spelling's later mention while no entity is made or changed, and the mentions "he" may stand for must still
    // name him.
    [InlineData("Peter Kettleby arrived in Geneva on Monday. Anna Abbot met officials later.\n\n"
        + "Anna Abbot left. Mr Kettleby met the envoys. Mr Kettleby spoke for an hour. \"We will go on,\" he said.", "he", "Peter Kettleby")]
    // A run of capitalised words with neither title nor given name reads as a bare name, kept in the spelling memo as
    // the default reading; one longer than the memo's keys is read for its mention alone, and must still read as a
    // bare name (its reading is asked of every mention), not as the empty default.
    [InlineData("Peter Kettleby arrived in Geneva on Monday. Zorbu Kraal Velloran Ashgrove Pekkanen Lindqvist Tarkin Morrow Quist Harlan met him.\n\n"
        + "\"We will go on,\" he said.", "he", "Peter Kettleby")]
    public void The_statement_takes_the_speaker_the_names_before_it_give(string body, string mention, string speaker)
    {
        var article = TestData.Parser.Parse("Talks on the border dispute\n\n" + body + "\n");

        var statement = article.Statements.Single();
        statement.SpeakerMention!.Text.Should().Be(mention);
        article.Speakers.Single(s => s.Id == statement.SpeakerId).Name.Should().Be(speaker);
    }

    [Theory]
    // No phrase is a pronoun, a description or a generic name, so the pass makes no entity; it still runs for the one
    // speaker made, who takes the fuller name the text gives ("Kettleby" said, "Peter Kettleby" named before).
    [InlineData("Peter Kettleby arrived in Geneva on Monday.\n\n\"We will go on,\" Kettleby said.", "Peter Kettleby")]
    // A speaker made from a phrase and named in full elsewhere in the text, after the statement.
    [InlineData("\"We will go on,\" Kettleby said.\n\nPeter Kettleby arrived in Geneva on Monday with Anna Abbot.", "Peter Kettleby")]
    public void A_pass_that_makes_no_entity_still_finds_the_speakers_the_text_names(string body, string speaker)
    {
        var article = TestData.Parser.Parse("Talks on the border dispute\n\n" + body + "\n");

        article.Speakers.Single().Name.Should().Be(speaker);
    }

    [Theory]
    // A run of one word that heads an organisation's name ("Police"), or that the gazetteer lists ("NATO", "Kremlin"),
    // is read as a name, not as a bare word: the body "it" stands for. First in its sentence, and after a start word.
    [InlineData("Police arrived in Geneva on Monday.", "Police")]
    [InlineData("The talks began. NATO sent envoys to Geneva on Monday.", "NATO")]
    [InlineData("The talks began. The Kremlin sent envoys to Geneva on Monday.", "Kremlin")]
    [InlineData("The talks began. But Police arrived in Geneva on Monday.", "Police")]
    public void A_one_word_run_a_table_knows_is_read_as_a_name(string body, string speaker)
    {
        var article = TestData.Parser.Parse("Talks on the border dispute\n\n" + body + "\n\n\"We will go on,\" it said.\n");

        article.Speakers.Single().Name.Should().Be(speaker);
    }

    [Fact]
    public void A_lower_case_title_starts_a_name_where_a_pronoun_the_screen_ruled_out_of_the_titles_does_not()
    {
        // "he" and "her" in the quote are lower-case words the pass must see (gendered pronouns), which no title starts:
        // told by the screen's mark without walking to the capitalised words after them. "minister" starts a title, and
        // the name after it is a person with that title.
        var article = TestData.Parser.Parse("Talks on the border dispute\n\n"
            + "The talks were led by foreign minister Sergey Lavrov on Monday, and \"he told her Prime Minister Abe would come,\" an aide said.\n\n"
            + "\"We will go on,\" he said.\n");

        var lavrov = article.Speakers.Single(s => s.Name == "Sergey Lavrov");
        lavrov.Title.Should().Be("minister");
        article.Statements[^1].SpeakerId.Should().Be(lavrov.Id);
    }

    [Fact]
    public void An_article_whose_phrases_name_no_one_is_passed_over_and_the_next_is_read_as_before()
    {
        // No statement names a speaker, so no entity is made and the pass is not run: nothing it would do is read. The
        // spelling memo of the thread is started for it all the same; the names of the next articles read as they do alone.
        const string Title = "Talks on the border dispute\n\n";
        const string Named = Title + "Peter Kettleby arrived in Geneva on Monday.\n\n\"We will go on,\" Kettleby said.\n";
        const string Pronoun = Title + "Peter Kettleby met Anna Abbot in Geneva on Monday.\n\n\"We will go on,\" he said.\n";
        var alone = (TestData.Parser.Parse(Named).Speakers.Single().Name, TestData.Parser.Parse(Pronoun).Speakers.Single().Name);

        var passedOver = TestData.Parser.Parse(Title + "Peter Kettleby met Anna Abbot and Donald Trump in Geneva. He left on Monday.\n");
        passedOver.Statements.Should().BeEmpty();
        passedOver.Speakers.Should().BeEmpty();
        var after = (TestData.Parser.Parse(Named).Speakers.Single().Name, TestData.Parser.Parse(Pronoun).Speakers.Single().Name);

        after.Should().Be(alone);
        alone.Should().Be(("Peter Kettleby", "Peter Kettleby"));
    }

    [Fact]
    public void Two_spellings_compare_equal_exactly_when_their_characters_do_wherever_they_stand()
    {
        // Every length up to past four reads of eight bytes, a difference at every place (in a character's low byte and
        // in its high byte), each span taken at odd and even offsets of a longer text, as the memos take theirs.
        for (int length = 0; length <= 40; length++)
        {
            var word = new string(Enumerable.Range(0, length).Select(i => (char)('A' + i * 7 % 26)).ToArray());
            foreach (int offset in new[] { 0, 1, 3 })
            {
                var text = new string('x', offset) + word + "yz";
                var span = text.AsSpan(offset, length);
                SpeakerStage.SameChars(span, word).Should().BeTrue();
                for (int at = 0; at < length; at++)
                {
                    foreach (int flip in new[] { 1, 0x100 })
                    {
                        var other = word.ToCharArray();
                        other[at] = (char)(other[at] ^ flip);
                        SpeakerStage.SameChars(span, other).Should().BeFalse($"{length} characters differ at {at}");
                        SpeakerStage.SameChars(other, span).Should().BeFalse();
                    }
                }
                if (length > 0) SpeakerStage.SameChars(span, word.AsSpan(0, length - 1)).Should().BeFalse();
            }
        }
    }

    [Fact]
    public void A_bare_word_links_as_its_text_alone_does_however_often_and_among_whatever_words_it_is_asked()
    {
        // Entities whose names and surnames share shapes with other words (length, first and last letter), so that the
        // table keeps words that link to nothing beside words that do, and words equal ignoring case or of one hash's slot.
        var index = new EntityIndex();
        var people = new[] { "Donald Trump", "Anna Abbot", "Peter Kettleby", "Hart", "Mike Pence" };
        foreach (var name in people) index.Add(new SpeakerEntity { Name = name, Kind = SpeakerKind.Person });
        index.Add(new SpeakerEntity { Name = "Senate", Kind = SpeakerKind.Organization });
        var words = new List<string> { "Trump", "TRUMP", "Tramp", "Abbot", "Abbott", "Kettleby", "Kettlebe", "Hart", "Heart", "Hurt",
            "Pence", "Peace", "Senate", "Senator", "Donald", "Anna", "Washington", "Trump's", "T", "Trumps" };
        // Words of "Trump"'s shape, which the table keeps: enough to make it grow, and to fill probe chains.
        for (int i = 0; i < 300; i++) words.Add("T" + (char)('a' + i % 26) + (char)('a' + i / 26 % 26) + "m" + "p");
        var text = string.Join(' ', words);
        var spans = new List<(int Start, int Length)>();
        int at = 0;
        foreach (var word in words)
        {
            spans.Add((at, word.Length));
            at += word.Length + 1;
        }

        SpeakerStage.CompareBareWordLinks(index, text, spans).Should().BeEmpty();
        index.Release();
    }

    private static (int Taken, List<string> Disagreements) CompareRuns(string text) =>
        PlainNameTests.AfterAttribution(text, SpeakerStage.CompareOneWordRuns);
}
