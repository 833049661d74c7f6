namespace NewsModel.Parsing.Internal;

/// <summary>
/// Asks every shape filter the stages skip tokens by about each token of a block at once: the token's shape is
/// made once (<see cref="ShapeFilter.KeyOf(string, int, int)"/>) and the answers are kept on the token as <see cref="TokenMarks"/>.
/// </summary>
/// <remarks>
/// The attribution and treaty stages each walked every token of every block to ask their own filter; a walk over a
/// million tokens costs more than the filter tests in it. The screen walks them once, right after tokenizing, and a
/// stage then reads one bit per token.
/// </remarks>
internal sealed class TokenScreen(WordClasses words, TreatyKnowledge treaties)
{
    public void Mark(string source, Span<Token> tokens)
    {
        var cues = words.CueShapes;
        foreach (ref var token in tokens)
        {
            var key = ShapeFilter.KeyOf(source, token.Start, token.Length);
            var marks = TokenMarks.Screened;
            if (token.Kind == TokenKind.Word && cues.MayContain(key)) marks |= TokenMarks.MayOpenCue;
            if (treaties.MayStart(source, token, key)) marks |= TokenMarks.MayStartTreaty;
            token = token with { Marks = marks };
        }
    }
}
