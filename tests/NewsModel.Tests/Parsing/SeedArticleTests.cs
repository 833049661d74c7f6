using FluentAssertions;
using NewsModel.Model;

namespace NewsModel.Tests.Parsing;

public sealed class SeedArticleTests
{
    private static readonly Article Seed = TestData.Parser.Parse(TestData.Seed);

    private static Statement StatementAt(int i) => Seed.Statements[i];

    private static string SpeakerName(Statement s) => Seed.FindSpeaker(s.SpeakerId)!.Name;

    [Fact]
    public void Parse_reads_headline_rubric_and_time()
    {
        Seed.Headline.Should().Be("Russia not to join anti-Korean communiques — MFA on Comprehensive Nuclear Test Ban Treaty");
        Seed.Rubric.Should().Be("Russian Politics & Diplomacy");
        Seed.Published.Should().NotBeNull();
        Seed.Published!.Local.Should().Be(new DateTime(2026, 9, 27, 1, 53, 0));
        Seed.Published.UtcOffset.Should().Be(TimeSpan.FromHours(3));
        Seed.Published.YearSource.Should().Be(YearSource.ReferenceDate);
        Seed.Published.Precision.Should().Be(TimePrecision.Minute);
        Seed.Published.ToIsoString().Should().Be("2026-09-27T01:53:00+03:00");
    }

    [Fact]
    public void Parse_takes_the_most_recent_date_not_after_the_reference_date()
    {
        var early = new NewsModel.Parsing.ArticleParser(new() { ReferenceDate = new DateOnly(2026, 9, 26) }).Parse(TestData.Seed);
        early.Published!.Local.Year.Should().Be(2025);
    }

    [Fact]
    public void Parse_reads_dateline_lead_and_paragraphs_without_boilerplate()
    {
        Seed.Dateline!.Place.Should().Be("MOSCOW");
        Seed.Dateline.Agency.Should().Be("TASS");
        Seed.Dateline.Date.Should().Be("September 27");
        Seed.Lead!.Text.Should().StartWith("\"Russia cannot accept");
        Seed.Paragraphs.Should().HaveCount(5);
        Seed.Paragraphs[0].Text.Should().StartWith("Russia does not consider");
        Seed.Paragraphs.Should().NotContain(p => p.Text.Contains("Read more", StringComparison.Ordinal));
        Seed.Removed.Should().ContainSingle(r => r.Text == "Read more on the site →" && r.Reason == RemovalReason.ReadMore);
    }

    [Fact]
    public void Parse_spans_point_at_the_words_as_written()
    {
        var source = TestData.Seed;
        Seed.HeadlineSpan!.Value.GetText(source).Should().Be(Seed.Headline);
        foreach (var p in Seed.Paragraphs) p.Span.GetText(source).Should().Be(p.Text);
        foreach (var s in Seed.Statements)
        {
            s.CueSpan!.Value.GetText(source).Should().Be(s.Cue);
            s.SpeakerMention!.Span.GetText(source).Should().Be(s.SpeakerMention.Text);
        }
    }

    [Fact]
    public void Parse_finds_all_eight_statements_of_the_gold_file()
    {
        Seed.Statements.Should().HaveCount(8);
        Seed.Statements.Select(s => s.Where).Should().Equal(
            StatementLocation.Headline, StatementLocation.Lead, StatementLocation.Body, StatementLocation.Body,
            StatementLocation.Body, StatementLocation.Body, StatementLocation.Body, StatementLocation.Body);
    }

    [Fact]
    public void Statement_1_is_the_headline_claim_attributed_by_a_dash()
    {
        var s = StatementAt(0);
        s.Kind.Should().Be(StatementKind.Indirect);
        s.Cue.Should().Be("—");
        s.Text.Should().Be("Russia not to join anti-Korean communiques");
        s.SpeakerMention!.Text.Should().Be("MFA");
        SpeakerName(s).Should().Be("Russian Foreign Ministry");
    }

    [Fact]
    public void Statement_2_is_the_direct_quote_of_the_lead()
    {
        var s = StatementAt(1);
        s.Kind.Should().Be(StatementKind.Direct);
        s.Cue.Should().Be("said");
        s.Text.Should().Be("Russia cannot accept the accusations contained in this declaration against its ally, the Democratic People's Republic of Korea");
        SpeakerName(s).Should().Be("Russian Foreign Ministry");
    }

    [Fact]
    public void Statement_3_is_reported_speech_after_the_dateline()
    {
        var s = StatementAt(2);
        s.Kind.Should().Be(StatementKind.Indirect);
        s.Cue.Should().Be("said");
        s.Text.Should().Be("Russia does not consider it possible for itself to join any anti-Korean statements or documents");
        SpeakerName(s).Should().Be("Russian Foreign Ministry");
    }

