using NewsModel.Knowledge;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;

namespace NewsModel.Parsing.Text;

/// <summary>
/// One block prepared for attribution: its tokens, which quote each token stands in, its sentences, and the word
/// classes of its tokens. One instance per thread is reused for block after block (<see cref="Load"/>), so its
/// arrays are allocated once, not per paragraph.
/// </summary>
internal sealed class BlockText : ParseScratchPart
{
    /// <summary>Forgets the parse's text; false when a huge block grew the arrays past <see cref="ParseScratch.MaxKeptCapacity"/>.</summary>
    public override bool Release()
    {
        Source = "";
        Block = null!;
        Tokens = null!;
        _words = null!;
        _shortWords = [];
        _cueMarked = [];
        return QuoteOf.Length <= ParseScratch.MaxKeptCapacity && _quoteMarks.Length <= ParseScratch.MaxKeptCapacity;
    }

    private WordClass[] _classes = [];
    // The parse's list of cue-marked tokens and this block's run in it (Block.CueMarked): slot k is token _cueMarked[_cueRun.Start + k].
    private MarkedTokens _cueMarked = [];
    private (int Start, int Count) _cueRun;
    private WordClasses _words = null!;

    /// <summary>Reads <paramref name="block"/>: scans its quotes and sentences and tokenizes it (tokens stay on the block).</summary>
    public void Load(ParseContext ctx, Block block)
    {
        // The parse's source, word table and list of marked tokens are the same from block to block: stored again only
        // when they change (each store of a reference is a call of the collector's write barrier, 15,000 per 200 bulk articles).
        if (!ReferenceEquals(Source, ctx.Source)) Source = ctx.Source;
        Block = block;
        if (!ReferenceEquals(_words, ctx.Knowledge.Words))
        {
            _words = ctx.Knowledge.Words;
            _shortWords = _words.ShortWords;
            _shortMask = _words.ShortMask;
            _shortShift = _words.ShortShift;
            _classMarked = ReferenceEquals(ctx.Knowledge.Screen.Words, _words);
        }
        // A bit per character and 64 more: room for a bit per token of the block, whatever its tokens.
        int bitWords = ((block.End - block.Start) >> 6) + 2;
        if (_quoteMarks.Length < bitWords)
        {
            int size = Math.Max(bitWords, _quoteMarks.Length * 2);
            _quoteMarks = new ulong[size];
            _sentenceEnds = new ulong[size];
        }
        // The quote scanner and the sentence splitter act only on quotation marks and sentence ends, each a punctuation
        // token of its own, and step from mark to mark by a bit per token. The walk that lists the block's marked
        // tokens as they are made sets the bits; a block tokenized before (a short one made again) is walked for them.
        Tokens = Tokenizer.Of(ctx, block, _quoteMarks.AsSpan(0, bitWords), _sentenceEnds.AsSpan(0, bitWords), out bool bitsSet);
        int n = Tokens.Count;
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Tokens);
        int words = (n >> 6) + 1;
        var quoteMarks = _quoteMarks.AsSpan(0, words);
        var sentenceEnds = _sentenceEnds.AsSpan(0, words);
        if (!bitsSet)
        {
            quoteMarks.Clear();
            sentenceEnds.Clear();
            MarkPunctuation(tokens, quoteMarks, sentenceEnds);
        }
        int quoteCapacity = Quotes.Capacity;
        // Each token stands in the quote whose marks enclose its start (quotes are outermost only, in order): the scan
        // fills each quote's tokens as it finds the quote, where the arrays have room (nearly always after the first
        // blocks); otherwise they are made after it, as the scan may have left garbage to collect first, and filled below.
        // Every slot past the tokens of the last block that had a quote is -1 already: only those are reset, and a block
        // after one with none (a third of the blocks has no quotation mark) resets none.
        bool filling = QuoteOf.Length >= n + 1;
        if (filling && _quoted > 0)
        {
            QuoteOf.AsSpan(0, _quoted).Fill(-1);
            _quoted = 0;
        }
        // A block with no quotation mark (a third of them) has no quote to scan for.
        if (NextBit(quoteMarks, 0) >= 0) QuoteScanner.Scan(ctx, block, tokens, quoteMarks, _openMarks, Quotes, filling ? QuoteOf : null);
        else Quotes.Clear();
        // The scan fills the slots of the block's tokens only.
        if (Quotes.Count > 0) _quoted = n;
        // A block of a huge input may hold hundreds of thousands of quotes: the arrays the list outgrew while the
        // block's tokens were live (together about its final size) are collected before the block's next tables.
        if (Quotes.Capacity > quoteCapacity && Quotes.Capacity >= MinOutgrownQuotes) ctx.CollectReleased();
        if (QuoteOf.Length < n + 1)
        {
            int size = Math.Max(n + 1, QuoteOf.Length * 2);
            QuoteOf = new int[size];
            QuoteOf.AsSpan().Fill(-1);
            _quoted = Quotes.Count > 0 ? n : 0;
            _classes = new WordClass[size];
            _classesLookedUp = 0;
        }
        // Only the slots the last block looked up hold a class (every one past them is clear): a block the reader reads
        // nothing in clears none. Spans, not Array.Clear(array, index, length): that one checks the array's type and
        // rank at run time (about 70 instructions a call in ahead-of-time code).
        if (_classesLookedUp > 0)
        {
            _classes.AsSpan(0, _classesLookedUp).Clear();
            _classesLookedUp = 0;
        }
        if (!ReferenceEquals(_cueMarked, ctx.CueMarked)) _cueMarked = ctx.CueMarked;
        _cueRun = block.CueMarked;
        _slotToken = -1;
        _lastSlot = 0;
        if (!filling)
        {
            // One fill per quote instead of a test per token (the new array is -1 throughout).
            var quoteOf = QuoteOf.AsSpan(0, n);
            var quotes = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Quotes);
            int from = 0;
            for (int q = 0; q < quotes.Length; q++)
            {
                from = FirstTokenAt(tokens, quotes[q].Open, from);
                int to = FirstTokenAt(tokens, quotes[q].End, from);
                quoteOf[from..to].Fill(q);
                from = to;
            }
        }
        // The cue candidates are chosen by the attribution reader when it starts on the block (AttributionReader.Reset).
        CueCandidates.Clear();
        _split = false;
    }

    /// <summary>
    /// Splits the block into sentences when they are first asked for (<see cref="Sentences"/>, <see cref="StartsSentence"/>):
    /// a block the reader has nothing to read in (no quote and no cue candidate left) asks for none.
    /// </summary>
    private void Split()
    {
        int words = (Tokens.Count >> 6) + 1;
        SentenceSplitter.Split(Source, Block, Quotes, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Tokens), _sentenceEnds.AsSpan(0, words), _sentences);
        _split = true;
    }

    // The slots of QuoteOf from this one on are -1: the tokens of the loaded block when its quotes filled any, else 0.
    private int _quoted;

    /// <summary>One past the last slot of the classes looked up since the last block was loaded: every slot from it on is clear.</summary>
    private int _classesLookedUp;

    /// <summary>True once the loaded block is split into sentences (<see cref="Split"/>).</summary>
    private bool _split;
    private readonly List<(int Start, int End)> _sentences = [];

    private readonly QuoteScanner.OpenMarks _openMarks = new();

    /// <summary>A quote list grown to this many slots (1 MiB of quotes) in one block has left about as much garbage.</summary>
    private const int MinOutgrownQuotes = 1 << 16;

    // One bit per token: set at a quotation mark (QuoteScanner.IsMark) and at a sentence end (Chars.IsSentenceEnd), by
    // the tokenizer's listing walk or MarkPunctuation. A bit per character of the block and 64 more.
    private ulong[] _quoteMarks = [];
    private ulong[] _sentenceEnds = [];

    /// <summary>
    /// Sets the bit of each token of <paramref name="tokens"/> that is a quotation mark in <paramref name="quoteMarks"/>,
    /// and of each that ends a sentence in <paramref name="sentenceEnds"/> (both cleared), as the screen marked them.
    /// </summary>
    /// <remarks>
    /// Every such character is a punctuation token of its own (neither a letter, a digit nor a space), so the bits
    /// stand for every position of those characters in the block, as a search over its characters would find them.
    /// The screen marks them (<see cref="TokenMarks.QuoteMark"/>, <see cref="TokenMarks.SentenceEnd"/>) from its table
    /// of marks by character as it makes the token, so a comma or a hyphen is passed as a word is, by its marks alone,
    /// where the source's character was read again and classed for each of them. Only for a block whose tokens were
    /// made before: the tokenizer's listing walk sets the bits as it lists the tokens.
    /// </remarks>
    private static void MarkPunctuation(ReadOnlySpan<Token> tokens, Span<ulong> quoteMarks, Span<ulong> sentenceEnds)
    {
        // Four tokens a turn, read at fixed offsets from one reference: for most tokens the loop's own work (an index
        // scaled to the token, a count and a test) was most of the cost.
        ref Token first = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(tokens);
        int k = 0;
        for (; k + 4 <= tokens.Length; k += 4)
        {
            ref Token four = ref System.Runtime.CompilerServices.Unsafe.Add(ref first, k);
            if ((four.Marks & PunctuationMarks) != 0) MarkPunctuation(four.Marks, k, quoteMarks, sentenceEnds);
            if ((System.Runtime.CompilerServices.Unsafe.Add(ref four, 1).Marks & PunctuationMarks) != 0) MarkPunctuation(System.Runtime.CompilerServices.Unsafe.Add(ref four, 1).Marks, k + 1, quoteMarks, sentenceEnds);
            if ((System.Runtime.CompilerServices.Unsafe.Add(ref four, 2).Marks & PunctuationMarks) != 0) MarkPunctuation(System.Runtime.CompilerServices.Unsafe.Add(ref four, 2).Marks, k + 2, quoteMarks, sentenceEnds);
            if ((System.Runtime.CompilerServices.Unsafe.Add(ref four, 3).Marks & PunctuationMarks) != 0) MarkPunctuation(System.Runtime.CompilerServices.Unsafe.Add(ref four, 3).Marks, k + 3, quoteMarks, sentenceEnds);
        }
        for (; k < tokens.Length; k++)
        {
            if ((tokens[k].Marks & PunctuationMarks) != 0) MarkPunctuation(tokens[k].Marks, k, quoteMarks, sentenceEnds);
        }
    }

    private const TokenMarks PunctuationMarks = TokenMarks.QuoteMark | TokenMarks.SentenceEnd;

    /// <summary>Sets bit <paramref name="k"/> of <paramref name="quoteMarks"/> or <paramref name="sentenceEnds"/> as token <paramref name="k"/>'s <paramref name="marks"/> say it is a quotation mark or a sentence end.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void MarkPunctuation(TokenMarks marks, int k, Span<ulong> quoteMarks, Span<ulong> sentenceEnds)
    {
        if ((marks & TokenMarks.QuoteMark) != 0) quoteMarks[k >> 6] |= 1UL << k;
        else sentenceEnds[k >> 6] |= 1UL << k;
    }

    /// <summary>The index of the first bit set in <paramref name="bits"/> at or after <paramref name="from"/>, or -1.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static int NextBit(ReadOnlySpan<ulong> bits, int from)
    {
        int w = from >> 6;
        if (w >= bits.Length) return -1;
        ulong word = bits[w] & (~0UL << from);
        while (word == 0)
        {
            if (++w == bits.Length) return -1;
            word = bits[w];
        }
        return (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(word);
    }

    /// <summary>
    /// The word tokens outside quotes that may open a speech cue, in order: the only places the attribution stage
    /// tries a cue, so its searches step from candidate to candidate instead of over every token. Empty after
    /// <see cref="Load"/>; the attribution reader fills it from <see cref="CueMarkedRun"/> when it starts on the block.
    /// </summary>
    public List<int> CueCandidates { get; } = [];

    /// <summary>
    /// The block's tokens marked <see cref="TokenMarks.MayOpenCue"/>, in order: token <c>CueMarkedRun[k]</c> has cue slot
    /// k (<see cref="CueSlot"/>), and every cue candidate is one of them.
    /// </summary>
    public ReadOnlySpan<int> CueMarkedRun => _cueMarked.Slice(_cueRun.Start, _cueRun.Count);

    /// <summary>The index in <see cref="CueCandidates"/> of the first candidate at or after token <paramref name="i"/>.</summary>
    public int FirstCandidateAt(int i)
    {
        // Candidates are distinct and in order: the search finds i, or the complement of where it would go.
        int found = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(CueCandidates).BinarySearch(i);
        return found >= 0 ? found : ~found;
    }

    /// <summary>How many cue slots the block has: one per token the screen marked <see cref="TokenMarks.MayOpenCue"/>.</summary>
    public int CueSlotCount => _cueRun.Count;

    /// <summary>
    /// The cue slot of token <paramref name="i"/>: its index among the block's tokens marked
    /// <see cref="TokenMarks.MayOpenCue"/>, or -1 when it is not marked. Per-token memos of the cue readings are kept
    /// per slot, so a block of a million tokens with few cue words needs few.
    /// </summary>
    public int CueSlot(int i)
    {
        // The same token is asked for again at once (its cue read, then its phrase matched): the last answer is kept.
        if (i == _slotToken) return _slot;
        var marked = _cueMarked.Slice(_cueRun.Start, _cueRun.Count);
        _slotToken = i;
        // The sentence passes ask about the cue candidates in order, most of them the next marked token or the one after:
        // a few slots past the last one found are looked at before the search.
        int k = _lastSlot;
        if ((uint)k < (uint)marked.Length && marked[k] < i)
        {
            int stop = Math.Min(marked.Length, k + 1 + SlotsWalked);
            for (k++; k < stop && marked[k] < i; k++) { }
            if (k < stop)
            {
                _slot = marked[k] == i ? k : -1;
                if (_slot >= 0) _lastSlot = k;
                return _slot;
            }
        }
        int found = marked.BinarySearch(i);
        _slot = found >= 0 ? found : -1;
        if (found >= 0) _lastSlot = found;
        return _slot;
    }

    /// <summary>How many slots past the last one found <see cref="CueSlot"/> looks at before it searches.</summary>
    private const int SlotsWalked = 4;

    private int _slotToken = -1;
    private int _slot;
    private int _lastSlot;

    /// <summary>True when token <paramref name="i"/> opens a sentence.</summary>
    /// <remarks>
    /// Searched among the sentences' starts (in order): a bit per sentence start, set and cleared at every split, cost
    /// more on the 2,167 blocks split of 200 bulk articles than the few asks it answered (the split's own instructions
    /// 279 K -> 97 K, these asks 7 K -> 16 K).
    /// </remarks>
    public bool StartsSentence(int i)
    {
        if (!_split) Split();
        var sentences = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_sentences);
        int lo = 0, hi = sentences.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sentences[mid].Start < i) lo = mid + 1;
            else hi = mid;
        }
        return lo < sentences.Length && sentences[lo].Start == i;
    }

    /// <summary>The word classes of token <paramref name="i"/>, looked up on first use and kept.</summary>
    /// <remarks>Inlined: a token's classes are asked again and again, and only the first ask looks them up.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public WordClass Classes(int i)
    {
        var c = _classes[i];
        return c != WordClass.None ? c : LookUpClasses(i);
    }

    private WordClass LookUpClasses(int i)
    {
        var token = TokenAt(i);
        // No branch: the slots asked first come in no order a predictor learns (a branch here mispredicted often).
        _classesLookedUp = Math.Max(_classesLookedUp, i + 1);
        // The screen marked the token by the shapes of the listed words: one it turned away (most names and nouns asked,
        // and short words such as "Mr" or "new") is in no list, answered without a lookup. (The word classes' own test
        // of a longer word's shape, one hash of 64 K bits, answered fewer words than the mark and cost more.)
        if ((token.Marks & (TokenMarks.Screened | TokenMarks.MayHaveClass)) == TokenMarks.Screened && _classMarked)
        {
            _classes[i] = WordClass.Known;
            return WordClass.Known;
        }
        // A word of up to eight characters ("the", "said", "minister": most of the words asked) is read as eight
        // characters at once and, when all of its are ASCII, answered by the word classes' table of such words, exactly
        // and with no compare of its characters.
        var source = Source;
        if ((uint)(token.Length - 1) < WordClasses.MaxShortLength && token.Start <= source.Length - 8)
        {
            ulong key = ShortKey(ref System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.CompilerServices.Unsafe.AsRef(in source.GetPinnableReference()), token.Start), token.Length, out bool ascii);
            if (ascii)
            {
                var c = WordClasses.OfShort(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(_shortWords), _shortMask, _shortShift, key);
                _classes[i] = c;
                return c;
            }
        }
        // The rest out of line, so that the answers above keep no value across a call and need no saved registers.
        return LookUpWord(i, token.Start, token.Length);
    }

    /// <summary>
    /// <see cref="WordClasses.TryShortKey"/> of the word of <paramref name="length"/> (1 to 8) characters at
    /// <paramref name="first"/>, read as eight characters (all readable), and whether it is ASCII alone (the key is
    /// meaningless when not).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static ulong ShortKey(ref char first, int length, out bool ascii)
    {
        var v = System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref System.Runtime.CompilerServices.Unsafe.As<char, ushort>(ref first))
            & System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(WordLanes), (nuint)(uint)(8 - length));
        ascii = (v & System.Runtime.Intrinsics.Vector128.Create((ushort)0xFF80)) == System.Runtime.Intrinsics.Vector128<ushort>.Zero;
        // 'A' to 'Z' moved to the 26 highest 16-bit values: one signed compare finds them, and their bit 0x20 is set.
        var upper = System.Runtime.Intrinsics.Vector128.GreaterThan(
            System.Runtime.Intrinsics.Vector128.AsInt16(v + System.Runtime.Intrinsics.Vector128.Create((ushort)(short.MaxValue - 'Z'))),
            System.Runtime.Intrinsics.Vector128.Create((short)(short.MaxValue - 26)));
        v |= System.Runtime.Intrinsics.Vector128.AsUInt16(upper) & System.Runtime.Intrinsics.Vector128.Create((ushort)0x20);
        return System.Runtime.Intrinsics.Vector128.ToScalar(System.Runtime.Intrinsics.Vector128.AsUInt64(System.Runtime.Intrinsics.Vector128.Narrow(v, v)));
    }

    // Eight lanes kept and eight cleared: the eight read from 8 - length on keep a word's lanes and clear those past it.
    private static readonly ushort[] WordLanes = [0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0, 0, 0, 0, 0, 0, 0, 0];

    /// <summary>The classes of token <paramref name="i"/> (at <paramref name="start"/>, <paramref name="length"/> characters) that neither its mark nor the table of short words answered (a longer word, one beyond ASCII, one in the source's last eight characters), from the word table, kept.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private WordClass LookUpWord(int i, int start, int length)
    {
        var c = _words.Of(Source.AsSpan(start, length));
        _classes[i] = c;
        return c;
    }

    // The word classes' table of short words (WordClasses.ShortWords), kept with the table it belongs to.
    private ulong[] _shortWords = [];
    private nuint _shortMask;
    private int _shortShift;

    /// <summary>True when the tokens' <see cref="TokenMarks.MayHaveClass"/> is the answer of the word classes asked here.</summary>
    private bool _classMarked;

    /// <summary>
    /// True when token <paramref name="i"/> may open a speech cue: the screen's mark rules out nearly every token
    /// without a table lookup, and the word classes (looked up once per token) decide the rest.
    /// </summary>
    public bool MayOpenCue(int i) => (TokenAt(i).Marks & TokenMarks.MayOpenCue) != 0 && IsIn(i, WordClass.CueStart | WordClass.CueAnchor);

    /// <summary>
    /// The longest cue phrase of <paramref name="cues"/> starting at token <paramref name="i"/> and ending by token
    /// <paramref name="limit"/>, as <see cref="PhraseIndex{T}.TryMatch(string, List{Token}, int, int, out T, out int)"/> finds it.
    /// </summary>
    /// <remarks>
    /// Not kept per token: the attribution reader keeps each cue it reads (<c>CueCache</c>), so a phrase is matched
    /// again only for another limit, which is rare; a memo of its own cost more to keep than the few matches it saved.
    /// </remarks>
    public bool TryMatchCue(PhraseIndex<CueEntry> cues, int i, int limit, out CueEntry entry, out int end)
    {
        if (!IsIn(i, WordClass.CueStart))
        {
            entry = null!;
            end = i;
            return false;
        }
        return cues.TryMatch(Source, Tokens, i, limit, out entry, out end);
    }

    /// <summary>True when token <paramref name="i"/> is in any of the classes <paramref name="classes"/>.</summary>
    public bool IsIn(int i, WordClass classes) => (Classes(i) & classes) != 0;

    public string Source { get; private set; } = "";
    public Block Block { get; private set; } = null!;
    public List<Quote> Quotes { get; } = [];
    public List<Token> Tokens { get; private set; } = null!;
    /// <summary>For each token, the index of the top-level quote it stands in (marks included), or -1; longer than the token count.</summary>
    public int[] QuoteOf { get; private set; } = [];
    /// <summary>Sentences as token ranges [start, end), split when first asked for.</summary>
    public List<(int Start, int End)> Sentences
    {
        get
        {
            if (!_split) Split();
            return _sentences;
        }
    }

    /// <summary>Token <paramref name="i"/> of the block (an index past the tokens throws).</summary>
    /// <remarks>
    /// Through the list's indexer: reading the list's private array instead saved 0.4 % of the instructions, but a
    /// library that reads another type's private fields breaks on the runtime that renames them, and the public span
    /// view (<c>CollectionsMarshal.AsSpan</c>) per read cost 2.8 % more in ahead-of-time code.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public Token TokenAt(int i) => Tokens[i];

    // The token accessors are asked millions of times per megabyte: one read of the token each, and inlined, also
    // where code is compiled ahead of time without a profile.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> Word(int i)
    {
        var t = TokenAt(i);
        return Source.AsSpan(t.Start, t.Length);
    }

    public bool Is(int i, string word) => Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool IsPunct(int i, char c)
    {
        var t = TokenAt(i);
        return t.Kind == TokenKind.Punct && Source[t.Start] == c;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool IsComma(int i) => IsPunct(i, ',');

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool IsWord(int i) => TokenAt(i).Kind == TokenKind.Word;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool InQuote(int i) => QuoteOf[i] >= 0;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool IsCapitalized(int i) => Chars.IsCapitalized(Source, TokenAt(i));

    public bool IsClosedClass(int i) => IsIn(i, WordClass.ClosedClass);

    public bool IsPronoun(int i) => IsWord(i) && IsIn(i, WordClass.Pronoun);

    /// <summary>True when token <paramref name="i"/> is the closing mark of a quote.</summary>
    /// <remarks>Inlined: it is asked of tokens all over the attribution searches, nearly all of them outside quotes.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool IsQuoteClose(int i) => QuoteOf[i] >= 0 && ClosesItsQuote(i);

    private bool ClosesItsQuote(int i)
    {
        ref readonly var quote = ref System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Quotes)[QuoteOf[i]];
        return quote.Closed && TokenAt(i).End == quote.End;
    }

    /// <summary>
    /// The index of the first quote opening at or after source offset <paramref name="pos"/>. The scanner keeps
    /// only outermost quotes, in order, so the quotes opening in a range are the ones from here on.
    /// </summary>
    public int FirstQuoteAt(int pos)
    {
        int lo = 0, hi = Quotes.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Quotes[mid].Open < pos) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>The index of the first token at or after source offset <paramref name="pos"/>.</summary>
    public int FirstTokenAt(int pos) => FirstTokenAt(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Tokens), pos, 0);

    /// <summary>The index of the first of <paramref name="tokens"/> at or after source offset <paramref name="pos"/>, searching from index <paramref name="lo"/> on.</summary>
    internal static int FirstTokenAt(ReadOnlySpan<Token> tokens, int pos, int lo)
    {
        int hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < pos) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
