using FluentAssertions;
using NewsModel.Model;
using NewsModel.Parsing;

namespace NewsModel.Tests.Parsing.Treaties;

/// <summary>Every form in which an article names a treaty, each in a sentence written for the test.</summary>
public sealed class TreatyMentionTests
{
    private static readonly ArticleParser Parser = new(new ParseOptions { BodyOnly = true });

    private static EquatableArray<Treaty> TreatiesIn(string text) => Parser.Parse(text).Treaties;

    public static TheoryData<string, string, string> NamedForms => new()
    {
        // sentence, treaty id, mention expected as written
        { "The ministers discussed the Comprehensive Nuclear-Test-Ban Treaty at length.", "ctbt", "Comprehensive Nuclear-Test-Ban Treaty" },
        { "The ministers discussed the Comprehensive Nuclear Test Ban Treaty at length.", "ctbt", "Comprehensive Nuclear Test Ban Treaty" },
        { "The ministers discussed the CTBT at length.", "ctbt", "CTBT" },
        { "Both sides still honour the Treaty on the Non-Proliferation of Nuclear Weapons.", "npt", "Treaty on the Non-Proliferation of Nuclear Weapons" },
        { "Both sides still honour the nonproliferation treaty.", "npt", "nonproliferation treaty" },
        { "The New START treaty limits deployed warheads.", "new-start", "New START treaty" },
        { "Both sides extended New START by five years.", "new-start", "New START" },
        { "The INF Treaty collapsed years ago.", "inf", "INF Treaty" },
        { "The Intermediate Range Nuclear Forces Treaty collapsed years ago.", "inf", "Intermediate Range Nuclear Forces Treaty" },
        { "Signatories of the Chemical Weapons Convention met on Monday.", "cwc", "Chemical Weapons Convention" },
        { "The Minsk agreements were never carried out.", "minsk", "Minsk agreements" },
        { "He cited the JCPOA in his speech.", "jcpoa", "JCPOA" },
        { "He cited the Budapest Memorandum in his speech.", "budapest", "Budapest Memorandum" },
        { "Ankara applies the Montreux Convention to warships.", "montreux", "Montreux Convention" },
        { "He cited the U.N. Charter in his speech.", "un-charter", "U.N. Charter" },
        { "Article 5 of the North Atlantic Treaty was invoked.", "north-atlantic", "North Atlantic Treaty" },
    };

    [Fact]
    public void Parse_finds_a_treaty_named_only_in_the_last_of_many_paragraphs_and_none_where_no_word_may_start_one()
    {
        // The stage is passed over whole when the screen listed no token of any block: a treaty in the last block alone
        // must keep it from being passed over, and an article of plain prose finds none.
        var plain = string.Concat(Enumerable.Repeat("The ministers met on Monday and talked for hours.\n\n", 6));
        TreatiesIn(plain).Should().BeEmpty();
        TreatiesIn(plain + "Both sides extended New START by five years.").Should().ContainSingle().Which.Id.Should().Be("new-start");
    }

    [Theory]
    [MemberData(nameof(NamedForms))]
    public void Parse_finds_a_treaty_by_name_acronym_or_variant(string sentence, string id, string mention)
    {
        var treaty = TreatiesIn(sentence).Should().ContainSingle().Subject;

        treaty.Id.Should().Be(id);
        treaty.Mentions.Should().Contain(m => m.Text == mention);
        foreach (var m in treaty.Mentions) m.Span.GetText(sentence).Should().Be(m.Text);
    }

    [Fact]
    public void Parse_reads_name_and_acronym_in_parentheses_as_one_treaty()
    {
        var treaty = TreatiesIn("Moscow backs the Treaty on Open Skies (OST) and its observation flights.").Should().ContainSingle().Subject;

        treaty.Id.Should().Be("open-skies");
        treaty.Mentions.Select(m => m.Text).Should().Equal("Treaty on Open Skies", "OST");
    }

    [Theory]
    [InlineData("The OST allowed observation flights over each other's territory.", "open-skies")]
    [InlineData("The OST bans weapons of mass destruction in orbit and on the Moon.", "outer-space")]
    [InlineData("Russia left the Open Skies Treaty. Washington had left the OST a year earlier.", "open-skies")]
    [InlineData("The Outer Space Treaty is old. The OST has no verification.", "outer-space")]
    public void Parse_settles_a_shared_acronym_by_context(string text, string id)
    {
        TreatiesIn(text).Select(t => t.Id).Should().Equal(id);
    }

    [Theory]
    [InlineData("The Treaty", "The CTBT was signed in 1996. The Treaty has not entered into force.")]
    [InlineData("the treaty", "The CTBT was signed in 1996. Washington never ratified the treaty.")]
    [InlineData("the pact", "The CTBT was signed in 1996. Washington never ratified the pact.")]
    [InlineData("the accord", "The JCPOA was agreed in 2015. Washington left the accord in 2018.")]
    [InlineData("the Convention", "The Chemical Weapons Convention bans sarin. Iran joined the Convention in 1997.")]
    public void Parse_binds_anaphora_to_the_treaty_in_scope(string anaphora, string text)
    {
        var treaty = TreatiesIn(text).Should().ContainSingle().Subject;

        treaty.Mentions.Should().HaveCount(2);
        treaty.Mentions[1].Text.Should().Be(anaphora);
        treaty.Aliases.Should().Contain(anaphora);
    }

    [Fact]
    public void Parse_does_not_take_the_treaty_organisation_for_the_treaty_in_scope()
    {
        var treaty = TreatiesIn("The CTBT is not in force. The Treaty Organization still runs its stations.").Should().ContainSingle().Subject;

        treaty.Mentions.Select(m => m.Text).Should().Equal("CTBT");
    }