    [Fact]
    public void Statement_4_is_a_multi_sentence_quote_attributed_to_the_ministry()
    {
        var s = StatementAt(3);
        s.Kind.Should().Be(StatementKind.Direct);
        s.Cue.Should().Be("said");
        s.Text.Should().StartWith("The text of the final document of the 14th Conference does not reflect our approaches.");
        s.Text.Should().EndWith("do not correspond to the goals and objectives of the conference");
        s.SpeakerMention!.Text.Should().Be("the ministry");
        SpeakerName(s).Should().Be("Russian Foreign Ministry");
    }

    [Fact]
    public void Statement_5_is_a_mixed_quote_according_to_the_statement()
    {
        var s = StatementAt(4);
        s.Kind.Should().Be(StatementKind.Mixed);
        s.Cue.Should().Be("according to");
        s.Text.Should().Be("The main reason for the Comprehensive Nuclear Test Ban Treaty’s failure to enter into force is the US’ obstructionist stance toward the treaty");
        s.SpeakerMention!.Text.Should().Be("the statement");
        SpeakerName(s).Should().Be("Russian Foreign Ministry");
    }

    [Fact]
    public void Statement_6_is_a_direct_quote_the_ministry_stressed()
    {
        var s = StatementAt(5);
        s.Kind.Should().Be(StatementKind.Direct);
        s.Cue.Should().Be("stressed");
        s.Text.Should().StartWith("Successive American administrations have made no effort to ratify the Treaty");
        s.Text.Should().EndWith("even as an observer of any meaning");
        SpeakerName(s).Should().Be("Russian Foreign Ministry");
    }

    [Fact]
    public void Statement_7_is_reported_speech_the_ministry_noted()
    {
        var s = StatementAt(6);
        s.Kind.Should().Be(StatementKind.Indirect);
        s.Cue.Should().Be("noted");
        s.Text.Should().Be("Moscow remains committed to the Treaty's values");
        SpeakerName(s).Should().Be("Russian Foreign Ministry");
    }

    [Fact]
    public void Statement_8_is_a_direct_quote_the_statement_reads()
    {
        var s = StatementAt(7);
        s.Kind.Should().Be(StatementKind.Direct);
        s.Cue.Should().Be("reads");
        s.Text.Should().StartWith("A clear example of this is the completion on December 14, 2023");
        s.Text.Should().EndWith("does not depend on us");
        SpeakerName(s).Should().Be("Russian Foreign Ministry");
    }

    [Fact]
    public void Parse_resolves_every_name_of_the_ministry_to_one_speaker()
    {
        Seed.Speakers.Should().ContainSingle();
        var ministry = Seed.Speakers[0];
        ministry.Name.Should().Be("Russian Foreign Ministry");
        ministry.Kind.Should().Be(SpeakerKind.Organization);
        ministry.Aliases.Should().Contain(["MFA", "the ministry", "the statement"]);
        ministry.Mentions.Should().HaveCount(8, "every statement names the ministry once");
        Seed.Statements.Should().OnlyContain(s => s.SpeakerId == ministry.Id);
    }

    [Fact]
    public void Parse_finds_the_CTBT_with_its_anaphora_and_article_reference()
    {
        var ctbt = Seed.Treaties.Should().ContainSingle().Subject;
        ctbt.Acronym.Should().Be("CTBT");
        ctbt.Name.Should().Be("Comprehensive Nuclear-Test-Ban Treaty");
        ctbt.Aliases.Should().Contain(["Comprehensive Nuclear Test Ban Treaty", "the Treaty", "the treaty"]);
        ctbt.Mentions.Select(m => m.Text).Should().Contain("CTBT");
        var article = ctbt.Articles.Should().ContainSingle().Subject;
        article.Article.Should().Be(14);
        article.Text.Should().Be("Article 14 of the Treaty");
    }

    [Fact]
    public void Parse_of_the_same_text_twice_gives_equal_articles()
    {
        var again = TestData.Parser.Parse(TestData.Seed);
        again.Should().Be(Seed);
        (again == Seed).Should().BeTrue();
        again.GetHashCode().Should().Be(Seed.GetHashCode());
    }

    [Fact]
    public void Parse_over_a_text_reader_equals_parse_over_the_string()
    {
        using var reader = new StringReader(TestData.Seed);
        TestData.Parser.Parse(reader).Should().Be(Seed);
    }

    [Fact]
    public void Parse_reports_no_problems_on_the_seed()
    {
        Seed.Diagnostics.Should().BeEmpty();
    }
}
