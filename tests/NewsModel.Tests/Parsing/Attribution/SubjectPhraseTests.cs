using FluentAssertions;
using NewsModel.Model;

namespace NewsModel.Tests.Parsing.Attribution;

/// <summary>Any noun phrase that is the subject of a speech verb is read as the words naming its speaker, not only names and listed descriptions.</summary>
public sealed class SubjectPhraseTests
{
    [Theory]
    [InlineData("\"Prices will climb,\" the utility said.", "the utility", "Prices will climb")]
    [InlineData("The harbour will close for a week, the port authority says.", "the port authority", "The harbour will close for a week")]
    [InlineData("Several owners of small bakeries said the new tax would hurt them.", "Several owners of small bakeries", "the new tax would hurt them")]
    [InlineData("Nearly six in 10 tenants said rents had risen faster than wages.", "Nearly six in 10 tenants", "rents had risen faster than wages")]
    [InlineData("After the vote, two council members said the budget was unfair.", "two council members", "the budget was unfair")]
    [InlineData("Her brother said the family had not been told.", "Her brother", "the family had not been told")]
    public void Parse_reads_a_plain_noun_phrase_subject_as_the_speaker_words(string paragraph, string speakerWords, string text)
    {
        var s = Parse.Body(paragraph).Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be(text);
        paragraph.Substring(s.SpeakerMention!.Span.Start, s.SpeakerMention.Span.Length).Should().Be(speakerWords);
    }

    [Fact]
    public void Parse_reads_each_side_of_a_contrast_as_a_statement_of_its_own_subject()
    {
        const string paragraph = "While one dealer says the market has turned, another says it has not.";
        var article = Parse.Body(paragraph);
        article.Statements.Select(s => s.Text).Should().Equal("the market has turned", "it has not");
        article.Statements.Select(s => paragraph.Substring(s.SpeakerMention!.Span.Start, s.SpeakerMention.Span.Length)).Should().Equal("one dealer", "another");
    }

    [Theory]
    [InlineData("After the closure, most of them said they had liked the work.", "most of them", "they had liked the work")]
    [InlineData("29 percent (and 43 percent of farmers) said prices were too low.", "29 percent (and 43 percent of farmers)", "prices were too low")]
    [InlineData("One in five said the rent was too high.", "One in five", "the rent was too high")]
    [InlineData("Only 24 percent said the ferry was on time.", "24 percent", "the ferry was on time")]
    [InlineData("But 58 percent of the tenants said the heating had failed.", "58 percent of the tenants", "the heating had failed")]
    [InlineData("The vote was close, though 32 percent said they had no view of the plan.", "32 percent", "they had no view of the plan")]
    [InlineData("Most riders were pleased; 46 percent said the buses were clean.", "46 percent", "the buses were clean")]
    [InlineData("Even the organiser of the fair said the rules were too strict.", "the organiser of the fair", "the rules were too strict")]
    [InlineData("The meeting ended early after several tenants said the heating had failed.", "several tenants", "the heating had failed")]
    [InlineData("Some say the ferry is too slow.", "Some", "the ferry is too slow")]
    [InlineData("While many tenants were calm, many said on Monday that the rent was too high.", "many", "the rent was too high")]
    [InlineData("On the harbour, 42% say the dock should close.", "42%", "the dock should close")]
    [InlineData("Nearly nine out of 10 riders said the buses were late.", "Nearly nine out of 10 riders", "the buses were late")]
    public void Parse_reads_quantities_as_subjects(string paragraph, string speakerWords, string text)
    {
        var s = Parse.Body(paragraph).Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be(text);
        paragraph.Substring(s.SpeakerMention!.Span.Start, s.SpeakerMention.Span.Length).Should().Be(speakerWords);
    }

