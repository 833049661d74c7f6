using FluentAssertions;
using NewsModel.Parsing.Layout;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Tests.Parsing.Text;

/// <summary>The quote scanner's masks of opening contexts and its walk of the marks' bits, word by word.</summary>
public sealed class QuoteContextTests
{
    private static readonly CompiledKnowledge Knowledge = new(TestData.Parser.Options.Knowledge);

    /// <summary>The opening context as the scanner wrote it before its masks: a plain reading of the rule.</summary>
    private static bool Opens(char prev) =>
        Chars.IsSpace(prev) || prev is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '/' or '\u201C' or '\u2018' or '\u00AB' or '"' or ':';

    [Fact]
    public void The_masks_and_the_tests_beyond_ASCII_agree_with_the_rule_for_every_character()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            QuoteScanner.OpensAfter((char)c).Should().Be(Opens((char)c), "for U+{0:X4}", c);
        }
    }

    [Theory]
    [InlineData(60)]
    [InlineData(61)]
    [InlineData(62)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(127)]
    public void Quotes_are_found_on_either_side_of_the_marks_words_of_64_tokens(int filler)
    {
        // Each filler word is a token, the space between them none: the marks fall around tokens 64 and 128, where the
        // walk moves to the next word of bits; a doubled mark's second apostrophe may stand in the next word.
        string words = string.Join(' ', Enumerable.Repeat("w", filler));
        string paragraph = words + " \"one two\" " + words + " ''three'' x \u201Cfour\u201D " + words + " 'five' \"six";
        var text = "Headline\n\n" + paragraph;
        var ctx = new ParseContext(text, TestData.Parser.Options, Knowledge);
        try
        {
            LayoutStage.Run(ctx);
            var blockText = new BlockText();
            var block = ctx.Blocks.Last();
            blockText.Load(ctx, block);
            var found = blockText.Quotes.Select(q => text.Substring(q.ContentStart, q.ContentEnd - q.ContentStart)).ToList();
            found.Should().Equal("one two", "three", "four", "five", "six");
            blockText.Quotes[^1].Closed.Should().BeFalse();
        }
        finally
        {
            ctx.ReleaseScratch();
        }
    }
}
