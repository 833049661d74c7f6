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
/// table with a byte of marks per position (one bit per filter): a token's marks are the bytes at its two positions
/// ANDed, every filter answered by two loads. Besides the stages' own filters it asks the first-word filters of the
/// phrase indexes the speaker stage probes most (gazetteer, titles, descriptions, adjectives), which then read their
/// bit at a screened token instead of making its shape key again (<see cref="IScreenedPhraseIndex"/>).
/// </remarks>
internal sealed class TokenScreen
{
    // A byte per hash position (the cue filter's, the treaty filter's and the name filter's bits, then one per screened
    // phrase index), eight positions to a word: 16 KB. The two loads per token touch two cache lines either way.
    private readonly ulong[] _table = new ulong[ShapeFilter.Positions / 8];
    private readonly ShapeFilter _cues;
    private readonly TreatyKnowledge _treaties;
    private readonly ShapeFilter _titles;
    private readonly ShapeFilter _names = new();
    private readonly (ShapeFilter Shapes, TokenMarks Mark)[] _phrases;

    /// <summary>The marks of the screened phrase indexes' first-word filters, in the order the indexes are given.</summary>
    private static readonly TokenMarks[] PhraseMarks =
        [TokenMarks.MayStartGazetteer, TokenMarks.MayStartTitle, TokenMarks.MayStartDescription, TokenMarks.MayStartAdjective];

    /// <param name="words">The attribution stage's word classes, whose cue shapes the screen asks.</param>
    /// <param name="treaties">The treaty stage's lookups, whose start shapes the screen asks.</param>
    /// <param name="titles">Titles: a lower-case word that may start one ("foreign minister Lavrov") concerns names.</param>
    /// <param name="nameWords">The other words and marks the name pass reacts to besides capitalised words and titles.</param>
    /// <param name="gazetteer">Screened phrase index: its first-word answers are kept as <see cref="TokenMarks.MayStartGazetteer"/>.</param>
    /// <param name="titleIndex">Screened phrase index (<see cref="TokenMarks.MayStartTitle"/>); the same index as <paramref name="titles"/>.</param>
    /// <param name="descriptions">Screened phrase index (<see cref="TokenMarks.MayStartDescription"/>).</param>
    /// <param name="adjectives">Screened phrase index (<see cref="TokenMarks.MayStartAdjective"/>).</param>
    public TokenScreen(WordClasses words, TreatyKnowledge treaties, PhraseIndex<TitleEntry> titles, IEnumerable<string> nameWords,
        IScreenedPhraseIndex gazetteer, IScreenedPhraseIndex titleIndex, IScreenedPhraseIndex descriptions, IScreenedPhraseIndex adjectives)
    {
        _cues = words.CueShapes;
        _treaties = treaties;
        _titles = titles.FirstShapes;
        foreach (var word in nameWords) _names.Add(word);
        IScreenedPhraseIndex[] indexes = [gazetteer, titleIndex, descriptions, adjectives];
        _phrases = new (ShapeFilter, TokenMarks)[indexes.Length];
        for (int i = 0; i < indexes.Length; i++)
        {
            _phrases[i] = (indexes[i].FirstShapes, PhraseMarks[i]);
            indexes[i].ScreenedAs(PhraseMarks[i]);
        }
        // Table bit b of a position is mark bit b + 1 (bit 0 of the marks is Screened). Each filter's set positions are
        // visited 64 at a time: asking every position of every filter was a noticeable part of building a parser.
        for (int word = 0; word < ShapeFilter.Positions / 64; word++)
        {
            Spread(word, _cues.Word(word), TokenMarks.MayOpenCue);
            Spread(word, treaties.StartShapes.Word(word), TokenMarks.MayStartTreaty);
            Spread(word, _titles.Word(word) | _names.Word(word), TokenMarks.MayConcernNames);
            foreach (var (shapes, mark) in _phrases) Spread(word, shapes.Word(word), mark);
        }
        _unshapedPunctMark = Unshaped & ~(treaties.MarkBeyondAsciiMayStart ? 0 : TokenMarks.MayStartTreaty);
    }

    /// <summary>Sets <paramref name="mark"/> in the table at each position of <paramref name="word"/> whose bit is set in <paramref name="positions"/>.</summary>
    private void Spread(int word, ulong positions, TokenMarks mark)
    {
        ulong bit = (ulong)mark >> 1;
        while (positions != 0)
        {
            int p = word * 64 + System.Numerics.BitOperations.TrailingZeroCount(positions);
            positions &= positions - 1;
            _table[p >> 3] |= bit << ((p & 7) * 8);
        }
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
                // Bits 1 to 7 of the marks are the filters' bits: the two positions' bytes ANDed, shifted up. Positions
                // are below ShapeFilter.Positions, so the table reads need no bounds checks.
                var marks = key.Shaped
                    ? TokenMarks.Screened | (TokenMarks)((((System.Runtime.CompilerServices.Unsafe.Add(ref table, key.First >> 3) >> ((key.First & 7) * 8))
                        & (System.Runtime.CompilerServices.Unsafe.Add(ref table, key.Second >> 3) >> ((key.Second & 7) * 8))) & 0x7F) << 1)
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
    private const TokenMarks Unshaped = TokenMarks.Screened | TokenMarks.MayOpenCue | TokenMarks.MayStartTreaty | TokenMarks.MayConcernNames
        | TokenMarks.MayStartGazetteer | TokenMarks.MayStartTitle | TokenMarks.MayStartDescription | TokenMarks.MayStartAdjective;
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
            foreach (var (shapes, mark) in _phrases)
            {
                if (shapes.MayContain(key)) marks |= mark;
            }
            token = token with { Marks = marks };
        }
    }
}
