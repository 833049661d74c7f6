using FluentAssertions;
using NewsModel.Knowledge;
using NewsModel.Model;
using NewsModel.Parsing;

namespace NewsModel.Tests.Parsing.Attribution;

/// <summary>Each attribution pattern the reader knows, with a small case of its own.</summary>
public sealed class AttributionPatternTests
{
    public static TheoryData<string, string, string, StatementKind, string, string> SingleStatementCases => new()
    {
        // name, paragraph, expected text, kind, speaker, cue
        { "post-posed quote", "\"The talks were useful,\" Sergey Ryabkov said.", "The talks were useful", StatementKind.Direct, "Sergey Ryabkov", "said" },
        { "inverted quote", "\"The talks were useful,\" said Sergey Ryabkov.", "The talks were useful", StatementKind.Direct, "Sergey Ryabkov", "said" },
        { "pre-posed with a colon", "Sergey Ryabkov said: \"The talks were useful.\"", "The talks were useful.", StatementKind.Direct, "Sergey Ryabkov", "said" },
        { "pre-posed with that", "Sergey Ryabkov said that the talks were useful.", "the talks were useful", StatementKind.Indirect, "Sergey Ryabkov", "said" },
        { "pre-posed without that", "Sergey Ryabkov said the talks were useful.", "the talks were useful", StatementKind.Indirect, "Sergey Ryabkov", "said" },
        { "post-posed reported speech", "The talks were useful, Sergey Ryabkov said.", "The talks were useful", StatementKind.Indirect, "Sergey Ryabkov", "said" },
        { "post-posed with an adjunct", "The talks were useful, Sergey Ryabkov said answering a question from reporters.", "The talks were useful", StatementKind.Indirect, "Sergey Ryabkov", "said" },
        { "according to, first", "According to Sergey Ryabkov, the talks were useful.", "the talks were useful", StatementKind.Indirect, "Sergey Ryabkov", "according to" },
        { "according to, last", "The talks were useful, according to Sergey Ryabkov.", "The talks were useful", StatementKind.Indirect, "Sergey Ryabkov", "according to" },
        { "statement reads", "The Russian Foreign Ministry's statement reads: \"The talks were useful.\"", "The talks were useful.", StatementKind.Direct, "Russian Foreign Ministry", "reads" },
        { "told reporters that", "Sergey Ryabkov told reporters that the talks were useful.", "the talks were useful", StatementKind.Indirect, "Sergey Ryabkov", "told" },
        { "told reporters without that", "Sergey Ryabkov told reporters the talks were useful.", "the talks were useful", StatementKind.Indirect, "Sergey Ryabkov", "told" },
        { "told a named hearer", "Sergey Ryabkov told BBC News: \"The talks were useful.\"", "The talks were useful.", StatementKind.Direct, "Sergey Ryabkov", "told" },
        { "told reporters, post-posed", "The talks were useful, Sergey Ryabkov told reporters.", "The talks were useful", StatementKind.Indirect, "Sergey Ryabkov", "told" },
        { "in X's words", "In Sergey Ryabkov's words, the talks were useful.", "the talks were useful", StatementKind.Indirect, "Sergey Ryabkov", "in Sergey Ryabkov's words" },
        { "was quoted as saying", "Sergey Ryabkov was quoted as saying the talks were useful.", "the talks were useful", StatementKind.Indirect, "Sergey Ryabkov", "was quoted as saying" },
        { "quoted X as saying", "Diplomats quoted Sergey Ryabkov as saying, \"The talks were useful.\"", "The talks were useful.", StatementKind.Direct, "Sergey Ryabkov", "quoted as saying" },
        { "appositive subject", "Gennady Gatilov, Russia's permanent representative to the UN in Geneva, said the text was agreed.", "the text was agreed", StatementKind.Indirect, "Gennady Gatilov", "said" },
        { "relative subject", "The delay angered Tory leader Michael Howard who said ministers had misled voters.", "ministers had misled voters", StatementKind.Indirect, "Michael Howard", "said" },
        { "parenthetical cue", "However, Sergey Ryabkov noted, the main thing is to keep talking.", "the main thing is to keep talking", StatementKind.Indirect, "Sergey Ryabkov", "noted" },
        { "mixed quote", "Sergey Ryabkov said the talks were \"useful and frank in every way\".", "the talks were useful and frank in every way", StatementKind.Mixed, "Sergey Ryabkov", "said" },
        { "post-posed, a sign after a number", "Inflation hit 2.1%, Ana Hale said.", "Inflation hit 2.1%", StatementKind.Indirect, "Ana Hale", "said" },
        { "parenthetical cue, then the predicate goes on", "The drills are useful, Ana Hale says, and are meant to be short.", "The drills are useful are meant to be short", StatementKind.Indirect, "Ana Hale", "says" },
        { "that-less clause after a phrase", "Sergey Ryabkov said in an interview with Radio North he expected a deal.", "he expected a deal", StatementKind.Indirect, "Sergey Ryabkov", "said" },
        { "post-posed quote, then where and when", "\"The talks were useful,\" Sergey Ryabkov said onstage Tuesday night.", "The talks were useful", StatementKind.Direct, "Sergey Ryabkov", "said" },
        { "reported clause in a subordinate clause", "While Sergey Ryabkov said that the talks were useful, the mood in Geneva was grim.", "the talks were useful", StatementKind.Indirect, "Sergey Ryabkov", "said" },
        { "reported clause, then the writer's own", "Sergey Ryabkov said the talks were useful, and he left for Geneva at noon.", "the talks were useful", StatementKind.Indirect, "Sergey Ryabkov", "said" },
        { "introduced by a long participle phrase", "Speaking at a rally in Geneva on Wednesday, Sergey Ryabkov called the plan \"a trap.\"", "the plan a trap.", StatementKind.Mixed, "Sergey Ryabkov", "called" },
        { "post-posed-only cue after a quote", "\"We will keep talking,\" the minister continued.", "We will keep talking", StatementKind.Direct, "minister", "continued" },
    };

