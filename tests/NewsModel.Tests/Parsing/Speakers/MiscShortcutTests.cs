using FluentAssertions;
using NewsModel.Knowledge;
using NewsModel.Parsing;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Speakers;
using NewsModel.Parsing.Text;

namespace NewsModel.Tests.Parsing.Speakers;

/// <summary>
/// Shortcuts of the speaker stage that answer from what was computed before: a block's spacing for a mention's text,
/// and the titles' answer for a never-name word kept with the run-start words once per knowledge.
/// </summary>
public sealed class MiscShortcutTests
{
    [Theory]
    [InlineData("\"We will go on,\" said the  foreign minister.\n\n\"We will not stop,\" said the  foreign minister.\n")]
    [InlineData("\"We will go on,\" said Zorbu\u00A0 Kraal.\n\n\"We will not stop,\" said Zorbu  Kraal on Monday.\n")]
    [InlineData("\"We will go on,\" the foreign\tminister said.\n\n\"We will not stop,\" the foreign minister said.\n")]
    [InlineData("\"We will go on,\" said Zorbu Kraal.\n\n\"We will not stop,\" said Zorbu Kraal, and he left.\n")]
    public void A_speaker_mention_is_its_phrase_with_whitespace_collapsed_whatever_its_blocks_spacing(string body)
    {
        var text = "Talks on the border dispute\n\n" + body;
        var article = TestData.Parser.Parse(text);
        var mentions = article.Statements.Select(st => st.SpeakerMention).OfType<NewsModel.Model.Mention>().ToList();

        mentions.Should().NotBeEmpty();
        foreach (var m in mentions) m.Text.Should().Be(Chars.Collapse(text.AsSpan(m.Span.Start, m.Span.Length)));
        foreach (var m in article.Speakers.SelectMany(sp => sp.Mentions)) m.Text.Should().Be(Chars.Collapse(text.AsSpan(m.Span.Start, m.Span.Length)));
    }

    [Fact]
    public void The_ascii_contains_ignoring_case_answers_as_the_frameworks()
    {
        // Letters in both cases, the characters next to the letters' ranges, and characters beyond ASCII that case-map
        // near ASCII ones (the Kelvin sign, the dotless and dotted i, the long s, accented letters).
        const string Alphabet = "aAzZkKiIsS@[`{ -\u212A\u0131\u0130\u017F\u00E9\u00C9";
        var random = new Random(20);
        string Word(int length) => new(Enumerable.Range(0, length).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
        for (int n = 0; n < 20_000; n++)
        {
            var text = Word(random.Next(0, 9));
            var part = Word(random.Next(0, 4));
            SpeakerStage.ContainsIgnoringCase(text, part).Should().Be(text.Contains(part, StringComparison.OrdinalIgnoreCase), $"\"{part}\" in \"{text}\"");
        }
        foreach (var (text, part) in new[] { ("Foreign Minister", "minister"), ("Mayor", "MAYOR"), ("Deputy Prime Minister", "prime min"), ("Mayor", "mayors"), ("", "") })
        {
            SpeakerStage.ContainsIgnoringCase(text, part).Should().Be(text.Contains(part, StringComparison.OrdinalIgnoreCase));
        }
    }

    private static byte FlagsOf(KnowledgeBase knowledge, string word) => new CompiledKnowledge(knowledge).RunStartWords.Of(word);

    [Theory]
    [InlineData("Mr")]
    [InlineData("Mrs")]
    [InlineData("Ms")]
    [InlineData("Dr")]
    [InlineData("MR")]
    public void A_shipped_honorific_is_one_wherever_it_stands(string word)
    {
        var flags = FlagsOf(KnowledgeBase.Default, word);
        (flags & SpeakerStage.HonorificFlag).Should().NotBe(0);
        (flags & SpeakerStage.TitleFlag).Should().Be(0);
    }

    [Theory]
    [InlineData("May")]
    [InlineData("I")]
    [InlineData("Monday")]
    [InlineData("The")]
    [InlineData("Lavrov")]
    public void A_word_no_title_starts_is_no_honorific(string word) =>
        (FlagsOf(KnowledgeBase.Default, word) & (SpeakerStage.HonorificFlag | SpeakerStage.TitleFlag)).Should().Be(0);

    [Fact]
    public void A_never_name_word_that_also_starts_a_title_of_another_kind_is_asked_of_the_titles()
    {
        // "Dr" starts an honorific and, here, a title that is none: where it stands decides.
        var knowledge = KnowledgeBase.Default.WithTitles(new TitleEntry { Text = "Dr Strangelove" });
        var flags = FlagsOf(knowledge, "Dr");
        (flags & SpeakerStage.HonorificFlag).Should().Be(0);
        (flags & SpeakerStage.TitleFlag).Should().NotBe(0);
        FlagsOf(knowledge, "Mr").Should().Be(FlagsOf(KnowledgeBase.Default, "Mr"));
    }

    [Fact]
    public void A_never_name_word_that_starts_honorifics_only_but_is_none_alone_is_asked_of_the_titles()
    {
        // Without "Mr" alone, "Mr" is an honorific only where "Mr." is.
        var knowledge = KnowledgeBase.Default.WithoutTitles("Mr");
        var flags = FlagsOf(knowledge, "Mr");
        (flags & SpeakerStage.HonorificFlag).Should().Be(0);
        (flags & SpeakerStage.TitleFlag).Should().NotBe(0);
    }

    [Fact]
    public void A_never_name_word_made_an_honorific_is_one()
    {
        var knowledge = KnowledgeBase.Default.WithTitles(new TitleEntry { Text = "May", IsHonorific = true });
        (FlagsOf(knowledge, "May") & SpeakerStage.HonorificFlag).Should().NotBe(0);
    }
}
