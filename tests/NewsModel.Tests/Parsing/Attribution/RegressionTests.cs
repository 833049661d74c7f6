using FluentAssertions;
using NewsModel.Parsing;

namespace NewsModel.Tests.Parsing.Attribution;

/// <summary>Inputs that once made a stage fault; each must now parse cleanly.</summary>
public sealed class RegressionTests
{
    [Theory]
    [InlineData("The ministry quoted as saying the talks failed was not named.")]
    [InlineData("Quoted as saying nothing, he left.")]
    [InlineData("Officials were quoted as saying the plan would fail.")]
    public void A_plain_quoted_as_saying_with_no_speaker_inside_it_parses_without_a_fault(string text)
    {
        var article = Parse.Body(text);
        article.Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.InternalError);
    }

    [Fact]
    public void Quoted_x_as_saying_still_takes_its_speaker_from_inside_the_cue()
    {
        var article = Parse.Body("The newspaper quoted Foreign Minister Anna Berg as saying the border would stay open.");
        var statement = article.Statements.Should().ContainSingle().Subject;
        article.SpeakerOf(statement).Should().Be("Anna Berg");
        statement.Text.Should().Be("the border would stay open");
    }
}