    [Theory]
    [MemberData(nameof(SingleStatementCases))]
    public void Parse_reads_each_single_statement_pattern(string name, string paragraph, string text, StatementKind kind, string speaker, string cue)
    {
        var article = Parse.Body(paragraph);
        article.Statements.Should().ContainSingle(name);
        var s = article.Statements[0];
        s.Text.Should().Be(text, name);
        s.Kind.Should().Be(kind, name);
        article.SpeakerOf(s).Should().EndWith(speaker, name);
        s.Cue.Should().Be(cue, name);
    }

    [Fact]
    public void Parse_reads_the_writer_s_clause_after_while_as_a_statement_of_its_own()
    {
        var article = Parse.Body("One firm says there are 2,400 billionaires, while another firm says there are about 1,800.");
        article.Statements.Select(s => s.Text).Should().Equal("there are 2,400 billionaires", "there are about 1,800");
    }

    [Fact]
    public void Parse_does_not_take_a_time_adverbial_before_a_that_clause_for_the_tail_of_an_attribution()
    {
        var s = Parse.Body("Despite some signs of a retreat, however, Ana Hale said last month that her position had not changed.").Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be("her position had not changed");
    }

    [Fact]
    public void Parse_joins_a_quote_split_by_its_attribution_into_one_statement()
    {
        var article = Parse.Body("\"The talks were useful,\" Sergey Ryabkov said. \"We will meet again next month.\"");
        article.Statements.Should().ContainSingle();
        article.Statements[0].Spans.Should().HaveCount(2);
        article.Statements[0].Text.Should().Contain("The talks were useful").And.Contain("We will meet again next month.");
    }

    [Fact]
    public void Parse_attributes_follow_on_quote_to_previous_speaker()
    {
        var article = Parse.Body("\"The talks were useful,\" Sergey Ryabkov said.", "\"We will meet again next month.\"");
        article.Statements.Should().HaveCount(2);
        var follow = article.Statements[1];
        follow.Cue.Should().BeNull();
        follow.Kind.Should().Be(StatementKind.Direct);
        article.SpeakerOf(follow).Should().Be("Sergey Ryabkov");
    }

    [Fact]
    public void Parse_reads_said_adding_that_as_two_statements_of_one_speaker()
    {
        var article = Parse.Body("Sergey Ryabkov said the talks were useful, adding that the sides would meet again in May.");
        article.Statements.Select(s => (s.Text, s.Cue)).Should().Equal(
            ("the talks were useful", "said"), ("the sides would meet again in May", "adding"));
        article.Statements.Select(s => article.SpeakerOf(s)).Should().AllBe("Sergey Ryabkov");
    }

    [Fact]
    public void Parse_reads_a_second_verb_joined_by_and_as_a_second_statement()
    {
        var article = Parse.Body("The opposition parties have said the budget does not add up and claim it would cut services.");
        article.Statements.Select(s => s.Text).Should().Equal("the budget does not add up", "it would cut services");
        article.Statements[1].Cue.Should().Be("claim");
        article.Statements.Select(s => s.SpeakerId).Distinct().Should().ContainSingle();
    }

