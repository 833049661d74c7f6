using NewsModel.Knowledge;
using NewsModel.Parsing.Text;
using NewsModel.Parsing.Treaties;
using System.Runtime.Intrinsics;

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
    // A byte per hash position (the word classes' filter's, the cue filter's, the treaty filter's and the name filter's
    // bits, then one per screened phrase index, each at its bit of TokenMarks), 16 KB, kept in an array of words only
    // for its alignment. The two loads per token touch two cache lines either way. (Sixteen bits per position, for an
    // eighth filter, doubled the table, and the tokenizer's loop took 32,000 more first-level cache misses on the bulk
    // sample, 72,000 -> 104,000.)
    // After them, the marks of each ASCII character, 16 bits each: for a punctuation mark the marks of its token, for a
    // letter the mark it gives a word it starts (AsciiMarks): a loop over tokens reaches all from one reference. Then
    // the marks of each general punctuation mark (GeneralPunctuationMarks).
    private readonly ulong[] _table = new ulong[(ShapeFilter.Positions + (128 + GeneralPunctuationCount) * sizeof(TokenMarks)) / sizeof(ulong) + 1];
    private readonly ShapeFilter _cues;
    private readonly ShapeFilter _classes;
    private readonly TreatyKnowledge _treaties;
    private readonly ShapeFilter _titles;
    private readonly ShapeFilter _names = new();
    private readonly (ShapeFilter Shapes, TokenMarks Mark)[] _phrases;

    /// <summary>The word classes whose shapes the screen marks <see cref="TokenMarks.MayHaveClass"/>.</summary>
    public WordClasses Words { get; }

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
        _classes = words.ClassShapes;
        Words = words;
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
        // A position's byte holds each filter's mark bit. Each filter's set positions are visited 64 at a time: asking
        // every position of every filter was a noticeable part of building a parser.
        for (int word = 0; word < ShapeFilter.Positions / 64; word++)
        {
            Spread(word, _classes.Word(word), TokenMarks.MayHaveClass);
            Spread(word, _cues.Word(word), TokenMarks.MayOpenCue);
            Spread(word, treaties.StartShapes.Word(word), TokenMarks.MayStartTreaty);
            Spread(word, _titles.Word(word) | _names.Word(word), TokenMarks.MayConcernNames);
            foreach (var (shapes, mark) in _phrases) Spread(word, shapes.Word(word), mark);
        }
        _unshapedPunctMark = Unshaped & ~(treaties.MarkBeyondAsciiMayStart ? 0 : TokenMarks.MayStartTreaty);
        // Every ASCII character the tokenizer makes a punctuation token of, marked as Mark marks it there.
        for (char c = '!'; c < '\u0080'; c++)
        {
            if (!char.IsAsciiLetterOrDigit(c)) AsciiMarks(ref Table, c) = MarksOf(c + "   ", new Token(0, 1, TokenKind.Punct));
            else if (char.IsAsciiLetter(c)) AsciiMarks(ref Table, c) = TokenMarks.Screened | CapitalMark(c);
        }
        // A mark beyond ASCII is unshaped: every one of them has the filters' marks, and its own quote or sentence-end mark.
        for (char c = '\u2010'; IsGeneralPunctuation(c); c++) GeneralPunctuationMarks(ref Table, c) = MarksOf(c + "   ", new Token(0, 1, TokenKind.Punct));
    }

    /// <summary>Sets <paramref name="mark"/> in the table at each position of <paramref name="word"/> whose bit is set in <paramref name="positions"/>.</summary>
    private void Spread(int word, ulong positions, TokenMarks mark)
    {
        byte bit = (byte)mark;
        ref byte bytes = ref System.Runtime.CompilerServices.Unsafe.As<ulong, byte>(ref Table);
        while (positions != 0)
        {
            int p = word * 64 + System.Numerics.BitOperations.TrailingZeroCount(positions);
            positions &= positions - 1;
            System.Runtime.CompilerServices.Unsafe.Add(ref bytes, p) |= bit;
        }
    }

    /// <summary>
    /// Marks <paramref name="tokens"/> and appends the index of each one marked <see cref="TokenMarks.MayOpenCue"/> to
    /// <paramref name="cues"/>, of each marked <see cref="TokenMarks.MayStartTreaty"/> to <paramref name="treaties"/> and
    /// of each marked <see cref="TokenMarks.MayConcernNames"/> to <paramref name="names"/>, so that a stage can step from
    /// one to the next instead of walking every token; sets bit k of <paramref name="quoteMarks"/> and of
    /// <paramref name="sentenceEnds"/> (unless empty; see <see cref="List"/>) for each token k marked
    /// <see cref="TokenMarks.QuoteMark"/> and <see cref="TokenMarks.SentenceEnd"/>.
    /// </summary>
    /// <remarks>The tokenizer marks a block's tokens as it makes them (<see cref="Tokenizer.TokenizeScreened(string, int, int, List{Token}, TokenScreen, MarkedTokens, MarkedTokens, MarkedTokens, Span{ulong}, Span{ulong})"/>); this marks tokens made before.</remarks>
    public void Mark(string source, Span<Token> tokens, MarkedTokens cues, MarkedTokens treaties, MarkedTokens names, Span<ulong> quoteMarks = default, Span<ulong> sentenceEnds = default)
    {
        Mark(source, tokens);
        List(tokens, 0, cues, treaties, names, quoteMarks, sentenceEnds);
    }

    /// <summary>Marks <paramref name="tokens"/> as <see cref="Mark(string, Span{Token}, MarkedTokens, MarkedTokens, MarkedTokens, Span{ulong}, Span{ulong})"/> does, and lists none.</summary>
    public void Mark(string source, Span<Token> tokens)
    {
        if (source.Length < 4)
        {
            MarkShort(source, tokens);
        }
        else
        {
            ref ulong table = ref Table;
            var unshapedPunct = _unshapedPunctMark;
            foreach (ref var token in tokens) token = token with { Marks = MarksOf(ref table, source, token, unshapedPunct) };
        }
    }

    /// <summary>
    /// Appends <paramref name="firstIndex"/> + k for each marked token k of <paramref name="tokens"/> to the list of its
    /// mark, as <see cref="Mark(string, Span{Token}, MarkedTokens, MarkedTokens, MarkedTokens, Span{ulong}, Span{ulong})"/>
    /// does, and sets bit <paramref name="firstIndex"/> + k of <paramref name="quoteMarks"/> for each one marked
    /// <see cref="TokenMarks.QuoteMark"/> and of <paramref name="sentenceEnds"/> for each one marked
    /// <see cref="TokenMarks.SentenceEnd"/>. Each of the two is empty, or has room for the bit of the last token's index
    /// and 64 more; their words from the first past the bits of the tokens before <paramref name="firstIndex"/> up to the
    /// one after the last token's are cleared first, so the lists of a block's chunks, in order, need no cleared bitmap.
    /// </summary>
    public static void List(ReadOnlySpan<Token> tokens, int firstIndex, MarkedTokens cues, MarkedTokens treaties, MarkedTokens names,
        Span<ulong> quoteMarks = default, Span<ulong> sentenceEnds = default)
    {
        if (tokens.Length >= 16)
        {
            ListInto(tokens, default, firstIndex, cues, treaties, names, quoteMarks, sentenceEnds);
            return;
        }
        // The listing walk reads sixteen tokens at a time: fewer are read from a group of sixteen, the slots past them masked off.
        Span<Token> group = stackalloc Token[16];
        tokens.CopyTo(group);
        ListInto(group[..tokens.Length], default, firstIndex, cues, treaties, names, quoteMarks, sentenceEnds);
    }

    /// <summary>
    /// Appends <paramref name="made"/> (marked tokens, the next of the block's) to <paramref name="into"/> and lists them
    /// as <see cref="List"/> does, their indexes in <paramref name="into"/>: one walk over the tokens copies them, lists
    /// them and sets their bits. <paramref name="made"/> starts a buffer of sixteen tokens or more (the tokenizer's
    /// chunk, <see cref="Pipeline.TokenBuffers.Chunk"/>): the walk reads sixteen slots even of fewer tokens.
    /// </summary>
    public static void AppendAndList(ReadOnlySpan<Token> made, List<Token> into, MarkedTokens cues, MarkedTokens treaties, MarkedTokens names,
        Span<ulong> quoteMarks, Span<ulong> sentenceEnds)
    {
        int first = into.Count;
        int count = first + made.Length;
        // A new list would take at least four slots: a paragraph of one or two words ("Yes.") gets what it holds.
        if (into.Capacity < count && count < 4) into.Capacity = count;
        // Grows as AddRange grows the list (to the larger of twice its room and the count), so the same arrays are made.
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(into, count);
        ListInto(made, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(into)[first..], first, cues, treaties, names, quoteMarks, sentenceEnds);
    }

    // The walk of List and AppendAndList, out of line, so that it keeps its counts and references in registers. The
    // bitmaps have room for every bit it sets (checked here). The lists are given, not the room reserved in them and
    // counts handed back: a block's call passed and read back six values more.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void ListInto(ReadOnlySpan<Token> tokens, Span<Token> copy, int firstIndex, MarkedTokens cues, MarkedTokens treaties, MarkedTokens names,
        Span<ulong> quoteMarks, Span<ulong> sentenceEnds)
    {
        // The lists get room for every token first, so the loop writes without a test of room or a call.
        ref int cueAt = ref cues.Reserve(tokens.Length + 1), treatyAt = ref treaties.Reserve(tokens.Length + 1), nameAt = ref names.Reserve(tokens.Length + 1);
        // Most tokens are in no list. Sixteen tokens (twelve reads of sixteen bytes) give the low and the high bytes of
        // their marks in two vectors, byte shuffles of the reads ORed together, and each list's marked tokens and each
        // bitmap's bits as a 16-bit mask, one bit per token: a token in no list costs a sixteenth of the reads and
        // shuffles, a listed one a bit scan and a store. The reads are the copy's too, so the tokens are copied to the
        // block's list in the same walk.
        ref int cue = ref cueAt, treaty = ref treatyAt, name = ref nameAt;
        int n = tokens.Length;
        bool copying = !copy.IsEmpty;
        bool bits = !quoteMarks.IsEmpty && !sentenceEnds.IsEmpty;
        // The bit of the last token's index and the word after it (a mask set at an index may pass its word's end).
        if (bits && n > 0 && ((firstIndex + n - 1) >> 6) + 1 >= Math.Min(quoteMarks.Length, sentenceEnds.Length)) ThrowNoRoom();
        if (bits)
        {
            // The words these tokens' bits may reach are cleared here, from the first no token before them reached,
            // where the count is known: a block's caller would clear a word per 64 characters, not per 64 tokens.
            int from = firstIndex == 0 ? 0 : ((firstIndex - 1) >> 6) + 1;
            int to = Math.Min(((firstIndex + n - 1) >> 6) + 2, Math.Min(quoteMarks.Length, sentenceEnds.Length));
            for (int w = from; w < to; w++)
            {
                quoteMarks[w] = 0;
                sentenceEnds[w] = 0;
            }
        }
        // Groups of sixteen from a multiple of sixteen fill whole 16-bit quarters of the bitmaps' words: each a store.
        bool quarters = bits && (firstIndex & 15) == 0 && BitConverter.IsLittleEndian;
        ref ushort quoteQuarters = ref System.Runtime.CompilerServices.Unsafe.As<ulong, ushort>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(quoteMarks));
        ref ushort endQuarters = ref System.Runtime.CompilerServices.Unsafe.As<ulong, ushort>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(sentenceEnds));
        if (n >= 16)
        {
            ref byte from = ref System.Runtime.CompilerServices.Unsafe.As<Token, byte>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(tokens));
            ref byte to = ref copying ? ref System.Runtime.CompilerServices.Unsafe.As<Token, byte>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(copy)) : ref from;
            // Whole groups of sixteen, then the last sixteen, which end at the last token: those a group before took
            // are skipped, not read past the end. (One loop for both shifted every mask by a count that is nearly
            // always 0, and chose each group's start.)
            int k = 0;
            for (; k <= n - 16; k += 16)
            {
                var low = Marks(ref System.Runtime.CompilerServices.Unsafe.Add(ref from, k * TokenBytes), ref System.Runtime.CompilerServices.Unsafe.Add(ref to, k * TokenBytes), copying, out var high);
                int index = firstIndex + k;
                cue = ref Append(ref cue, index, Top(low, 7 - 1));
                treaty = ref Append(ref treaty, index, Top(low, 7 - 2));
                name = ref Append(ref name, index, Top(low, 7 - 3));
                if (quarters)
                {
                    System.Runtime.CompilerServices.Unsafe.Add(ref quoteQuarters, index >> 4) = (ushort)Top(high, 7 - 0);
                    System.Runtime.CompilerServices.Unsafe.Add(ref endQuarters, index >> 4) = (ushort)Top(high, 7 - 1);
                }
                else if (bits)
                {
                    SetBits(quoteMarks, sentenceEnds, index, Top(high, 7 - 0), Top(high, 7 - 1));
                }
            }
            if (k < n)
            {
                int at = n - 16;
                int skip = k - at;
                var low = Marks(ref System.Runtime.CompilerServices.Unsafe.Add(ref from, at * TokenBytes), ref System.Runtime.CompilerServices.Unsafe.Add(ref to, at * TokenBytes), copying, out var high);
                int index = firstIndex + k;
                cue = ref Append(ref cue, index, Top(low, 7 - 1) >> skip);
                treaty = ref Append(ref treaty, index, Top(low, 7 - 2) >> skip);
                name = ref Append(ref name, index, Top(low, 7 - 3) >> skip);
                if (quarters)
                {
                    System.Runtime.CompilerServices.Unsafe.Add(ref quoteQuarters, index >> 4) = (ushort)(Top(high, 7 - 0) >> skip);
                    System.Runtime.CompilerServices.Unsafe.Add(ref endQuarters, index >> 4) = (ushort)(Top(high, 7 - 1) >> skip);
                }
                else if (bits)
                {
                    SetBits(quoteMarks, sentenceEnds, index, Top(high, 7 - 0) >> skip, Top(high, 7 - 1) >> skip);
                }
            }
        }
        else if (n > 0)
        {
            // Fewer than sixteen: read as sixteen from the buffer they start (the callers' promise), the slots past them
            // masked off. A group copied to the stack here cost a copy a block, and a method with a loop and a
            // stackalloc is compiled by the JIT without tiering.
            if (copying) tokens.CopyTo(copy);
            ref byte at = ref System.Runtime.CompilerServices.Unsafe.As<Token, byte>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(tokens));
            var low = Marks(ref at, ref at, false, out var high);
            uint present = (1u << n) - 1;
            cue = ref Append(ref cue, firstIndex, Top(low, 7 - 1) & present);
            treaty = ref Append(ref treaty, firstIndex, Top(low, 7 - 2) & present);
            name = ref Append(ref name, firstIndex, Top(low, 7 - 3) & present);
            if (bits)
            {
                SetBits(quoteMarks, sentenceEnds, firstIndex, Top(high, 7 - 0) & present, Top(high, 7 - 1) & present);
            }
        }
        // Counted as unsigned offsets (never negative): a shift, where a signed division by four rounds toward zero.
        cues.Advance((int)((nuint)System.Runtime.CompilerServices.Unsafe.ByteOffset(ref cueAt, ref cue) >> 2));
        treaties.Advance((int)((nuint)System.Runtime.CompilerServices.Unsafe.ByteOffset(ref treatyAt, ref treaty) >> 2));
        names.Advance((int)((nuint)System.Runtime.CompilerServices.Unsafe.ByteOffset(ref nameAt, ref name) >> 2));
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void ThrowNoRoom() => throw new ArgumentException("A bitmap has no room for the bits of the tokens listed.");

    /// <summary>The bytes of a token (<see cref="Token"/>), as <see cref="Marks"/> reads them.</summary>
    private const int TokenBytes = 12;

    /// <summary>
    /// The low bytes of the marks of the sixteen tokens from <paramref name="from"/> on, token k's in byte k, and their
    /// high bytes in <paramref name="high"/>; copies the tokens to <paramref name="to"/> when <paramref name="copying"/>.
    /// </summary>
    /// <remarks>
    /// A token is twelve bytes (<see cref="Token"/>: start, length, marks, kind), its marks at offset 8: token k's at
    /// bytes 12k + 8 and 12k + 9 of the group, the same place in each read of six (eight tokens). Each read is
    /// shuffled to put its one or two tokens' marks at their places among eight (the other indexes out of range give
    /// zeros) and the six are ORed; the two vectors of eight are then shuffled into the low bytes and the high bytes.
    /// <c>TokenScreenTests</c> hold the layout to these offsets.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Marks(ref byte from, ref byte to, bool copying, out Vector128<byte> high)
    {
        var v0 = Vector128.LoadUnsafe(ref from, 0);
        var v1 = Vector128.LoadUnsafe(ref from, 16);
        var v2 = Vector128.LoadUnsafe(ref from, 32);
        var v3 = Vector128.LoadUnsafe(ref from, 48);
        var v4 = Vector128.LoadUnsafe(ref from, 64);
        var v5 = Vector128.LoadUnsafe(ref from, 80);
        var v6 = Vector128.LoadUnsafe(ref from, 96);
        var v7 = Vector128.LoadUnsafe(ref from, 112);
        var v8 = Vector128.LoadUnsafe(ref from, 128);
        var v9 = Vector128.LoadUnsafe(ref from, 144);
        var v10 = Vector128.LoadUnsafe(ref from, 160);
        var v11 = Vector128.LoadUnsafe(ref from, 176);
        if (copying)
        {
            v0.StoreUnsafe(ref to, 0);
            v1.StoreUnsafe(ref to, 16);
            v2.StoreUnsafe(ref to, 32);
            v3.StoreUnsafe(ref to, 48);
            v4.StoreUnsafe(ref to, 64);
            v5.StoreUnsafe(ref to, 80);
            v6.StoreUnsafe(ref to, 96);
            v7.StoreUnsafe(ref to, 112);
            v8.StoreUnsafe(ref to, 128);
            v9.StoreUnsafe(ref to, 144);
            v10.StoreUnsafe(ref to, 160);
            v11.StoreUnsafe(ref to, 176);
        }
        if (System.Runtime.Intrinsics.X86.Sse2.IsSupported)
        {
            // Token k's marks and kind are the 32 bits at 12k + 8, the third of every three 32-bit lanes: lanes 2, 5,
            // 8 and 11 of each three reads, which two lane shuffles (shufps) gather, four tokens a time. The kinds
            // cleared, two packs make them 16-bit marks (at most 0x7FF) and two more their low and their high bytes:
            // twenty operations for sixteen tokens where the byte shuffles of each read and their ORs took 31.
            var m0 = MarksOfFour(v0, v1, v2);
            var m1 = MarksOfFour(v3, v4, v5);
            var m2 = MarksOfFour(v6, v7, v8);
            var m3 = MarksOfFour(v9, v10, v11);
            var marks = Vector128.Create(0xFFFF);
            var firstEight = System.Runtime.Intrinsics.X86.Sse2.PackSignedSaturate(m0 & marks, m1 & marks);
            var lastEight = System.Runtime.Intrinsics.X86.Sse2.PackSignedSaturate(m2 & marks, m3 & marks);
            var lowByte = Vector128.Create((short)0xFF);
            high = System.Runtime.Intrinsics.X86.Sse2.PackUnsignedSaturate(Vector128.ShiftRightLogical(firstEight, 8), Vector128.ShiftRightLogical(lastEight, 8));
            return System.Runtime.Intrinsics.X86.Sse2.PackUnsignedSaturate(firstEight & lowByte, lastEight & lowByte);
        }
        const byte X = 0xFF;
        var first = Vector128.Create(8, 9, X, X, X, X, X, X, X, X, X, X, X, X, X, X);
        var second = Vector128.Create(X, X, 4, 5, X, X, X, X, X, X, X, X, X, X, X, X);
        var third = Vector128.Create(X, X, X, X, 0, 1, 12, 13, X, X, X, X, X, X, X, X);
        var fourth = Vector128.Create(X, X, X, X, X, X, X, X, 8, 9, X, X, X, X, X, X);
        var fifth = Vector128.Create(X, X, X, X, X, X, X, X, X, X, 4, 5, X, X, X, X);
        var sixth = Vector128.Create(X, X, X, X, X, X, X, X, X, X, X, X, 0, 1, 12, 13);
        var eight = Vector128.Shuffle(v0, first) | Vector128.Shuffle(v1, second) | Vector128.Shuffle(v2, third)
            | Vector128.Shuffle(v3, fourth) | Vector128.Shuffle(v4, fifth) | Vector128.Shuffle(v5, sixth);
        var more = Vector128.Shuffle(v6, first) | Vector128.Shuffle(v7, second) | Vector128.Shuffle(v8, third)
            | Vector128.Shuffle(v9, fourth) | Vector128.Shuffle(v10, fifth) | Vector128.Shuffle(v11, sixth);
        high = Vector128.Shuffle(eight, Vector128.Create(1, 3, 5, 7, 9, 11, 13, 15, X, X, X, X, X, X, X, X))
            | Vector128.Shuffle(more, Vector128.Create(X, X, X, X, X, X, X, X, 1, 3, 5, 7, 9, 11, 13, 15));
        return Vector128.Shuffle(eight, Vector128.Create(0, 2, 4, 6, 8, 10, 12, 14, X, X, X, X, X, X, X, X))
            | Vector128.Shuffle(more, Vector128.Create(X, X, X, X, X, X, X, X, 0, 2, 4, 6, 8, 10, 12, 14));
    }

    /// <summary>
    /// The 32 bits at offset 8 of each of the four tokens that the three reads <paramref name="a"/>, <paramref name="b"/>
    /// and <paramref name="c"/> (48 bytes) hold: lanes 2 of <paramref name="a"/>, 1 of <paramref name="b"/>, 0 and 3 of
    /// <paramref name="c"/>, each a token's marks and kind.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static Vector128<int> MarksOfFour(Vector128<byte> a, Vector128<byte> b, Vector128<byte> c)
    {
        // Lanes 2, 2 of a and 1, 1 of b; then lanes 0 and 2 of that, and 0 and 3 of c.
        var ab = System.Runtime.Intrinsics.X86.Sse.Shuffle(a.AsSingle(), b.AsSingle(), 2 | 2 << 2 | 1 << 4 | 1 << 6);
        return System.Runtime.Intrinsics.X86.Sse.Shuffle(ab, c.AsSingle(), 0 | 2 << 2 | 0 << 4 | 3 << 6).AsInt32();
    }

    /// <summary>Sets bit <paramref name="at"/> + k of <paramref name="quoteMarks"/> for each bit k of <paramref name="quotes"/>, and of <paramref name="sentenceEnds"/> for each of <paramref name="ends"/>.</summary>
    /// <remarks>
    /// Out of line: only a group that does not start at a multiple of sixteen (in a block's later chunks) or of fewer
    /// than sixteen tokens sets bits this way, and three inlined copies spread the listing walk's code over more cache
    /// lines (bulk200: simulated I1 misses in ListInto 51,820 -> 41,733).
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void SetBits(Span<ulong> quoteMarks, Span<ulong> sentenceEnds, int at, uint quotes, uint ends)
    {
        SetBits(quoteMarks, at, quotes);
        SetBits(sentenceEnds, at, ends);
    }

    /// <summary>Sets bit <paramref name="at"/> + k of <paramref name="bits"/> for each bit k of the 16-bit <paramref name="mask"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void SetBits(Span<ulong> bits, int at, uint mask)
    {
        int word = at >> 6, shift = at & 63;
        bits[word] |= (ulong)mask << shift;
        // The bits that pass the word's end, none at a shift of 0 (a shift of 64 would keep them all).
        bits[word + 1] |= (ulong)mask >> 1 >> (63 - shift);
    }

    /// <summary>
    /// The mask of the sixteen bytes of <paramref name="v"/> whose bit 7 - <paramref name="shift"/> is set: of the low
    /// bytes, bit 1 (<see cref="TokenMarks.MayOpenCue"/>), 2 (<see cref="TokenMarks.MayStartTreaty"/>) or 3
    /// (<see cref="TokenMarks.MayConcernNames"/>); of the high bytes, bit 0 (<see cref="TokenMarks.QuoteMark"/>) or 1
    /// (<see cref="TokenMarks.SentenceEnd"/>).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static uint Top(Vector128<byte> v, int shift) =>
        // A byte's bit b moved to its top (shifting 16-bit lanes moves both bytes' bits alike) and the tops read as a mask.
        Vector128.ExtractMostSignificantBits(Vector128.ShiftLeft(v.AsUInt16(), shift).AsByte());

    /// <summary>Writes <paramref name="index"/> + k for each bit k of <paramref name="bits"/> from <paramref name="slot"/> on; returns the slot after them.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ref int Append(ref int slot, int index, uint bits)
    {
        while (bits != 0)
        {
            slot = index + System.Numerics.BitOperations.TrailingZeroCount(bits);
            slot = ref System.Runtime.CompilerServices.Unsafe.Add(ref slot, 1);
            bits &= bits - 1;
        }
        return ref slot;
    }

    /// <summary>The first word of the table, for <see cref="MarksOf(string, Token)"/> and <see cref="AsciiWordMarks"/>.</summary>
    internal ref ulong Table => ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(_table);

    /// <summary>
    /// The marks kept for the ASCII character <paramref name="c"/> (below 128), after the positions' bytes in
    /// <paramref name="table"/>: for a punctuation mark the marks of its token (a one-character token's shape is its
    /// character, so the screen marks each once), for a letter the marks a word starting with it takes from it: its
    /// case (<see cref="CapitalMark"/>) and <see cref="TokenMarks.Screened"/>.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static ref TokenMarks AsciiMarks(ref ulong table, char c) =>
        // The index added as a native-sized number: the character is widened once, with no sign extension of a sum.
        ref System.Runtime.CompilerServices.Unsafe.Add(ref PerCharacter(ref table), (nint)c);

    /// <summary>The first of the marks kept by character, after the positions' bytes.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ref TokenMarks PerCharacter(ref ulong table) =>
        ref System.Runtime.CompilerServices.Unsafe.As<byte, TokenMarks>(ref System.Runtime.CompilerServices.Unsafe.AddByteOffset(ref System.Runtime.CompilerServices.Unsafe.As<ulong, byte>(ref table), ShapeFilter.Positions));

    /// <summary>
    /// True for a character of U+2010 to U+2027 (dashes, curly quotation marks, bullets, the ellipsis): punctuation,
    /// so a token of its own, neither a letter, a digit nor a space, marked <see cref="GeneralPunctuationMarks"/>.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool IsGeneralPunctuation(char c) => (uint)(c - '\u2010') <= '\u2027' - '\u2010';

    /// <summary>The marks of a token of the character <paramref name="c"/> that <see cref="IsGeneralPunctuation"/> takes, kept after the ASCII characters' in <paramref name="table"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static ref TokenMarks GeneralPunctuationMarks(ref ulong table, char c) =>
        ref System.Runtime.CompilerServices.Unsafe.Add(ref PerCharacter(ref table), 128 + ((nint)c - '\u2010'));

    /// <summary>How many characters <see cref="IsGeneralPunctuation"/> takes.</summary>
    private const int GeneralPunctuationCount = '\u2027' - '\u2010' + 1;

    /// <summary>The marks of <paramref name="token"/> of a source of four characters or more.</summary>
    internal TokenMarks MarksOf(string source, Token token) => MarksOf(ref Table, source, token, _unshapedPunctMark);

    /// <summary>
    /// The marks of <paramref name="token"/> of <paramref name="source"/> (four characters or more) against <paramref name="table"/>.
    /// There is no branch on the token's length and no call on any path, so a loop over tokens keeps its values in registers.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static TokenMarks MarksOf(ref ulong table, string source, Token token, TokenMarks unshapedPunct)
    {
        var key = ShapeFilter.KeyOfLong(source, token.Start, token.Length);
        var marks = key.Shaped
            ? Lookup(ref table, key)
            : token.Kind == TokenKind.Punct && source[token.Start] >= '\u0080' ? unshapedPunct : Unshaped;
        // Only a word opens a cue; kinds after Word (0) clear the bit, without a branch on the kind.
        marks &= (TokenMarks)(((int)token.Kind - 1) >> 31 | ~(int)TokenMarks.MayOpenCue);
        // A word that starts with an ASCII capital concerns names: only a word token starts with a letter. A
        // capital beyond ASCII leaves the key unshaped, and an unshaped token is marked anyway.
        return marks | CapitalMark(source[token.Start]) | PunctuationMarks(source, token);
    }

    /// <summary><see cref="TokenMarks.QuoteMark"/> or <see cref="TokenMarks.SentenceEnd"/> for a punctuation token that is such a mark, else none.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static TokenMarks PunctuationMarks(string source, Token token) =>
        token.Kind == TokenKind.Punct ? (TokenMarks)(PunctuationKind(source[token.Start]) << PunctuationKindShift) : TokenMarks.None;

    /// <summary>1 for a quotation mark (<see cref="Text.QuoteScanner.IsMark"/>), 2 for a sentence end (<see cref="Text.Chars.IsSentenceEnd"/>), else 0.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static uint PunctuationKind(char c) =>
        c < 0x80 ? AsciiPunctuationKinds[c] : c == '\u2026' ? 2u : Text.QuoteScanner.IsMark(c) ? 1u : 0u;

    // PunctuationKind of each ASCII character: " ' ` are quotation marks, ! . ? sentence ends.
    private static ReadOnlySpan<byte> AsciiPunctuationKinds =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 2, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    /// <summary>
    /// Where <see cref="PunctuationKind"/> (1 a quotation mark, 2 a sentence end) stands in the marks:
    /// <see cref="TokenMarks.QuoteMark"/> and <see cref="TokenMarks.SentenceEnd"/> are its two bits.
    /// </summary>
    internal const int PunctuationKindShift = 8;

    /// <summary>
    /// The marks of a word of ASCII letters only, of <paramref name="length"/> letters, whose first character is
    /// <paramref name="firstLetter"/>, whose first four characters (as read, past the word's end too, each after the
    /// first ORed with 0x20) are <paramref name="head"/>, <paramref name="wordMask"/> the mask of those that
    /// are the word's (<see cref="ShapeFilter.HeadMask(int)"/> of its length), and whose last is <paramref name="last"/>: the
    /// marks <see cref="MarksOf(string, Token)"/> gives it, without the tests a word of ASCII letters cannot fail.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static TokenMarks AsciiWordMarks(ref ulong table, nuint firstLetter, ulong head, ulong wordMask, int length, char last)
    {
        var (first, second) = ShapeFilter.AsciiPositions(head, wordMask, length, last);
        ref byte bytes = ref System.Runtime.CompilerServices.Unsafe.As<ulong, byte>(ref table);
        int both = System.Runtime.CompilerServices.Unsafe.Add(ref bytes, first) & System.Runtime.CompilerServices.Unsafe.Add(ref bytes, second);
        // The first letter's entry holds the Screened mark beside its capital's; the letter as the caller holds it, not
        // cut from the head again.
        return (TokenMarks)both | System.Runtime.CompilerServices.Unsafe.Add(ref PerCharacter(ref table), firstLetter);
    }

    /// <summary>
    /// The marks of the number <c>chars[start..start+length)</c> of ASCII digits only, with at least four characters
    /// readable from <paramref name="start"/>: the marks <see cref="MarksOf(string, Token)"/> gives it.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static TokenMarks AsciiNumberMarks(ref ulong table, ref char chars, int start, int length)
    {
        ulong head = System.Runtime.CompilerServices.Unsafe.ReadUnaligned<ulong>(ref System.Runtime.CompilerServices.Unsafe.As<char, byte>(ref System.Runtime.CompilerServices.Unsafe.Add(ref chars, start)));
        // A number opens no cue and is not capitalised.
        return Lookup(ref table, ShapeFilter.KeyOf(head, length, System.Runtime.CompilerServices.Unsafe.Add(ref chars, start + length - 1))) & ~TokenMarks.MayOpenCue;
    }

    // Bits 0 to 7 of the marks are the filters' bits: the two positions' bytes ANDed. The table is a byte per position,
    // read as bytes; positions are below ShapeFilter.Positions, so the reads need no bounds checks.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static TokenMarks Lookup(ref ulong table, ShapeKey key)
    {
        ref byte bytes = ref System.Runtime.CompilerServices.Unsafe.As<ulong, byte>(ref table);
        int both = System.Runtime.CompilerServices.Unsafe.Add(ref bytes, (nuint)(uint)key.First) & System.Runtime.CompilerServices.Unsafe.Add(ref bytes, (nuint)(uint)key.Second);
        return TokenMarks.Screened | (TokenMarks)both;
    }

    // A first character from 'A' to 'Z' marks the token as concerning names.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static TokenMarks CapitalMark(char first) => (TokenMarks)(((uint)(first - 'A') <= 'Z' - 'A' ? 1 : 0) << 3);

    // A token with a character beyond ASCII where the shape reads: every filter lets it through, but a mark beyond
    // ASCII starts no treaty unless TreatyKnowledge.MarkBeyondAsciiMayStart says it may.
    private const TokenMarks Unshaped = TokenMarks.Screened | TokenMarks.MayHaveClass | TokenMarks.MayOpenCue | TokenMarks.MayStartTreaty | TokenMarks.MayConcernNames
        | TokenMarks.MayStartGazetteer | TokenMarks.MayStartTitle | TokenMarks.MayStartDescription | TokenMarks.MayStartAdjective;
    private readonly TokenMarks _unshapedPunctMark;

    // A source too short for the one-load key: the same marks, asked of each filter.
    private void MarkShort(string source, Span<Token> tokens)
    {
        foreach (ref var token in tokens)
        {
            var key = ShapeFilter.KeyOf(source, token.Start, token.Length);
            var marks = TokenMarks.Screened;
            if (_classes.MayContain(key)) marks |= TokenMarks.MayHaveClass;
            if (token.Kind == TokenKind.Word && _cues.MayContain(key)) marks |= TokenMarks.MayOpenCue;
            if (_treaties.MayStart(source, token, key)) marks |= TokenMarks.MayStartTreaty;
            if (Chars.IsCapitalized(source, token) || _titles.MayContain(key) || _names.MayContain(key)) marks |= TokenMarks.MayConcernNames;
            foreach (var (shapes, mark) in _phrases)
            {
                if (shapes.MayContain(key)) marks |= mark;
            }
            token = token with { Marks = marks | PunctuationMarks(source, token) };
        }
    }
}
