using FluentAssertions;
using NewsModel.Parsing.Text;

namespace NewsModel.Tests.Parsing.Pipeline;

/// <summary>
/// The model's texts taken from one block are only trimmed where the tokenizer found the block simply spaced, and
/// collapsed where it did not: either way they are the source's words with single spaces between.
/// </summary>
public sealed class SimplySpacedTextTests
{
    [Theory]
    [InlineData("Talks on the border dispute")]
    [InlineData("Talks  on the\tborder dispute ")]
    [InlineData("Talks on the\u00A0border  dispute")]
    public void The_headline_is_its_words_with_single_spaces(string headline)
    {
        var text = headline + "\n\n\"We will go on,\" Zorbu Kraal said on Monday.\n";
        var article = TestData.Parser.Parse(text);
        article.Headline.Should().Be(Chars.Collapse(headline));
    }

    [Theory]
    [InlineData("\"We will go on with the talks,\" Zorbu Kraal said on Monday.\n")]
    [InlineData("\"We will  go on\twith the talks,\" Zorbu Kraal said on Monday.\n")]
    [InlineData("\"We will go on\u2003 with the talks,\" Zorbu Kraal said on Monday.\n")]
    public void A_statement_of_one_piece_is_its_words_with_single_spaces(string paragraph)
    {
        var text = "Talks on the border dispute\n\n" + paragraph;
        var article = TestData.Parser.Parse(text);
        var statement = article.Statements.Should().ContainSingle().Subject;
        statement.Spans.Should().ContainSingle();
        var span = statement.Spans[0];
        statement.Text.Should().Be(Chars.Collapse(text.AsSpan(span.Start, span.Length)));
        statement.Text.Should().Contain("We will go on with the talks");
    }
}
