using FluentAssertions;
using NewsModel.Model;
using NewsModel.Parsing;
using NewsModel.Serialization;

namespace NewsModel.Tests.Robustness;

/// <summary>
/// A fault in one stage costs that stage's output only: the article keeps what every other stage found and carries
/// NM9000 naming the stage. The fault is injected as each stage finishes, so what the stage made is there to drop.
/// </summary>
public sealed class StageFaultTests
{
    private static readonly ArticleParser Parser = TestData.Parser;

    private static Article ParseWithFaultIn(string stage)
    {
        ArticleParser.StageFinishing.Value = name =>
        {
            if (name == stage) throw new InvalidOperationException("injected fault in " + name);
        };
        try
        {
            return Parser.Parse(TestData.Seed);
        }
        finally
        {
            ArticleParser.StageFinishing.Value = null;
        }
    }

    /// <summary>The seed parsed with no fault (made here, not in a static initializer that might run under a hook).</summary>
    private static Article Whole
    {
        get
        {
            var hook = ArticleParser.StageFinishing.Value;
            ArticleParser.StageFinishing.Value = null;
            try
            {
                return Parser.Parse(TestData.Seed);
            }
            finally
            {
                ArticleParser.StageFinishing.Value = hook;
            }
        }
    }

    /// <summary>The message each stage's fault reports: it names the stage and says what the article kept, which the tests below check.</summary>
    private static readonly Dictionary<string, string> Messages = new()
    {
        ["layout"] = DiagnosticCodes.InternalErrorInLayoutMessage,
        ["attribution"] = DiagnosticCodes.InternalErrorInAttributionMessage,
        ["speakers"] = DiagnosticCodes.InternalErrorInSpeakersMessage,
        ["treaties"] = DiagnosticCodes.InternalErrorInTreatiesMessage,
        ["build"] = DiagnosticCodes.InternalErrorInBuildMessage,
    };

    private static void ShouldReportFaultIn(Article article, string stage)
    {
        var message = article.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.InternalError).Which.Message;
        message.Should().Be(Messages[stage]);
        message.Should().Contain($"{stage} stage").And.NotContain("part-way", "the other stages run on after a fault");
        NewsJson.Deserialize(NewsJson.Serialize(article)).Should().Be(article, "an article with a stage fault still round-trips");
    }

    [Fact]
    public void The_seed_has_statements_speakers_and_treaties_to_lose()
    {
        Whole.Statements.Should().NotBeEmpty();
        Whole.Speakers.Should().NotBeEmpty();
        Whole.Treaties.Should().NotBeEmpty();
        Whole.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.InternalError);
    }

    [Fact]
    public void A_fault_in_layout_keeps_the_blocks_it_made_and_every_later_stage_runs()
    {
        var article = ParseWithFaultIn("layout");
        ShouldReportFaultIn(article, "layout");
        article.Headline.Should().Be(Whole.Headline);
        article.Published.Should().Be(Whole.Published);
        article.Dateline.Should().Be(Whole.Dateline);
        article.Paragraphs.Should().Equal(Whole.Paragraphs);
        article.Statements.Should().Equal(Whole.Statements);
        article.Treaties.Should().Equal(Whole.Treaties);
    }

    [Fact]
    public void A_fault_in_attribution_drops_the_statements_and_keeps_the_frame_and_treaties()
    {
        var article = ParseWithFaultIn("attribution");
        ShouldReportFaultIn(article, "attribution");
        article.Statements.Should().BeEmpty();
        article.Speakers.Should().BeEmpty();
        article.Dateline.Should().Be(Whole.Dateline);
        article.Headline.Should().Be(Whole.Headline);
        article.Published.Should().Be(Whole.Published);
        article.Paragraphs.Should().Equal(Whole.Paragraphs);
        article.Treaties.Should().Equal(Whole.Treaties);
    }

    [Fact]
    public void A_fault_in_speakers_keeps_the_statements_without_speakers_and_the_treaties()
    {
        var article = ParseWithFaultIn("speakers");
        ShouldReportFaultIn(article, "speakers");
        article.Speakers.Should().BeEmpty();
        article.Headline.Should().Be(Whole.Headline);
        article.Paragraphs.Should().Equal(Whole.Paragraphs);
        article.Statements.Should().HaveCount(Whole.Statements.Count);
        article.Statements.Should().OnlyContain(s => s.SpeakerId == null);
        article.Statements.Select(s => s.Text).Should().Equal(Whole.Statements.Select(s => s.Text));
        article.Treaties.Should().Equal(Whole.Treaties);
    }

    [Fact]
    public void A_fault_in_treaties_keeps_the_statements_and_speakers()
    {
        var article = ParseWithFaultIn("treaties");
        ShouldReportFaultIn(article, "treaties");
        article.Treaties.Should().BeEmpty();
        article.Headline.Should().Be(Whole.Headline);
        article.Published.Should().Be(Whole.Published);
        article.Dateline.Should().Be(Whole.Dateline);
        article.Paragraphs.Should().Equal(Whole.Paragraphs);
        article.Statements.Should().Equal(Whole.Statements);
        article.Speakers.Should().Equal(Whole.Speakers);
    }

    [Fact]
    public void A_fault_while_building_keeps_the_frame_and_paragraphs()
    {
        var article = ParseWithFaultIn("build");
        ShouldReportFaultIn(article, "build");
        article.Headline.Should().Be(Whole.Headline);
        article.Published.Should().Be(Whole.Published);
        article.Dateline.Should().Be(Whole.Dateline);
        article.Paragraphs.Should().Equal(Whole.Paragraphs);
        article.Statements.Should().BeEmpty();
        article.Speakers.Should().BeEmpty();
        article.Treaties.Should().BeEmpty();
    }

    [Fact]
    public async Task Parses_on_other_flows_do_not_see_a_fault_injected_here()
    {
        ArticleParser.StageFinishing.Value = _ => throw new InvalidOperationException("injected");
        try
        {
            Task<Article> elsewhere;
            using (ExecutionContext.SuppressFlow()) elsewhere = Task.Run(() => Parser.Parse(TestData.Seed));
            (await elsewhere).Should().Be(Whole);
        }
        finally
        {
            ArticleParser.StageFinishing.Value = null;
        }
    }

    [Fact]
    public void The_general_message_of_an_internal_fault_does_not_say_the_parse_stopped()
    {
        DiagnosticCodes.InternalErrorMessage.Should().NotContain("stopped").And.NotContain("part-way")
            .And.Contain("other stages");
    }
}
