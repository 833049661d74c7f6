using FluentAssertions;
using NewsModel.Knowledge;
using NewsModel.Model;
using NewsModel.Parsing;

namespace NewsModel.Tests.Parsing.Treaties;

/// <summary>The shipped catalog covers the treaties users track, and users extend or replace it through the options.</summary>
public sealed class TreatyCatalogTests
{
    [Fact]
    public void The_catalog_holds_at_least_forty_treaties_with_unique_ids()
    {
        var treaties = KnowledgeBase.Default.Treaties;

        treaties.Count.Should().BeGreaterThanOrEqualTo(40);
        treaties.Select(t => t.Id).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("ctbt", "CTBT")]
    [InlineData("npt", "NPT")]
    [InlineData("tpnw", "TPNW")]
    [InlineData("ptbt", "PTBT")]
    [InlineData("ttbt", "TTBT")]
    [InlineData("pnet", "PNET")]
    [InlineData("new-start", "New START")]
    [InlineData("start-1", "START I")]
    [InlineData("start-2", "START II")]
    [InlineData("sort", "SORT")]
    [InlineData("salt-1", "SALT I")]
    [InlineData("salt-2", "SALT II")]
    [InlineData("inf", "INF")]
    [InlineData("abm", "ABM")]
    [InlineData("open-skies", "OST")]
    [InlineData("cfe", "CFE")]
    [InlineData("cwc", "CWC")]
    [InlineData("bwc", "BWC")]
    [InlineData("att", "ATT")]
    [InlineData("ccm", "CCM")]
    [InlineData("ccw", "CCW")]
    [InlineData("outer-space", "OST")]
    [InlineData("unclos", "UNCLOS")]
    [InlineData("jcpoa", "JCPOA")]
    public void The_catalog_names_each_treaty_of_the_brief_with_its_acronym(string id, string acronym)
    {
        KnowledgeBase.Default.Treaties.Should().Contain(t => t.Id == id && t.Acronyms.Contains(acronym));
    }

    [Theory]
    [InlineData("vienna-document", TreatyKind.PoliticalAgreement)]
    [InlineData("ottawa", TreatyKind.Treaty)]
    [InlineData("antarctic", TreatyKind.Treaty)]
    [InlineData("tlatelolco", TreatyKind.Treaty)]
    [InlineData("rarotonga", TreatyKind.Treaty)]
    [InlineData("bangkok", TreatyKind.Treaty)]
    [InlineData("pelindaba", TreatyKind.Treaty)]
    [InlineData("semipalatinsk", TreatyKind.Treaty)]
    [InlineData("un-charter", TreatyKind.Treaty)]
    [InlineData("north-atlantic", TreatyKind.Treaty)]
    [InlineData("rome-statute", TreatyKind.Treaty)]
    [InlineData("paris-agreement", TreatyKind.Treaty)]
    [InlineData("montreux", TreatyKind.Treaty)]
    [InlineData("jcpoa", TreatyKind.PoliticalAgreement)]
    [InlineData("minsk", TreatyKind.PoliticalAgreement)]
    [InlineData("budapest", TreatyKind.PoliticalAgreement)]
    public void The_catalog_marks_treaties_and_political_agreements(string id, TreatyKind kind)
    {
        KnowledgeBase.Default.Treaties.Should().ContainSingle(t => t.Id == id).Which.Kind.Should().Be(kind);
    }

    [Fact]
    public void The_catalog_never_lists_an_organisation_acronym_as_a_treaty()
    {
        var acronyms = KnowledgeBase.Default.Treaties.SelectMany(t => t.Acronyms).ToHashSet();

        acronyms.Should().NotContain(["CTBTO", "IAEA", "NATO", "OPCW"]);
    }

    [Fact]
    public void Users_add_a_treaty_through_the_options()
    {
        var knowledge = KnowledgeBase.Default.WithTreaties(new TreatyEntry { Id = "toe", Name = "Treaty of Example", Acronyms = ["TOE"], Aliases = ["Example Pact"] });
        var parser = new ArticleParser(new ParseOptions { Knowledge = knowledge, BodyOnly = true });

        var treaty = parser.Parse("The Example Pact was signed. The TOE takes effect in May.").Treaties.Should().ContainSingle().Subject;

        treaty.Id.Should().Be("toe");
        treaty.Name.Should().Be("Treaty of Example");
        treaty.Acronym.Should().Be("TOE");
        treaty.Mentions.Select(m => m.Text).Should().Equal("Example Pact", "TOE");
    }

    [Fact]
    public void Users_replace_a_catalog_entry_by_giving_its_id()
    {
        var knowledge = KnowledgeBase.Default.WithTreaties(new TreatyEntry { Id = "ctbt", Name = "Test Ban", Acronyms = ["CTBT"] });
        var parser = new ArticleParser(new ParseOptions { Knowledge = knowledge, BodyOnly = true });

        knowledge.Treaties.Count(t => t.Id == "ctbt").Should().Be(1);
        parser.Parse("The CTBT is not in force.").Treaties.Should().ContainSingle().Which.Name.Should().Be("Test Ban");
    }

    [Fact]
    public void Users_remove_a_catalog_entry_by_id()
    {
        var parser = new ArticleParser(new ParseOptions { Knowledge = KnowledgeBase.Default.WithoutTreaties("ctbt"), BodyOnly = true });

        parser.Parse("The CTBT is not in force.").Treaties.Should().BeEmpty();
    }

    [Fact]
    public void Users_add_a_head_noun_for_treaties_named_by_description()
    {
        var knowledge = KnowledgeBase.Default.WithTreatyNouns(new TreatyNounEntry { Noun = "covenant", Kind = TreatyKind.Treaty, Uses = TreatyNounUses.Modified | TreatyNounUses.Anaphora });
        var parser = new ArticleParser(new ParseOptions { Knowledge = knowledge, BodyOnly = true });

        parser.Parse("They signed a water-sharing covenant.").Treaties.Should().ContainSingle().Which.Name.Should().Be("water-sharing covenant");
        TestData.Parser.Parse("They signed a water-sharing covenant.").Treaties.Should().BeEmpty();
    }
}
