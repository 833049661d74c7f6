using NewsModel.Knowledge;
using NewsModel.Parsing.Text;
using NewsModel.Parsing.Treaties;

namespace NewsModel.Parsing.Lookup;

/// <summary>
/// Asks every shape filter the stages skip tokens by about each token of a block at once: the token's shape is
/// made once (<see cref="ShapeFilter.KeyOf(string, int, int)"/>) and the answers are kept on the token as <see cref="TokenMarks"/>.
/// </summary>
/// <remarks>
/// The attribution and treaty stages each walked every token of every block to ask their own filter; a walk over a
/// million tokens costs more than the filter tests in it. The screen walks them once, right after tokenizing, and a
/// stage then reads one bit per token. The filters hash to the same positions, so the screen folds them into one
/// table with four bits of marks per position (one per filter, one spare): a token's marks are the bits at its two
/// positions ANDed, every filter answered by two loads.
/// </remarks>
internal sealed class TokenScreen
{
    // Four bits per hash position (the cue filter's, the treaty filter's, the name filter's and a spare), 16 positions
    // to a word: 8 KB, small enough to stay in the first-level cache beside the text (a byte per position, 16 KB,
    // missed it often enough to cost a third of the screen).
    private readonly ulong[] _table = new ulong[ShapeFilter.Positions / 16];
    private readonly ShapeFilter _cues;
    private readonly TreatyKnowledge _treaties;
    private readonly ShapeFilter _titles;
    private readonly ShapeFilter _names = new();

    /// <param name="words">The attribution stage's word classes, whose cue shapes the screen asks.</param>
    /// <param name="treaties">The treaty stage's lookups, whose start shapes the screen asks.</param>
    /// <param name="titles">Titles: a lower-case word that may start one ("foreign minister Lavrov") concerns names.</param>
    /// <param name="nameWords">The other words and marks the name pass reacts to besides capitalised words and titles.</param>
    public TokenScreen(WordClasses words, TreatyKnowledge treaties, PhraseIndex<TitleEntry> titles, IEnumerable<string> nameWords)
    {
        _cues = words.CueShapes;
        _treaties = treaties;
        _titles = titles.FirstShapes;
        foreach (var word in nameWords) _names.Add(word);
        for (int p = 0; p < ShapeFilter.Positions; p++)
        {
            ulong bits = (_cues.Holds(p) ? 1UL : 0) | (treaties.StartShapes.Holds(p) ? 2UL : 0) | (_titles.Holds(p) || _names.Holds(p) ? 4UL : 0);
            _table[p >> 4] |= bits << ((p & 15) * 4);
        }
        _unshapedPunctMark = Unshaped & ~(treaties.MarkBeyondAsciiMayStart ? 0 : TokenMarks.MayStartTreaty);
    }

    /// <summary>
    /// Marks <paramref name="tokens"/> and appends the index of each one marked <see cref="TokenMarks.MayOpenCue"/> to
    /// <paramref name="cues"/>, of each marked <see cref="TokenMarks.MayStartTreaty"/> to <paramref name="treaties"/> and
    /// of each marked <see cref="TokenMarks.MayConcernNames"/> to <paramref name="names"/>, so that a stage can step from
    /// one to the next instead of walking every token.
    /// </summary>
    public void Mark(string source, Span<Token> tokens, List<int> cues, List<int> treaties, List<int> names)
    {
        // Each index is written unconditionally and kept by advancing the count only for a marked token: no branch
        // and no call in the loop (a call on a rare path still made the loop spill its registers).
        int cueCount = cues.Count, treatyCount = treaties.Count, nameCount = names.Count;
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(cues, cueCount + tokens.Length + 1);
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(treaties, treatyCount + tokens.Length + 1);
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(names, nameCount + tokens.Length + 1);
        var cueIndex = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(cues)[cueCount..];
        var treatyIndex = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(treaties)[treatyCount..];
        var nameIndex = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(names)[nameCount..];
        int c = 0, t = 0, n = 0;
        if (source.Length < 4)
        {
            MarkShort(source, tokens);
            for (int i = 0; i < tokens.Length; i++)
            {
                cueIndex[c] = i;
                c += (int)(tokens[i].Marks & TokenMarks.MayOpenCue) >> 1;
                treatyIndex[t] = i;
                t += (int)(tokens[i].Marks & TokenMarks.MayStartTreaty) >> 2;
                nameIndex[n] = i;
                n += (int)(tokens[i].Marks & TokenMarks.MayConcernNames) >> 3;
            }
        }
        else
        {
            ref ulong table = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(_table);
            ref int cueAt = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(cueIndex);
            ref int treatyAt = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(treatyIndex);
            ref int nameAt = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(nameIndex);
            var unshapedPunct = _unshapedPunctMark;
            for (int i = 0; i < tokens.Length; i++)
            {
                ref var token = ref tokens[i];
                var key = ShapeFilter.KeyOfLong(source, token.Start, token.Length);
                // Bits 1 to 3 of the marks are the cue, treaty and name bits: the two positions' nibbles ANDed, shifted
                // up. Positions are below ShapeFilter.Positions, so the table reads need no bounds checks.
                var marks = key.Shaped
                    ? TokenMarks.Screened | (TokenMarks)((((System.Runtime.CompilerServices.Unsafe.Add(ref table, key.First >> 4) >> ((key.First & 15) * 4))
                        & (System.Runtime.CompilerServices.Unsafe.Add(ref table, key.Second >> 4) >> ((key.Second & 15) * 4))) & 7) << 1)
                    : token.Kind == TokenKind.Punct && source[token.Start] >= '\u0080' ? unshapedPunct : Unshaped;
                // Only a word opens a cue; kinds after Word (0) clear the bit, without a branch on the kind.
                marks &= (TokenMarks)(((int)token.Kind - 1) >> 31 | ~(int)TokenMarks.MayOpenCue);
                // A word that starts with an ASCII capital concerns names: only a word token starts with a letter. A
                // capital beyond ASCII leaves the key unshaped, and an unshaped token is marked anyway.
                marks |= (TokenMarks)(((uint)(source[token.Start] - 'A') <= 'Z' - 'A' ? 1 : 0) << 3);
                token = token with { Marks = marks };
                // The index lists have room for every token (one more than the count), so c, t and n stay in them.
                System.Runtime.CompilerServices.Unsafe.Add(ref cueAt, c) = i;
                c += (int)(marks & TokenMarks.MayOpenCue) >> 1;
                System.Runtime.CompilerServices.Unsafe.Add(ref treatyAt, t) = i;
                t += (int)(marks & TokenMarks.MayStartTreaty) >> 2;
                System.Runtime.CompilerServices.Unsafe.Add(ref nameAt, n) = i;
                n += (int)(marks & TokenMarks.MayConcernNames) >> 3;
            }
        }
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(cues, cueCount + c);
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(treaties, treatyCount + t);
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(names, nameCount + n);
    }

    // A token with a character beyond ASCII where the shape reads: every filter lets it through, but a mark beyond
    // ASCII starts no treaty unless TreatyKnowledge.MarkBeyondAsciiMayStart says it may.
    private const TokenMarks Unshaped = TokenMarks.Screened | TokenMarks.MayOpenCue | TokenMarks.MayStartTreaty | TokenMarks.MayConcernNames;
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
            if (Chars.IsCapitalized(source, token) || _titles.MayContain(key) || _names.MayContain(key)) marks |= TokenMarks.MayConcernNames;
            token = token with { Marks = marks };
        }
    }
}
