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
        _unshapedPunctMark = TokenMarks.Screened | TokenMarks.MayOpenCue | (treaties.StartShapes.Off ? TokenMarks.MayStartTreaty : 0);
    }

    /// <summary>
    /// Marks <paramref name="tokens"/> and appends the index of each one marked <see cref="TokenMarks.MayOpenCue"/> to
    /// <paramref name="cues"/> and of each marked <see cref="TokenMarks.MayStartTreaty"/> to <paramref name="treaties"/>,
    /// so that a stage can step from one to the next instead of walking every token.
    /// </summary>
    public void Mark(string source, Span<Token> tokens, List<int> cues, List<int> treaties)
    {
        // Each index is written unconditionally and kept by advancing the count only for a marked token: no branch
        // and no call in the loop (a call on a rare path still made the loop spill its registers).
        int cueCount = cues.Count, treatyCount = treaties.Count;
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(cues, cueCount + tokens.Length + 1);
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(treaties, treatyCount + tokens.Length + 1);
        var cueIndex = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(cues)[cueCount..];
        var treatyIndex = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(treaties)[treatyCount..];
        int c = 0, t = 0;
        if (source.Length < 4)
        {
            MarkShort(source, tokens);
            for (int i = 0; i < tokens.Length; i++)
            {
                cueIndex[c] = i;
                c += (int)(tokens[i].Marks & TokenMarks.MayOpenCue) >> 1;
                treatyIndex[t] = i;
                t += (int)(tokens[i].Marks & TokenMarks.MayStartTreaty) >> 2;
            }
        }
        else
        {
            var table = _marks;
            for (int i = 0; i < tokens.Length; i++)
            {
                ref var token = ref tokens[i];
                var key = ShapeFilter.KeyOfLong(source, token.Start, token.Length);
                var marks = key.Shaped ? (TokenMarks)(table[key.First] & table[key.Second])
                    : token.Kind == TokenKind.Punct && source[token.Start] >= '\u0080' ? _unshapedPunctMark : Unshaped;
                if (token.Kind != TokenKind.Word) marks &= ~TokenMarks.MayOpenCue;
                token = token with { Marks = marks };
                cueIndex[c] = i;
                c += (int)(marks & TokenMarks.MayOpenCue) >> 1;
                treatyIndex[t] = i;
                t += (int)(marks & TokenMarks.MayStartTreaty) >> 2;
            }
        }
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(cues, cueCount + c);
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(treaties, treatyCount + t);
    }

    // A token with a character beyond ASCII where the shape reads: every filter lets it through, but a mark beyond
    // ASCII starts no treaty unless the treaty filter is off (as TreatyKnowledge.MayStart rules).
    private const TokenMarks Unshaped = TokenMarks.Screened | TokenMarks.MayOpenCue | TokenMarks.MayStartTreaty;
    private readonly TokenMarks _unshapedPunctMark;

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