    [Theory]
    [InlineData("Pressed by reporters, Tom Reyes said there was no evidence of fraud.", "there was no evidence of fraud")]
    [InlineData("Lena Hart, a baker from Bergen, Norway, said Thursday's vote changed nothing.", "Thursday's vote changed nothing")]
    [InlineData("Ted Moss, a baker from Bergen, said the vote changed nothing.", "the vote changed nothing")]
    [InlineData("Rasheed Olu, director of the port, which runs the ferries, said the vote changed nothing.", "the vote changed nothing")]
    [InlineData("Lena Hart, the harbour master, explained to reporters why the dock had closed.", "why the dock had closed")]
    [InlineData("Tom Reyes has since said that the bridge is unsafe.", "the bridge is unsafe")]
    [InlineData("Port officials now say the dock will reopen in May.", "the dock will reopen in May")]
    [InlineData("Lena Hart said on Radio North's \"Morning Show\" that the dock would reopen.", "the dock would reopen")]
    [InlineData("As the Bergen Courier reported, the dock will reopen in May.", "the dock will reopen in May")]
    [InlineData("But as Lena Hart told the Bergen Courier, the dock will reopen in May.", "the dock will reopen in May")]
    [InlineData("But Ana Kowal, the chief financial officer, noted that the plant had closed.", "the plant had closed")]
    [InlineData("The port authority reported to the council that the dock had flooded.", "the dock had flooded")]
    [InlineData("Tenants would get a year's notice, Tom Reyes said, a rule that could help families.", "Tenants would get a year's notice")]
    public void Parse_reads_the_clause_not_the_phrase_around_it(string paragraph, string text)
    {
        Parse.Body(paragraph).Statements.Should().ContainSingle().Which.Text.Should().Be(text);
    }

    [Theory]
    [InlineData("Tom Reyes said the permit was issued without his knowledge, but the council was furious.", "the permit was issued without his knowledge")]
    [InlineData("Tom Reyes said the permit was issued in May; the council has not met since.", "the permit was issued in May")]
    public void Parse_ends_reported_speech_before_a_clause_of_the_writers_own(string paragraph, string text)
    {
        Parse.Body(paragraph).Statements.Should().ContainSingle().Which.Text.Should().Be(text);
    }

    [Fact]
    public void Parse_still_reads_a_second_act_after_but()
    {
        var statements = Parse.Body("Tom Reyes said the permit was issued in May, but he said: \"Nobody told us.\"").Statements;
        statements.Should().HaveCount(2);
        statements[1].Text.Should().Be("Nobody told us.");
    }

    [Fact]
    public void Parse_keeps_a_party_and_state_parenthesis_inside_a_name_before_an_appositive()
    {
        var s = Parse.Body("Rep. Ana Ruiz (D-Calif.), a member of the budget committee, said she supports the deal.").Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be("she supports the deal");
    }

