namespace NewsModel.Parsing.Internal;

/// <summary>
/// Asks every shape filter the stages skip tokens by about each token of a block at once: the token's shape is
/// made once (<see cref="ShapeFilter.KeyOf(string, int, int)"/>) and the answers are kept on the token as <see cref="TokenMarks"/>.
/// </summary>
/// <remarks>
/// The attribution and treaty stages each walked every token of every block to ask their own filter; a walk over a
/// million tokens costs more than the filter tests in it. The screen walks them once, right after tokenizing, and a
/// stage then reads one bit per token. The filters hash to the same positions, so the screen folds them into one
/// table with a byte of marks per position: a token's marks are the two bytes at its positions ANDed, every filter
/// answered by two loads.
/// </remarks>
internal sealed class TokenScreen
{
    private readonly byte[] _marks = new byte[ShapeFilter.Positions];
    private readonly ShapeFilter _cues;
    private readonly TreatyKnowledge _treaties;

    public TokenScreen(WordClasses words, TreatyKnowledge treaties)
    {
        _cues = words.CueShapes;
        _treaties = treaties;
        for (int p = 0; p < _marks.Length; p++)
        {
            var marks = TokenMarks.Screened;
            if (_cues.Holds(p)) marks |= TokenMarks.MayOpenCue;
            if (treaties.StartShapes.Holds(p)) marks |= TokenMarks.MayStartTreaty;
            _marks[p] = (byte)marks;
        }
    }

    public void Mark(string source, Span<Token> tokens)
    {
        if (source.Length < 4)
        {
            MarkShort(source, tokens);
            return;
        }
        var table = _marks;
        foreach (ref var token in tokens)
        {
            var key = ShapeFilter.KeyOfLong(source, token.Start, token.Length);
            var marks = key.Shaped ? (TokenMarks)(table[key.First] & table[key.Second]) : Unshaped(source, token, key);
            if (token.Kind != TokenKind.Word) marks &= ~TokenMarks.MayOpenCue;
            token = token with { Marks = marks };
        }
    }

    // A token with a character beyond ASCII where the shape reads: each filter lets it through, except as its owner rules.
    private TokenMarks Unshaped(string source, Token token, ShapeKey key)
    {
        var marks = TokenMarks.Screened | TokenMarks.MayOpenCue;
        if (_treaties.MayStart(source, token, key)) marks |= TokenMarks.MayStartTreaty;
        return marks;
    }

    // A source too short for the one-load key: the same marks, asked of each filter.
    private void MarkShort(string source, Span<Token> tokens)
    {
        foreach (ref var token in tokens)
        {
            var key = ShapeFilter.KeyOf(source, token.Start, token.Length);
            var marks = TokenMarks.Screened;
            if (token.Kind == TokenKind.Word && _cues.MayContain(key)) marks |= TokenMarks.MayOpenCue;
            if (_treaties.MayStart(source, token, key)) marks |= TokenMarks.MayStartTreaty;
            token = token with { Marks = marks };
        }
    }
}
