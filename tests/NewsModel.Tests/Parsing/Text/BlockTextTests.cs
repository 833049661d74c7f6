using FluentAssertions;
using NewsModel.Parsing.Layout;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Tests.Parsing.Text;

/// <summary>The block's token accessor must give the list's tokens and no others; its word classes are the table's.</summary>
public sealed class BlockTextTests
{
    private static readonly CompiledKnowledge Knowledge = new(TestData.Parser.Options.Knowledge);

    [Theory]
    [InlineData("He said: \u201CWe will go,\u201D and left. \"Twice,\" she said, \u00ABoui\u00BB. ''Done,'' he said. ``Yes'' and \u201Eja\u201C.")]
    [InlineData("\"First part. \"Second part runs on,\" he said, and 'single' marks, \u2018curly\u2019 too. \"Never closed")]
    [InlineData("Nested \u201Cquote with \u2018inner\u2019 and \"more\" marks\u201D end. ''A. ''B, '' he said.")]
    public void Each_token_stands_in_the_quote_whose_marks_enclose_its_start_as_the_scan_fills_it_and_as_a_search_finds_it(string paragraph)
    {
        // The scan fills each quote's tokens where the block's arrays have room (a text loaded before); a fresh one finds
        // them after the scan by a search of the token starts. Both must give each token the quote enclosing its start.
        var text = "Headline\n\n" + paragraph + "\n\n" + paragraph + " " + paragraph;
        var ctx = new ParseContext(text, TestData.Parser.Options, Knowledge);
        try
        {
            LayoutStage.Run(ctx);
            var warmed = new BlockText();
            foreach (var block in ctx.Blocks) warmed.Load(ctx, block);
            foreach (var block in ctx.Blocks)
            {
                foreach (var blockText in (BlockText[])[warmed, new BlockText()])
                {
                    blockText.Load(ctx, block);
                    var quotes = blockText.Quotes;
                    for (int i = 0; i < blockText.Tokens.Count; i++)
                    {
                        int start = blockText.TokenAt(i).Start;
                        int expected = quotes.FindIndex(q => q.Open <= start && start < q.End);
                        blockText.QuoteOf[i].Should().Be(expected, $"token {i} at {start} of \"{text.Substring(block.Start, block.End - block.Start)}\"");
                    }
                }
            }
        }
        finally
        {
            ctx.ReleaseScratch();
        }
    }

    [Theory]
    // A paragraph long enough to keep its list, and short ones ("Yes.") whose tokens are made into one list of the parse.
    [InlineData("Headline of the day\n\nOSLO (AP) — \"We will meet again,\" the minister said on Monday.\n\nYes.\n\nNo, she said.")]
    [InlineData("A first paragraph that says enough words to be kept as it is.\n\nOk.\n\nA third one, after a short one, with \"a quote\" in it.")]
    public void TokenAt_gives_each_token_of_the_list_and_throws_past_them(string text)
    {
        var ctx = new ParseContext(text, TestData.Parser.Options, Knowledge);
        try
        {
            LayoutStage.Run(ctx);
            var blockText = new BlockText();
            foreach (var block in ctx.Blocks)
            {
                blockText.Load(ctx, block);
                var tokens = blockText.Tokens;
                tokens.Should().NotBeEmpty();
                for (int i = 0; i < tokens.Count; i++) blockText.TokenAt(i).Should().Be(tokens[i]);
                // The list's array may hold more slots than tokens: an index past the tokens is refused, not read.
                FluentActions.Invoking(() => blockText.TokenAt(tokens.Count)).Should().Throw<ArgumentOutOfRangeException>();
                FluentActions.Invoking(() => blockText.TokenAt(-1)).Should().Throw<ArgumentOutOfRangeException>();
            }
        }
        finally
        {
            ctx.ReleaseScratch();
        }
    }

    [Theory]
    // Words of every length in no list and in lists, capitalised and not, names, numbers, marks and a word beyond ASCII,
    // in a block that keeps its tokens and in a short one made again.
    [InlineData("Officials said on Monday that the ministry, according to Reuters, had not commented; however, Mr Lavrov told reporters \"nothing\" & more.\n\nSo he said.")]
    [InlineData("Déjà vu: THE MINISTER SAID 2,500 troops were ALSO there, Themselves unnamed, amid officials' estimates.\n\nYes.")]
    public void Classes_are_the_word_tables_for_every_token(string text)
    {
        // A token whose shape is no listed word's is answered without the table: the answer must be the table's.
        var ctx = new ParseContext(text, TestData.Parser.Options, Knowledge);
        try
        {
            LayoutStage.Run(ctx);
            var blockText = new BlockText();
            int ruledOut = 0, unmarked = 0;
            foreach (var block in ctx.Blocks)
            {
                blockText.Load(ctx, block);
                for (int i = 0; i < blockText.Tokens.Count; i++)
                {
                    var token = blockText.TokenAt(i);
                    if (token.Length > 4 && (token.Marks & TokenMarks.MayHaveClass) == 0) ruledOut++;
                    if (token.Length <= 4 && (token.Marks & TokenMarks.MayHaveClass) == 0) unmarked++;
                    blockText.Classes(i).Should().Be(Knowledge.Words.Of(text.AsSpan(token.Start, token.Length)), $"\"{text.Substring(token.Start, token.Length)}\"");
                }
            }
            // Tokens the screen marked as no listed word's shape, longer and shorter, are answered without the table,
            // and must be answered alike.
            ruledOut.Should().BePositive();
            unmarked.Should().BePositive();
        }
        finally
        {
            ctx.ReleaseScratch();
        }
    }
    [Theory]
    [InlineData("Talks went on. Hart said on Monday that they would. \"We will meet,\" she said.\n\nNo cue here at all. Or here.\n\nDr. Reyes left. Then he came back.")]
    public void Sentences_split_when_first_asked_are_the_same_whichever_question_comes_first(string text)
    {
        // The block is split when first asked (the reader passes a block of no quote and no cue candidate unsplit):
        // asking StartsSentence before Sentences must split it as asking Sentences does.
        var ctx = new ParseContext(text, TestData.Parser.Options, Knowledge);
        try
        {
            LayoutStage.Run(ctx);
            var first = new BlockText();
            var second = new BlockText();
            int blocks = 0;
            foreach (var block in ctx.Blocks)
            {
                first.Load(ctx, block);
                var starts = Enumerable.Range(0, first.Tokens.Count).Where(first.StartsSentence).ToList();
                second.Load(ctx, block);
                var sentences = second.Sentences.ToList();
                sentences.Should().NotBeEmpty();
                starts.Should().Equal(sentences.Select(s => s.Start));
                first.Sentences.Should().Equal(sentences);
                blocks++;
            }
            blocks.Should().BeGreaterThan(2);
        }
        finally
        {
            ctx.ReleaseScratch();
        }
    }
}