    [Theory]
    [InlineData("With the election near, angry members this week warned the leader about disunity.")]
    [InlineData("After the storm, the town's residents said goodbye to the old pier.")]
    [InlineData("In a two-minute reply, he told the story of an old supporter in the city.")]
    [InlineData("In something of a farewell, the mayor told the council about her first year.")]
    public void Parse_does_not_read_an_introductory_phrase_as_what_was_said(string paragraph)
    {
        Parse.Body(paragraph).Statements.Should().NotContain(s =>
            s.Text.StartsWith("With", StringComparison.Ordinal) || s.Text.StartsWith("After", StringComparison.Ordinal) || s.Text.StartsWith("In ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Support held, compared with 23 percent of tenants who said the rent was too high.", "23 percent of tenants", "the rent was too high")]
    [InlineData("Already, 520 superdelegates have publicly said they back the mayor.", "520 superdelegates", "they back the mayor")]
    [InlineData("The planner was thorough - a former aide said she read every report.", "a former aide", "she read every report")]
    public void Parse_reads_a_plain_subject_after_who_a_dash_or_a_one_word_opening(string paragraph, string speakerWords, string text)
    {
        var s = Parse.Body(paragraph).Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be(text);
        paragraph.Substring(s.SpeakerMention!.Span.Start, s.SpeakerMention.Span.Length).Should().Be(speakerWords);
    }

    [Theory]
    [InlineData("Tom Reyes said in politics it takes time to build trust.", "it takes time to build trust")]
    [InlineData("Tom Reyes went on to say, \"The plant will stay open.\"", "The plant will stay open.")]
    public void Parse_reads_the_clause_after_a_short_phrase_or_a_longer_cue(string paragraph, string text)
    {
        Parse.Body(paragraph).Statements.Should().ContainSingle().Which.Text.Should().Be(text);
    }

    [Fact]
    public void Parse_does_not_read_a_relative_clause_after_a_long_phrase_as_what_was_said()
    {
        Parse.Body("Ana Kowal recalled in a long interview a talk she had with the mayor.").Statements.Should().BeEmpty();
    }
    [Theory]
    [InlineData("Lena Hart thanked the crowd in Bergen and said the plant would stay open.", "Lena Hart", "the plant would stay open")]
    [InlineData("In an interview, Tom Reyes repeated his remarks about Judge Kowal and said the ruling was unfair.", "Tom Reyes", "the ruling was unfair")]
    [InlineData("Lena Hart, who was not at the meeting, turned her focus to beating Tom Reyes and admitting that the vote was lost.", "Lena Hart", "the vote was lost")]
    public void Parse_gives_a_cue_conjoined_after_an_object_the_subject_of_the_sentence(string paragraph, string speakerWords, string text)
    {
        var s = Parse.Body(paragraph).Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be(text);
        paragraph.Substring(s.SpeakerMention!.Span.Start, s.SpeakerMention.Span.Length).Should().Be(speakerWords);
    }

    [Theory]
    [InlineData("Presumptive Liberal mayoral nominee Lena Hart joined the debate, announcing she would meet the union.", "Presumptive Liberal mayoral nominee Lena Hart", "Lena Hart")]
    [InlineData("Co-host Tom Reyes raised the question, asking the mayor why the plant had closed.", "Co-host Tom Reyes", "Tom Reyes")]
    [InlineData("Band member Flea shared the news, writing that the tour would go on.", "Band member Flea", "Flea")]
    public void Parse_reads_the_name_after_a_description_that_opens_the_sentence(string paragraph, string speakerWords, string name)
    {
        var article = Parse.Body(paragraph);
        var s = article.Statements.Should().ContainSingle().Subject;
        paragraph.Substring(s.SpeakerMention!.Span.Start, s.SpeakerMention.Span.Length).Should().Be(speakerWords);
        article.SpeakerOf(s).Should().Be(name);
    }

    [Fact]
    public void Parse_does_not_join_a_verb_and_its_object_to_the_subject_of_a_conjoined_cue()
    {
        const string paragraph = "Lena Hart met Tom Reyes in May and said the deal was done.";
        var article = Parse.Body(paragraph);
        article.SpeakerOf(article.Statements.Should().ContainSingle().Subject).Should().Be("Lena Hart");
    }
    [Theory]
    [InlineData("On Saturday, Lena Hart issued a statement saying that the judge was a remarkable person.", "Lena Hart")]
    [InlineData("Minutes later, the Hart campaign released a statement saying that Hart meant something else.", "the Hart campaign")]
    public void Parse_gives_a_statement_issued_with_a_participle_cue_to_the_one_who_issued_it(string paragraph, string speakerWords)
    {
        var s = Parse.Body(paragraph).Statements.Should().ContainSingle().Subject;
        paragraph.Substring(s.SpeakerMention!.Span.Start, s.SpeakerMention.Span.Length).Should().Be(speakerWords);
    }
    [Theory]
    [InlineData("Turnout was at a record, according to an analysis by the Bergen Research Center.", "Bergen Research Center")]
    [InlineData("The coverage will be biased, according to a post from Lena Hart.", "Lena Hart")]
    [InlineData("Turnout was at a record, according to a count by the Nordic Press Agency.", "Nordic Press Agency")]
    public void Parse_gives_a_work_by_someone_given_as_a_source_to_its_author(string paragraph, string name)
    {
        var article = Parse.Body(paragraph);
        article.SpeakerOf(article.Statements.Should().ContainSingle().Subject).Should().Be(name);
    }

    [Fact]
    public void Parse_keeps_a_work_by_an_unnamed_group_as_the_source()
    {
        const string paragraph = "The ferry lost money, according to an analysis by two economists.";
        var s = Parse.Body(paragraph).Statements.Should().ContainSingle().Subject;
        s.SpeakerMention!.Text.Should().Be("an analysis");
    }

    [Fact]
    public void Parse_keeps_figures_with_no_author_without_a_speaker()
    {
        var article = Parse.Body("Turnout was at a record, according to early estimates.");
        article.Statements.Should().ContainSingle().Which.SpeakerId.Should().BeNull();
    }
    [Theory]
    [InlineData("OSLO \u2014 Sen. Lena Hart (D-Ore.) defended her call to raise the wage, saying the gains were clear.", "Lena Hart")]
    [InlineData("LA CROSSE, Wisc. \u2014 Gov. Tom Reyes on Thursday blamed the media, saying the story was false.", "Tom Reyes")]
    [InlineData("BERGEN, Norway - Rallying hundreds of workers, Lena Hart tried to win them over, promising that wages would rise.", "Lena Hart")]
    public void Parse_gives_a_participle_the_subject_after_the_dateline_that_opens_the_paragraph(string paragraph, string name)
    {
        var article = Parse.Body(paragraph);
        article.SpeakerOf(article.Statements.Should().ContainSingle().Subject).Should().Be(name);
    }

    [Theory]
    [InlineData("Officials \u2014 including two council members \u2014 said the bridge would reopen in May.", "Officials", "the bridge would reopen in May")]
    [InlineData("Lena Hart -- a baker from Bergen, who opened her shop in 2010 -- says the rent has doubled.", "Lena Hart", "the rent has doubled")]
    [InlineData("But some tenants - including two of the founders - warn that the heating will fail.", "some tenants", "the heating will fail")]
    public void Parse_reads_the_subject_before_a_parenthetical_set_off_by_dashes(string paragraph, string speakerWords, string text)
    {
        var s = Parse.Body(paragraph).Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be(text);
        s.SpeakerMention!.Text.Should().Be(speakerWords);
    }

    [Fact]
    public void Parse_reads_no_subject_before_dashes_inside_the_writers_own_clause()
    {
        Parse.Body("The plan failed \u2014 badly, as expected \u2014 said nothing of the cost.").Statements.Should().BeEmpty();
    }

    [Fact]
    public void Parse_reads_the_subject_before_a_connective_set_off_by_commas()
    {
        var s = Parse.Body("Supporters of the new ferry plan, however, say it would cut the fares.").Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be("it would cut the fares");
        s.SpeakerMention!.Text.Should().Be("Supporters of the new ferry plan");
    }

    [Fact]
    public void Parse_reads_a_person_described_without_a_name_after_an_inverted_said()
    {
        var s = Parse.Body("\"The harbour has never been this quiet,\" said the 61-year-old.").Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be("The harbour has never been this quiet");
        s.SpeakerMention!.Text.Should().Contain("61-year-old");
    }

    [Fact]
    public void Parse_reads_no_speaker_in_the_object_of_an_act_after_a_comma()
    {
        var article = Parse.Body("Tom Reyes, his chief of staff, urged a strong stand, and the council agreed.");
        article.Statements.Should().NotContain(s => s.SpeakerMention != null && s.SpeakerMention.Text.Contains("stand"));
    }

    [Fact]
    public void Parse_reads_the_subject_before_an_apposition_with_a_relative_clause_set_off_by_commas()
    {
        var s = Parse.Body("The baker, a long-time tenant who spoke on condition of anonymity, said the rent had doubled.").Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be("the rent had doubled");
        s.SpeakerMention!.Text.Should().Be("The baker");
    }
}