    [Theory]
    [InlineData("The General Agreement on Tariffs and Trade was signed in 1947. World trade grew, and the trade rules spread.", 1)]
    [InlineData("The General Agreement on Tariffs and Trade was signed in 1947. The agreement cut tariffs.", 2)]
    [InlineData("The Minsk agreements were signed in 2015. Neither side honoured the agreements.", 2)]
    public void Parse_binds_anaphora_only_through_the_treaty_noun_of_a_catalog_name(string text, int mentions)
    {
        TreatiesIn(text).Should().ContainSingle().Which.Mentions.Should().HaveCount(mentions);
    }

    [Fact]
    public void Parse_leaves_anaphora_unbound_when_no_treaty_is_in_scope()
    {
        TreatiesIn("The treaty was discussed. The pact is old.").Should().BeEmpty();
    }

    [Theory]
    [InlineData("The CTBT requires it in Article XIV.", 14, null, "Article XIV")]
    [InlineData("The CTBT sets out a conference in Article 14 of the Treaty.", 14, null, "Article 14 of the Treaty")]
    [InlineData("The CTBT is clear, and paragraph 2 of Article 5 says so.", 5, 2, "paragraph 2 of Article 5")]
    [InlineData("Article VI of the NPT calls for disarmament.", 6, null, "Article VI of the NPT")]
    public void Parse_reads_article_references_as_values(string text, int article, int? paragraph, string written)
    {
        var treaty = TreatiesIn(text).Should().ContainSingle().Subject;

        var reference = treaty.Articles.Should().ContainSingle().Subject;
        reference.Article.Should().Be(article);
        reference.Paragraph.Should().Be(paragraph);
        reference.Text.Should().Be(written);
        reference.Span.GetText(text).Should().Be(written);
    }

    [Theory]
    [InlineData("Tehran and Moscow signed the treaty on comprehensive strategic partnership between Russia and Iran on Friday.", "treaty on comprehensive strategic partnership between Russia and Iran")]
    [InlineData("The two ministers initialled an investment protection agreement.", "investment protection agreement")]
    [InlineData("Officials said a fisheries accord was close.", "fisheries accord")]
    [InlineData("Japan wants an international agreement on debt relief for the region before it lends.", "international agreement on debt relief for the region")]
    [InlineData("The two blocs drafted a joint declaration.", "joint declaration")]
    [InlineData("The sides signed a memorandum on cooperation in shipbuilding.", "memorandum on cooperation in shipbuilding")]
    public void Parse_finds_a_treaty_named_only_by_description(string text, string name)
    {
        var treaty = TreatiesIn(text).Should().ContainSingle().Subject;

        treaty.Name.Should().Be(name);
        treaty.Id.Should().NotBeNullOrEmpty();
        treaty.Mentions[0].Span.GetText(text).Should().Be(name);
    }

    [Fact]
    public void Parse_binds_later_descriptions_and_anaphora_to_a_described_treaty()
    {
        var text = "The countries extended their bilateral fisheries agreement. The fisheries agreement expires in May. Under the nonbinding pact, quotas are set yearly.";
        var treaty = TreatiesIn(text).Should().ContainSingle().Subject;

        treaty.Name.Should().Be("bilateral fisheries agreement");
        treaty.Aliases.Should().Equal("The fisheries agreement", "the nonbinding pact");
    }

    [Fact]
    public void Parse_reads_an_apposition_as_another_name_of_the_treaty_just_named()
    {
        var treaty = TreatiesIn("Both sides cited the ABM Treaty, the oldest arms control agreement still in force.").Should().ContainSingle().Subject;

        treaty.Id.Should().Be("abm");
        treaty.Aliases.Should().Contain("the oldest arms control agreement");
    }

    [Fact]
    public void Parse_learns_the_acronym_an_article_gives_a_described_treaty()
    {
        var treaty = TreatiesIn("They signed an agreement on river shipping (ARS) in May. The ARS takes effect in June.").Should().ContainSingle().Subject;

        treaty.Acronym.Should().Be("ARS");
        treaty.Mentions.Select(m => m.Text).Should().Equal("agreement on river shipping", "ARS", "ARS");
    }

    [Theory]
    [InlineData("The two sides failed to reach agreement on prices.")]
    [InlineData("Any trade agreement must include the clause.")]
    [InlineData("Such an agreement would take years.")]
    [InlineData("All agreements signed by the union include it.")]
    [InlineData("An agreement should be reached soon.")]
    [InlineData("They acted in accord with the law.")]
    [InlineData("The party convention opened in Chicago.")]
    [InlineData("TALKS TO START ON SORT OF DEAL")]
    [InlineData("She signed a nondisclosure agreement with the firm.")]
    [InlineData("The area - previously under strict rules - needed unanimous agreement.")]
    [InlineData("The September 1986 agreement lapsed.")]
    public void Parse_finds_no_treaty_in_generic_uses_of_treaty_words(string text)
    {
        TreatiesIn(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("The CTBTO runs the monitoring stations.")]
    [InlineData("The IAEA sent inspectors.")]
    [InlineData("NATO allies met in Brussels.")]
    [InlineData("The OPCW confirmed the findings.")]
    [InlineData("The Comprehensive Nuclear-Test-Ban Treaty Organization runs the monitoring stations.")]
    [InlineData("The North Atlantic Treaty Organization met in Brussels.")]
    [InlineData("The Treaty Organization met in Vienna.")]
    public void Parse_never_takes_an_organisation_for_a_treaty(string text)
    {
        TreatiesIn(text).Should().BeEmpty();
    }
}
