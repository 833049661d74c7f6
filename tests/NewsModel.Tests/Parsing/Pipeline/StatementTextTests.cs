using FluentAssertions;
using NewsModel.Model;

namespace NewsModel.Tests.Parsing.Pipeline;

/// <summary>
/// A statement whose pieces need no collapsing keeps them in the source and makes its text only when asked; its
/// text is what joining the pieces into a string gave, and its JSON is written from the pieces.
/// </summary>
public sealed class StatementTextTests
{
    [Theory]
    [InlineData("Talks stall\n\n\"We will not sign,\" the minister said on Monday. \"Not now, not ever.\"\n", "We will not sign, Not now, not ever.")]
    [InlineData("Talks stall\n\n\"We will not sign the treaty,\" said Ana Reyes, the foreign minister, \"unless the border is settled.\"\n", "We will not sign the treaty, unless the border is settled.")]
    public void A_quote_interrupted_by_its_attribution_is_kept_as_its_pieces_until_its_text_is_read(string source, string text)
    {
        var statement = TestData.Parser.Parse(source).Statements.Single();
        statement.Spans.Count.Should().Be(2);
        statement.IsJoinedText(out var from, out var pieces, out ulong spaces).Should().BeTrue("no piece has whitespace to collapse");
        from.Should().BeSameAs(source);
        pieces.ToArray().Should().Equal(statement.Spans.ToArray(), "the text's pieces are the statement's spans");
        spaces.Should().Be(0b10, "separate quotes join with a space");

        statement.Text.Should().Be(text);
        statement.Text.Should().BeSameAs(statement.Text, "the text is made once");
        statement.IsJoinedText(out _, out _, out _).Should().BeFalse("once made, the text is read as a string");
        statement.TextChars.ToString().Should().Be(text);
    }

    [Fact]
    public void Pieces_with_whitespace_to_collapse_are_joined_into_a_string_when_the_model_is_built()
    {
        var statement = TestData.Parser.Parse("Talks stall\n\n\"We will   not sign,\" she said. \"Not now.\"\n").Statements.Single();
        statement.Spans.Count.Should().Be(2);
        statement.IsJoinedText(out _, out _, out _).Should().BeFalse();
        statement.Text.Should().Be("We will not sign, Not now.");
    }

    [Fact]
    public void The_corpus_statements_read_from_their_pieces_are_the_texts_made_from_them_and_written_alike()
    {
        Assert.SkipWhen(TestData.CorpusDirectory is null, "the shared corpus (../shared/corpus) is not present");
        int joined = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(TestData.CorpusDirectory!, "dev"), "*.txt"))
        {
            var article = TestData.Parser.Parse(File.ReadAllText(file));
            var fromPieces = NewsModel.Serialization.NewsJson.Serialize(article, new() { Indented = false });
            foreach (var statement in article.Statements)
            {
                if (!statement.IsJoinedText(out var source, out var pieces, out ulong spaces)) continue;
                joined++;
                var expected = string.Concat(pieces.ToArray().Select((p, i) => ((spaces >> i) & 1) != 0 ? " " + p.GetText(source) : p.GetText(source)));
                statement.Text.Should().Be(expected);
            }
            NewsModel.Serialization.NewsJson.Serialize(article, new() { Indented = false }).Should().Be(fromPieces, "the JSON of the made texts is the JSON written from the pieces");
        }
        joined.Should().BePositive();
    }
}
