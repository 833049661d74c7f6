using FluentAssertions;
using NewsModel.Model;
using NewsModel.Parsing;

namespace NewsModel.Tests.Parsing.Attribution;

/// <summary>Headlines that name their source beside the claim, and day names and hearers around a cue.</summary>
public sealed class HeadlineSourceTests
{
    private static readonly ArticleParser Parser = new(new ParseOptions { ReferenceDate = TestData.ReferenceDate });

    private static Article WithHeadline(string headline) =>
        Parser.Parse(headline + "\n\nOSLO, March 3 (NewsPoint) - The talks went on for a second day.\n");

    [Theory]
    [InlineData("Talks on fishing quotas will resume in June – embassy", "embassy", "Talks on fishing quotas will resume in June")]
    [InlineData("Talks on fishing quotas unrealistic without Oslo: minister", "minister", "Talks on fishing quotas unrealistic without Oslo")]
    [InlineData("Ana Kowal: Talks On Fishing Quotas Will Resume In June", "Ana Kowal", "Talks On Fishing Quotas Will Resume In June")]
    [InlineData("Talks will resume in June, says top Norwegian diplomat", "top Norwegian diplomat", "Talks will resume in June")]
    public void Parse_reads_the_source_a_headline_names_beside_its_claim(string headline, string source, string claim)
    {
        var article = WithHeadline(headline);
        var s = article.Statements.Should().ContainSingle(x => x.Where == StatementLocation.Headline).Subject;
        s.Text.Should().Be(claim);
        s.SpeakerMention!.Text.Should().Be(source);
    }

    [Fact]
    public void Parse_does_not_take_a_capitalised_claim_after_a_colon_for_its_source()
    {
        var article = WithHeadline("Hacker Says: Ministry Server Was Open For Years");
        article.Statements.Where(x => x.Where == StatementLocation.Headline).Should().NotContain(x => x.SpeakerMention != null && x.SpeakerMention.Text.StartsWith("Ministry", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Harbour report: Kowal's fleet plan threatens the fishing towns")]
    [InlineData("Fleet stays: Kowal's harbour plan threatens the fishing towns")]
    [InlineData("Kowal Just Named Her Pick For Harbour Chief – It May Surprise You")]
    [InlineData("The Latest: Kowal to give away engraved trophy")]
    [InlineData("LOOK: Man Spotted Behind Kowal At Rally Wearing Shirt She Will Hate")]
    public void Parse_does_not_read_a_clause_after_a_headline_colon_or_dash_as_its_source(string headline)
    {
        WithHeadline(headline).Statements.Should().NotContain(x => x.Where == StatementLocation.Headline);
    }

    [Theory]
    [InlineData("Foreign Minister Ana Kowal on Monday claimed the fleet would stay in port.")]
    [InlineData("Foreign Minister Ana Kowal Monday said the fleet would stay in port.")]
    public void Parse_does_not_take_a_day_name_before_the_verb_for_the_speaker(string paragraph)
    {
        var article = Parse.Body(paragraph);
        var s = article.Statements.Should().ContainSingle().Subject;
        article.SpeakerOf(s).Should().Be("Ana Kowal");
    }

    [Fact]
    public void Parse_reads_a_clause_after_a_run_of_time_words()
    {
        Parse.Body("Spokesman Tom Reyes said earlier on Wednesday there were signals of progress.")
            .Statements.Should().ContainSingle().Which.Text.Should().Be("there were signals of progress");
    }

    [Fact]
    public void Parse_reads_a_post_posed_cue_with_a_hearer_that_opens_with_a_determiner()
    {
        var article = Parse.Body("The fleet will stay in port, Foreign Minister Ana Kowal told her annual news conference on Monday.");
        var s = article.Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be("The fleet will stay in port");
        article.SpeakerOf(s).Should().Be("Ana Kowal");
    }

    [Fact]
    public void Parse_reads_a_capitalised_cue_in_a_title_case_headline()
    {
        var article = WithHeadline("Harbour Chief Says Fishing Quotas Will Stay In Place");
        var s = article.Statements.Should().ContainSingle(x => x.Where == StatementLocation.Headline).Subject;
        s.Cue.Should().Be("Says");
        s.Text.Should().Be("Fishing Quotas Will Stay In Place");
        s.SpeakerMention!.Text.Should().Be("Harbour Chief");
    }

    [Fact]
    public void Parse_does_not_read_a_capitalised_cue_word_inside_a_sentence_case_headline()
    {
        WithHeadline("Fishing quotas for the State Department staff will stay").Statements.Should().NotContain(x => x.Where == StatementLocation.Headline);
    }
}