    [Fact]
    public void Parse_prefers_the_attribution_at_the_end_over_a_verb_inside_the_reported_clause()
    {
        var article = Parse.Body("Five countries have already confirmed their interest in joining, Yury Ushakov said.");
        var s = article.Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be("Five countries have already confirmed their interest in joining");
        article.SpeakerOf(s).Should().Be("Yury Ushakov");
    }

    [Fact]
    public void Parse_does_not_read_a_capitalised_verb_form_inside_a_name_as_a_cue()
    {
        var article = Parse.Body("The United States has left the treaty, the Russian Foreign Ministry said in a statement.");
        var s = article.Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be("The United States has left the treaty");
        article.SpeakerOf(s).Should().Be("Russian Foreign Ministry");
    }

    [Fact]
    public void Parse_reads_a_headline_claim_then_dash_then_source()
    {
        var article = new ArticleParser(new ParseOptions { ReferenceDate = TestData.ReferenceDate })
            .Parse("Russia ready for new talks — Ryabkov\n\nMOSCOW, May 2. /TASS/. Russia is ready for new talks, Sergey Ryabkov said.");
        var s = article.Statements.Should().Contain(x => x.Where == StatementLocation.Headline).Subject;
        s.Text.Should().Be("Russia ready for new talks");
        s.Cue.Should().Be("—");
        article.SpeakerOf(s).Should().Be("Sergey Ryabkov");
    }

    [Fact]
    public void Parse_reads_a_headline_claim_then_says_source()
    {
        var article = new ArticleParser(new ParseOptions { ReferenceDate = TestData.ReferenceDate })
            .Parse("Talks with the West must go on, says Lavrov\n\nMOSCOW, May 2. /TASS/. Talks with the West must go on, Russian Foreign Minister Sergey Lavrov said.");
        var s = article.Statements.Should().Contain(x => x.Where == StatementLocation.Headline).Subject;
        s.Text.Should().Be("Talks with the West must go on");
        s.Cue.Should().Be("says");
        article.SpeakerOf(s).Should().Be("Sergey Lavrov");
    }

    [Fact]
    public void Parse_reads_each_paragraph_after_a_key_statements_heading_as_a_statement_of_its_speaker()
    {
        var article = Parse.Body(
            "Vladimir Putin spoke to reporters on Thursday.",
            "Below are Putin's key statements.",
            "Russia is ready for talks. There are no preconditions.",
            "The economy will grow by 4%. \"We are happy with the results.\"");
        var list = article.Statements.Where(s => s.ParagraphIndex >= 2).ToList();
        list.Select(s => s.Kind).Should().Equal(StatementKind.Indirect, StatementKind.Mixed);
        list[0].Text.Should().Be("Russia is ready for talks. There are no preconditions");
        // The speaker takes the fullest name the article gives him, and keeps the surname the heading used.
        list.Select(s => article.SpeakerOf(s)).Should().AllBe("Vladimir Putin");
        article.Speakers.Single(sp => sp.Name == "Vladimir Putin").Aliases.Should().Contain("Putin");
    }

    [Theory]
    [InlineData("The talks were useful, according to")]
    [InlineData("The talks were useful, according to a statement by")]
    [InlineData("In Ryabkov's words")]
    [InlineData("Diplomats quoted Ryabkov as saying")]
    [InlineData("Below are Putin's key statements")]
    public void Parse_does_not_throw_on_a_cue_cut_off_at_the_end_of_a_paragraph(string paragraph)
    {
        Article? article = null;
        var parse = () => article = Parse.Body(paragraph);
        parse.Should().NotThrow();
        foreach (var span in article!.Statements.SelectMany(st => st.Spans)) (span.Start + span.Length).Should().BeLessThanOrEqualTo(paragraph.Length);
    }

    [Fact]
    public void Parse_takes_cues_a_user_adds_to_the_knowledge_base()
    {
        const string text = "Sergey Ryabkov opined that the talks were useful.";
        Parse.Body(text).Statements.Should().BeEmpty();
        var parser = new ArticleParser(new ParseOptions { BodyOnly = true, Knowledge = KnowledgeBase.Default.WithCues(new CueEntry { Lemma = "opine", Forms = ["opined"] }) });
        parser.Parse(text).Statements.Should().ContainSingle().Which.Text.Should().Be("the talks were useful");
    }

    [Fact]
    public void Parse_with_body_only_reads_the_first_line_as_a_body_paragraph()
    {
        var article = Parse.Body("Sergey Ryabkov said the talks were useful.", "Nothing else was said.");
        article.Headline.Should().BeNull();
        article.Published.Should().BeNull();
        article.Paragraphs.Should().HaveCount(2);
        article.Statements.Should().ContainSingle().Which.Where.Should().Be(StatementLocation.Body);
    }
}
