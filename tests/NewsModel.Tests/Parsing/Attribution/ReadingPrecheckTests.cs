using FluentAssertions;
using NewsModel.Knowledge;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;

namespace NewsModel.Tests.Parsing.Attribution;

/// <summary>
/// Sentences at the edges of the tests that rule a cue's pre-posed or post-posed reading out before its subject is
/// sought (a break or "as" before the cue, a clause after it, a quote before it, an inverted cue): each still reads as
/// it did before those tests, or reads nothing where it read nothing.
/// </summary>
public sealed class ReadingPrecheckTests
{
    [Theory]
    [InlineData("As the paper reported, the plan failed.", "the plan failed", "reported")]
    [InlineData("But as Hart told the paper, the plan failed.", "the plan failed", "told")]
    [InlineData("However, Hart said, the plan failed.", "the plan failed", "said")]
    [InlineData("\"The plan failed,\" Hart said on Monday.", "The plan failed", "said")]
    [InlineData("\"The plan failed,\" Hart said the plan was dead.", "The plan failed", "said")]
    [InlineData("The plan failed, Hart said, and the port closed.", "The plan failed", "said")]
    [InlineData("The plan failed, said Ana Kowal, the port chief.", "The plan failed", "said")]
    [InlineData("The plan, said Ana Kowal, would fail.", "The plan would fail", "said")]
    [InlineData("\"It works,\" the minister told reporters.", "It works", "told")]
    [InlineData("The plan failed, the minister told reporters in Oslo.", "The plan failed", "told")]
    [InlineData("Hart, who backed the plan, said it failed.", "it failed", "said")]
    [InlineData("Voters who backed Hart said the plan failed.", "the plan failed", "said")]
    [InlineData("He continued, \"The plan failed.\"", "The plan failed.", "continued")]
    [InlineData("What Hart called \"the worst plan\" failed.", "the worst plan", "called")]
    [InlineData("Weeks ago, as the paper reported, the plan failed.", null, null)]
    [InlineData("Then, last week, Hart called.", null, null)]
    [InlineData("Mr Clarke is expected to announce an end to the talks.", null, null)]
    [InlineData("Police are studying a leaflet posted to homes in Oslo.", null, null)]
    [InlineData("Mr Clarke is expected to announce an end to the talks, which critics said were over.", "were over", "said")]
    public void A_sentence_at_the_edge_of_a_precheck_reads_as_before(string paragraph, string? text, string? cue)
    {
        var statements = Parse.Body("Talks went on.", paragraph).Statements;

        if (text is null) statements.Should().BeEmpty();
        else statements.Select(s => (s.Text, s.Cue)).Should().Equal((text, cue));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    public void A_break_at_any_place_before_the_cue_is_found(int words)
    {
        // The post-posed pass reads only the candidates after the first break of the sentence: the comma stands after
        // words and numbers at any place, and a cue before it is still read by the pre-posed pass.
        string clause = string.Join(" ", "Prices rose 3 percent in May and 2 in June".Split(' ').Take(words));
        Parse.Body("Talks went on.", clause + ", Hart said.").Statements.Select(s => (s.Text, s.Cue)).Should().Equal((clause, "said"));
        Parse.Body("Talks went on.", "Hart said " + clause + ", and the port closed.").Statements.Select(s => s.Cue).Should().Equal("said");
        Parse.Body("Talks went on.", "Hart said " + clause + " and the port closed.").Statements.Select(s => s.Cue).Should().Equal("said");
    }

    [Theory]
    [InlineData("Voters who backed the plan of the mayor in May have on Tuesday evening said the plan failed.", "the plan failed")]
    [InlineData("Voters who backed the mayor's plan have repeatedly said it failed.", "it failed")]
    public void A_relative_clause_far_before_its_cue_still_gives_the_subject(string paragraph, string text)
    {
        // The relative clause's "who" is sought only among the words the walks back from the cue can reach: the day and
        // the auxiliaries between the clause and the cue are inside that reach.
        var article = Parse.Body("Talks went on.", paragraph);
        var s = article.Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be(text);
        article.SpeakerOf(s).Should().Be("Voters");
    }
    [Theory]
    // A chain verb before "to" (ChainedSubject asks for one before the sentence's subject), or none.
    [InlineData("Hart took to Twitter on Monday to insist that the plan failed.", "the plan failed", "insist")]
    [InlineData("Hart continues to insist that the plan failed.", "the plan failed", "insist")]
    [InlineData("Hart is expected to say that the plan failed.", null, null)]
    // The forward subject up to the cue's auxiliaries: a parenthesis, an owned body, a title's "of", or a word that stops it.
    [InlineData("A Western diplomatic observer said the plan failed.", "the plan failed", "said")]
    [InlineData("Sen. Ted Cruz (R-Tex.) said the plan failed.", "the plan failed", "said")]
    [InlineData("The Hart campaign has said the plan failed.", "the plan failed", "said")]
    [InlineData("The Secretary of State said the plan failed.", "the plan failed", "said")]
    [InlineData("The group polled members online: 1,409 teachers said the plan failed.", null, null)]
    // A plain subject's last word: a figure, a percent sign, a quantity's pronoun, a proportion, a standing quantifier.
    [InlineData("Several supporters of reform said the plan failed.", "the plan failed", "said")]
    [InlineData("Most of them said the plan failed.", "the plan failed", "said")]
    [InlineData("One in five said the plan failed.", "the plan failed", "said")]
    [InlineData("Nearly 42% say the plan failed.", "the plan failed", "say")]
    [InlineData("Another said the plan failed.", "the plan failed", "said")]
    [InlineData("While one company says the plan failed, another says it worked.", "the plan failed", "says")]
    // The token before the auxiliaries: a mark for the appositive and the parentheticals, "who", "and" or "but" for the others.
    [InlineData("Officials — including two senators — said the plan failed.", "the plan failed", "said")]
    [InlineData("Proponents of the bill, however, say the plan failed.", "the plan failed", "say")]
    [InlineData("The employee, a voter who spoke on condition of anonymity, said the plan failed.", "the plan failed", "said")]
    [InlineData("Ana Kowal, the port chief, has said the plan failed.", "the plan failed", "said")]
    [InlineData("Hart thanked the crowd in Bergen and said the plan failed.", "the plan failed", "said")]
    [InlineData("A joint statement issued after the talks said the plan failed.", "the plan failed", "said")]
    public void A_subject_search_after_its_first_test_reads_as_before(string paragraph, string? text, string? cue)
    {
        var statements = Parse.Body("Talks went on.", paragraph).Statements;

        if (text is null) statements.Should().BeEmpty();
        else statements.Select(s => (s.Text, s.Cue)).Should().StartWith([(text, cue)]);
    }

    [Fact]
    public void An_owned_body_head_is_no_function_word()
    {
        // The forward subject's precheck lets a word of no function word's class through at once, and rules out a
        // lower-case function word without asking whether it heads a body owned by a name ("the Hart campaign").
        var words = new CompiledKnowledge(KnowledgeBase.Default).Words;
        foreach (var head in OwnedBodies.Heads)
            (words.Of(head) & (WordClass.ClosedClass | WordClass.Preposition | WordClass.Pronoun)).Should().Be(WordClass.None, head);
    }
}
