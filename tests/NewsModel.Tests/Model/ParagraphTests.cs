using FluentAssertions;
using NewsModel.Model;
using NewsModel.Parsing;

namespace NewsModel.Tests.Model;

/// <summary>A parsed paragraph makes its text from the source when first read; it behaves as one given its text.</summary>
public sealed class ParagraphTests
{
    private const string Source = "HEADLINE\n\nThe minister said talks would go on.\n\nA second paragraph.";

    private static Paragraph FromSource(int start, int length, int? index = 0) => new(Source, new TextSpan(start, length), index);

    [Fact]
    public void A_paragraph_read_from_the_source_has_the_text_at_its_span()
    {
        var p = FromSource(10, 36);
        p.Text.Should().Be("The minister said talks would go on.");
        p.TextChars.ToString().Should().Be(p.Text);
        p.Span.Should().Be(new TextSpan(10, 36));
    }

    [Fact]
    public void A_paragraph_read_from_the_source_equals_one_given_the_same_text_and_hashes_alike()
    {
        var given = new Paragraph { Index = 0, Text = "The minister said talks would go on.", Span = new TextSpan(10, 36) };
        var read = FromSource(10, 36);
        read.Should().Be(given);
        given.Should().Be(read);
        (read == given).Should().BeTrue();
        read.GetHashCode().Should().Be(given.GetHashCode());
        // The hash is the same before and after the text is made.
        var fresh = FromSource(10, 36);
        int before = fresh.GetHashCode();
        _ = fresh.Text;
        fresh.GetHashCode().Should().Be(before);
    }

    [Fact]
    public void Paragraphs_differing_in_text_index_or_span_are_not_equal()
    {
        var p = FromSource(10, 36);
        p.Should().NotBe(FromSource(48, 19));
        p.Should().NotBe(FromSource(10, 36, index: 1));
        p.Should().NotBe(p with { Span = new TextSpan(11, 36) });
        p.Should().NotBe(p with { Text = "Another text." });
        p.Should().NotBe(null);
    }

    [Fact]
    public void With_keeps_the_text_when_the_span_moves_and_replaces_it_when_given()
    {
        var p = FromSource(10, 36);
        var moved = p with { Span = new TextSpan(0, 36) };
        moved.Text.Should().Be("The minister said talks would go on.");
        var replaced = p with { Text = "Replaced." };
        replaced.Text.Should().Be("Replaced.");
        replaced.TextChars.ToString().Should().Be("Replaced.");
        replaced.Span.Should().Be(new TextSpan(10, 36));
    }

    [Fact]
    public void Every_read_of_the_text_gives_the_same_string_even_from_many_threads()
    {
        for (int round = 0; round < 50; round++)
        {
            var p = FromSource(10, 36);
            var seen = new string[8];
            Parallel.For(0, seen.Length, i => seen[i] = p.Text);
            seen.Should().AllSatisfy(s => s.Should().BeSameAs(seen[0]));
            p.Text.Should().BeSameAs(seen[0]);
        }
    }

    [Fact]
    public void The_parser_s_paragraphs_hold_the_text_at_their_spans()
    {
        var article = new ArticleParser().Parse(Source);
        article.Paragraphs.Should().NotBeEmpty();
        foreach (var p in article.Paragraphs)
        {
            p.Text.Should().Be(Source.Substring(p.Span.Start, p.Span.Length));
        }
    }
}
