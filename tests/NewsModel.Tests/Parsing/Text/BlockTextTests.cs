using FluentAssertions;
using NewsModel.Parsing.Layout;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Tests.Parsing.Text;

/// <summary>The block's token accessor must give the list's tokens and no others.</summary>
public sealed class BlockTextTests
{
    private static readonly CompiledKnowledge Knowledge = new(TestData.Parser.Options.Knowledge);

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
}
