using System.Text;
using CsCheck;
using FluentAssertions;
using NewsModel.Parsing;

namespace NewsModel.Tests.Robustness;

/// <summary>
/// Parse is total: for any string it returns an article whose spans lie inside the text and whose JSON
/// round-trips. Random Unicode, mutated articles and generated hostile shapes.
/// </summary>
public sealed class ParseTotalityTests
{
    private static readonly ArticleParser Parser = TestData.Parser;

    /// <summary>Characters weighted towards what breaks text parsers: quote marks, controls, surrogates, breaks.</summary>
    private static readonly Gen<char> HostileChar = Gen.Frequency(
        (4, (IGen<char>)Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ      "]),
        (3, Gen.Char["\"“”‘’«»'„‟‹›`"]),
        (2, Gen.Char[".,;:!?—–-()[]\n\n\r\t\u2028\u00A0\u200B\uFEFF"]),
        (1, Gen.Char['\0', '\u001F']),
        (1, Gen.Char['\uD800', '\uDFFF']),
        (1, Gen.Char));

    private static readonly Gen<string> HostileString = HostileChar.Array[0, 3000].Select(a => new string(a));

    /// <summary>Words the stages look for, so random text reaches attribution, speakers and treaties.</summary>
    private static readonly Gen<string> Fragment = Gen.OneOf(
        HostileString,
        Gen.Const("\"We will not,\" the minister said. "),
        Gen.Const("According to the Foreign Ministry, "),
        Gen.Const("Article 14 of the CTBT "),
        Gen.Const("MOSCOW, September 27. /TASS/. "),
        Gen.Const("September 27, 1:53\n"),
        Gen.Const("Read more on the site →\n"),
        Gen.Const("“He said ‘no’,” Lavrov told reporters.\n\n"));

    private static readonly Gen<string> ArticleLike = Fragment.Array[0, 12].Select(parts => string.Concat(parts));

    [Fact]
    public void Parse_returns_a_consistent_article_for_random_unicode()
    {
        HostileString.Sample(text => ArticleInvariants.Check(text, Parser.Parse(text)), iter: PropertyBudget.Iter(3000));
    }

    [Fact]
    public void Parse_returns_a_consistent_article_for_random_article_like_text()
    {
        ArticleLike.Sample(text => ArticleInvariants.Check(text, Parser.Parse(text)), iter: PropertyBudget.Iter(2000));
    }

    [Fact]
    public void Parse_returns_a_consistent_article_for_mutations_of_the_seed()
    {
        var seed = TestData.Seed;
        Mutation.Of(Gen.Const(seed)).Sample(text => ArticleInvariants.Check(text, Parser.Parse(text)), iter: PropertyBudget.Iter(1000));
    }

    [Fact]
    public void Parse_returns_a_consistent_article_for_mutations_of_corpus_articles()
    {
        var corpus = TestData.CorpusDirectory;
        Assert.SkipWhen(corpus is null, "../shared/corpus is not present in this checkout");
        var texts = Directory.EnumerateFiles(corpus!, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        texts.Should().NotBeEmpty();
        Mutation.Of(Gen.Int[0, texts.Length - 1].Select(i => texts[i]))
            .Sample(text => ArticleInvariants.Check(text, Parser.Parse(text)), iter: PropertyBudget.Iter(2000));
    }

    public static TheoryData<string, string> HostileShapes() => new()
    {
        { "a million straight quotes", new string('"', 1_000_000) },
        { "100,000 nested “‘ never closed", Repeat("“‘", 100_000) },
        { "100,000 nested “‘ closed in order", Repeat("“‘", 100_000) + Repeat("’”", 100_000) },
        { "100,000 closing marks with no opening", Repeat("”’", 100_000) },
        { "one 5 MB line of words", Repeat("the minister said that ", 5_000_000 / 23) },
        { "one 5 MB line of quoted speech", Repeat("\"No,\" he said. ", 5_000_000 / 15) },
        { "500,000 one-letter paragraphs", Repeat("a\n\n", 500_000) },
        { "500,000 speaker cues without quotes", Repeat("said ", 500_000) },
        { "a million NUL characters", new string('\0', 1_000_000) },
        { "a million lone high surrogates", new string('\uD800', 1_000_000) },
        { "a million line separators", new string('\u2028', 1_000_000) },
        { "a million sentence ends", new string('.', 1_000_000) },
        { "a million capitalised words", Repeat("Minister ", 1_000_000) },
        { "200,000 dateline-like lines", Repeat("MOSCOW, September 27. /TASS/.\n", 200_000) },
        { "200,000 treaty references", Repeat("Article 14 of the Treaty ", 200_000) },
    };

    [Theory]
    [MemberData(nameof(HostileShapes))]
    public void Parse_returns_a_consistent_article_for_hostile_shapes(string shape, string text)
    {
        var article = Parser.Parse(text);
        ArticleInvariants.Check(text, article);
        article.Diagnostics.Count.Should().BeLessThanOrEqualTo(20 * 12, "diagnostics are capped per code even for {0}", shape);
    }

    public static TheoryData<string> Blank() => new() { "", " ", "\n\n\n", "\t \r\n \u00A0\u2028\u200B\uFEFF ", new string(' ', 1_000_000) };

    [Theory]
    [MemberData(nameof(Blank))]
    public void Parse_of_empty_or_whitespace_only_text_gives_an_empty_article_with_a_diagnostic(string text)
    {
        var article = Parser.Parse(text);
        article.Headline.Should().BeNull();
        article.Paragraphs.Should().BeEmpty();
        article.Statements.Should().BeEmpty();
        article.Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.EmptyInput);
    }

    private static string Repeat(string s, int times) => new StringBuilder(s.Length * times).Insert(0, s, times).ToString();
}
