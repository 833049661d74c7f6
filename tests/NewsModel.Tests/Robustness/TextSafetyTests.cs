using System.Text;
using FluentAssertions;
using NewsModel.Parsing;
using NewsModel.Serialization;

namespace NewsModel.Tests.Robustness;

/// <summary>Text that is not quite text: unpaired surrogates, NUL, byte-order marks, Windows line ends, size limits.</summary>
public sealed class TextSafetyTests
{
    [Fact]
    public void An_unpaired_surrogate_is_read_as_a_replacement_character_and_the_article_round_trips()
    {
        // The fuzzer's first crash: a quote holding a lone high surrogate did not read back equal from JSON.
        var text = "Headline\n\nMOSCOW, May 1. /TASS/. \"We will \uD800 not sign,\" the minister said. \uDC00";
        var article = TestData.Parser.Parse(text);
        article.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.LoneSurrogate && d.Span!.Value.Start == text.IndexOf('\uD800'));
        var json = NewsJson.Serialize(article);
        NewsJson.Deserialize(json).Should().Be(article);
        article.Statements.Should().ContainSingle().Which.Text.Should().Contain("\uFFFD").And.NotContain("\uD800");
    }

    [Fact]
    public void A_surrogate_pair_is_kept_as_it_is()
    {
        var article = TestData.Parser.Parse("Headline\n\n\"We like 🎉 treaties,\" the minister said.");
        article.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.LoneSurrogate);
        article.Statements.Should().ContainSingle().Which.Text.Should().Contain("🎉");
    }

    [Fact]
    public void A_nul_inside_an_article_is_reported_and_the_rest_is_still_read()
    {
        var seed = TestData.Seed;
        var text = seed.Insert(seed.IndexOf("The Foreign Ministry", StringComparison.Ordinal) is var i and >= 0 ? i : seed.Length / 2, "\0");
        var article = TestData.Parser.Parse(text);
        article.Diagnostics.Should().Contain(d => d.Code == DiagnosticCodes.ControlCharacters);
        article.Statements.Count.Should().BeGreaterThanOrEqualTo(TestData.Parser.Parse(seed).Statements.Count - 1);
        ArticleInvariants.Check(text, article);
    }

    [Fact]
    public void The_seed_with_windows_line_ends_gives_the_same_statements()
    {
        var seed = TestData.Parser.Parse(TestData.Seed);
        var crlf = TestData.Parser.Parse(TestData.Seed.ReplaceLineEndings("\r\n"));
        crlf.Statements.Select(s => (s.Kind, s.Text, s.Cue, Speaker: crlf.FindSpeaker(s.SpeakerId)?.Name))
            .Should().Equal(seed.Statements.Select(s => (s.Kind, s.Text, s.Cue, Speaker: seed.FindSpeaker(s.SpeakerId)?.Name)));
    }

    [Fact]
    public void The_seed_with_a_byte_order_mark_gives_the_same_statements()
    {
        var seed = TestData.Parser.Parse(TestData.Seed);
        var bom = TestData.Parser.Parse("\uFEFF" + TestData.Seed);
        bom.Statements.Select(s => (s.Kind, s.Text, s.Cue, Speaker: bom.FindSpeaker(s.SpeakerId)?.Name))
            .Should().Equal(seed.Statements.Select(s => (s.Kind, s.Text, s.Cue, Speaker: seed.FindSpeaker(s.SpeakerId)?.Name)));
        bom.Headline.Should().Be(seed.Headline);
    }

    [Fact]
    public void Input_longer_than_the_maximum_gives_a_diagnostic_not_an_exception()
    {
        var parser = new ArticleParser(new ParseOptions { ReferenceDate = TestData.ReferenceDate, MaxInputLength = 1000 });
        var article = parser.Parse(TestData.Seed);
        article.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.InputTooLong);
        article.Statements.Should().BeEmpty();
        ArticleInvariants.Check(TestData.Seed, article);
    }

    [Fact]
    public void Input_longer_than_the_maximum_gives_a_diagnostic_through_the_text_reader_too()
    {
        var parser = new ArticleParser(new ParseOptions { ReferenceDate = TestData.ReferenceDate, MaxInputLength = 1000 });
        var article = parser.Parse(new StringReader(TestData.Seed));
        article.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.InputTooLong);
        article.Statements.Should().BeEmpty();
    }

    [Fact]
    public void Input_of_exactly_the_maximum_length_is_parsed()
    {
        var seed = TestData.Seed;
        var parser = new ArticleParser(new ParseOptions { ReferenceDate = TestData.ReferenceDate, MaxInputLength = seed.Length });
        parser.Parse(new StringReader(seed)).Should().Be(TestData.Parser.Parse(seed));
    }

    [Fact]
    public void The_text_reader_overload_gives_the_same_article_as_the_string_overload()
    {
        var text = new StringBuilder().Insert(0, TestData.Seed + "\n\n", 20).ToString();
        TestData.Parser.Parse(new StringReader(text)).Should().Be(TestData.Parser.Parse(text));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_maximum_length_that_is_not_positive_is_a_programming_error(int max)
    {
        var act = () => new ArticleParser(new ParseOptions { MaxInputLength = max });
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
