using FluentAssertions;

namespace NewsModel.Tests.Parsing.Attribution;

/// <summary>
/// Speaker phrases after the claim that carry a role before the name, and names made of words that are elsewhere
/// function words ("May", "Still", "Will").
/// </summary>
public sealed class RoleAndNameTests
{
    [Theory]
    [InlineData("\"Talks will resume in June,\" Norway's chief negotiator Ola Berg said.", "Talks will resume in June")]
    [InlineData("\"We are close,\" envoy to the UN Ola Berg said.", "We are close")]
    [InlineData("\"The strike is over,\" Local 12 president Ola Berg said.", "The strike is over")]
    [InlineData("The talks went well, chief negotiator Ola Berg said on Monday.", "The talks went well")]
    [InlineData("\"The talks went well,\" the chief negotiator, Ola Berg, said.", "The talks went well")]
    public void Parse_reads_a_role_before_the_name_as_part_of_the_speaker_phrase(string paragraph, string text)
    {
        var article = Parse.Body(paragraph);
        var s = article.Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be(text);
        article.SpeakerOf(s).Should().Be("Ola Berg");
    }

    [Fact]
    public void Parse_does_not_take_a_clause_with_its_own_verb_for_a_role()
    {
        // "and" joins a second clause: the words before the name are no role, so nothing reads as the first claim's speaker.
        var article = Parse.Body("Prices rose sharply, and analyst Jane Doe said it would last.");
        var s = article.Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be("it would last");
    }

    [Theory]
    [InlineData("\"We will leave,\" Theresa May said.", "Theresa May")]
    [InlineData("Theresa May said Britain would leave.", "Theresa May")]
    [InlineData("\"We will leave,\" said Theresa May.", "Theresa May")]
    [InlineData("Ms. Still told reporters the vote was close.", "Still")]
    [InlineData("\"Maybe next year,\" Will Porter said.", "Will Porter")]
    public void Parse_reads_a_function_word_as_part_of_a_name_where_it_stands_in_one(string paragraph, string speaker)
    {
        var article = Parse.Body(paragraph);
        article.SpeakerOf(article.Statements.Should().ContainSingle().Subject).Should().Be(speaker);
    }

    [Fact]
    public void Parse_keeps_a_lower_case_modal_out_of_the_speaker_name()
    {
        var article = Parse.Body("Officials may say more, the mayor's office said. \"We may know more soon,\" Lena Hart said.");
        article.Statements.Select(article.SpeakerOf).Should().NotContain(n => n != null && n.Contains("May", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Back in 1999, Mr. Hale praised the mayor, telling a radio host: \"I wish I could be like him.\"", "Hale")]
    [InlineData("Hours later, Lena Hart returned the compliment, telling reporters, \"We have been friends for years.\"", "Lena Hart")]
    [InlineData("Walking to the next house, Hart talked about her youth, and said her views had changed.", "Hart")]
    [InlineData("Reached by phone, Tom Reyes declined to comment, saying the case was still open.", "Tom Reyes")]
    public void Parse_gives_a_participle_or_conjoined_act_the_subject_after_an_introductory_phrase(string paragraph, string speaker)
    {
        var article = Parse.Body(paragraph);
        article.SpeakerOf(article.Statements.Should().ContainSingle().Subject).Should().Be(speaker);
    }

    [Theory]
    [InlineData("Union spokesman Ola Berg on Thursday evening said the strike was over.", "Ola Berg")]
    [InlineData("Union spokesman Ola Berg on Thursday night said the strike was over.", "Ola Berg")]
    [InlineData("Union spokesman Ola Berg on Friday afternoon said the strike was over.", "Ola Berg")]
    [InlineData("Union spokesman Ola Berg on Thursday NIGHT said the strike was over.", "Ola Berg")]
    [InlineData("The Hart campaign on Tuesday responded that it had moved to a larger office.", "Hart campaign")]
    [InlineData("Similarly, Tom Reyes, a former mayor, said he could not support the plan.", "Tom Reyes")]
    public void Parse_keeps_a_day_and_an_opening_adverb_out_of_the_speaker(string paragraph, string speaker)
    {
        var article = Parse.Body(paragraph);
        article.SpeakerOf(article.Statements.Should().ContainSingle().Subject).Should().Be(speaker);
    }

    [Theory]
    [InlineData("Voters who backed Lena Hart said the plan would fail.", "Voters")]
    [InlineData("Tenants who met Tom Reyes in May said the rent would rise.", "Tenants")]
    public void Parse_takes_the_phrase_before_a_relative_clause_as_the_subject_not_the_clause_object(string paragraph, string speakerWords)
    {
        var s = Parse.Body(paragraph).Statements.Should().ContainSingle().Subject;
        s.SpeakerMention!.Text.Should().Be(speakerWords);
    }
}
