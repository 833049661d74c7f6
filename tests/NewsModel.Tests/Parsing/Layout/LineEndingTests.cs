using System.Text.Json.Nodes;
using FluentAssertions;
using NewsModel.Model;
using NewsModel.Serialization;

namespace NewsModel.Tests.Parsing.Layout;

/// <summary>Line ends, a byte-order mark, no-break spaces and tabs change spans, never what the parser reads.</summary>
public sealed class LineEndingTests
{
    public static TheoryData<string> Variants => ["CRLF", "CR", "BOM", "BOM and CRLF"];

    private static string Variant(string name, string text) => name switch
    {
        "CRLF" => text.Replace("\n", "\r\n", StringComparison.Ordinal),
        "CR" => text.Replace("\n", "\r", StringComparison.Ordinal),
        "BOM" => "\uFEFF" + text,
        "BOM and CRLF" => "\uFEFF" + text.Replace("\n", "\r\n", StringComparison.Ordinal),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Parse_of_a_copy_of_the_seed_with_other_line_ends_gives_an_equal_model_but_for_spans(string variant)
    {
        var clean = TestData.Parser.Parse(TestData.Seed);
        var copy = TestData.Parser.Parse(Variant(variant, TestData.Seed));

        var expected = WithoutSpans(clean);
        var actual = WithoutSpans(copy);
        JsonNode.DeepEquals(actual, expected).Should().BeTrue($"the {variant} copy should read the same:\n{actual}\n---\n{expected}");
    }

    [Fact]
    public void Parse_reads_the_same_frame_and_treaties_with_no_break_spaces_and_tabs()
    {
        var clean = TestData.Parser.Parse(TestData.Seed);
        var spaced = TestData.Seed.Replace("MOSCOW, September 27", "MOSCOW,\u00A0September\u00A027", StringComparison.Ordinal)
            .Replace("Russian Politics & Diplomacy", "Russian\tPolitics &\u00A0Diplomacy", StringComparison.Ordinal)
            .Replace("\n", " \t\n", StringComparison.Ordinal);
        var copy = TestData.Parser.Parse(spaced);

        copy.Headline.Should().Be(clean.Headline);
        copy.Rubric.Should().Be(clean.Rubric);
        copy.Published!.ToIsoString().Should().Be(clean.Published!.ToIsoString());
        (copy.Dateline! with { Span = default }).Should().Be(clean.Dateline! with { Span = default });
        copy.Paragraphs.Select(p => p.Text).Should().Equal(clean.Paragraphs.Select(p => p.Text));
        copy.Treaties.Select(t => (t.Id, t.Mentions.Count)).Should().Equal(clean.Treaties.Select(t => (t.Id, t.Mentions.Count)));
    }

    /// <summary>The canonical JSON with every span taken out: spans move with line ends, nothing else may.</summary>
    private static JsonNode WithoutSpans(Article article)
    {
        var node = JsonNode.Parse(NewsJson.Serialize(article))!;
        Strip(node);
        return node;
    }

    private static void Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var name in o.Select(p => p.Key).ToList())
                {
                    if (name.EndsWith("span", StringComparison.OrdinalIgnoreCase) || name.EndsWith("spans", StringComparison.OrdinalIgnoreCase)) o.Remove(name);
                    else Strip(o[name]);
                }
                break;
            case JsonArray a:
                foreach (var item in a) Strip(item);
                break;
        }
    }
}
