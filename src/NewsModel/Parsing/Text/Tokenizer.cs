using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;

namespace NewsModel.Parsing.Text;

internal static class Tokenizer
{
    /// <summary>The tokens of <paramref name="block"/>, tokenized on first use and kept on the block; callers must not change the list.</summary>
    /// <remarks>
    /// The list is taken from the parse's pool and goes back to it when the parse ends, so a thread parsing many
    /// articles reuses a few lists instead of allocating about three bytes of tokens per input character each time.
    /// Its tokens are screened (<see cref="TokenScreen"/>) while they are still in the cache.
    /// A block of at most <see cref="MaxKeptShortBlock"/> characters keeps no list: its few tokens are made again,
    /// into one list of the parse, each time a stage asks, so the list is valid only until the next call.
    /// </remarks>
    /// <remarks>Inlined up to the test of a list kept: most asks, by the stages after the first, find it (5,187 of 8,231 on 200 bulk articles).</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static List<Token> Of(ParseContext ctx, Block block)
    {
        var tokens = block.Tokens;
        return tokens is not null && !ReferenceEquals(tokens, NotKept) ? tokens : Made(ctx, block);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static List<Token> Made(ParseContext ctx, Block block) => Of(ctx, block, default, default, out _);

    /// <summary>
    /// As <see cref="Of(ParseContext, Block)"/>; when this call tokenizes the block with its lists, it also sets in
    /// <paramref name="quoteMarks"/> and <paramref name="sentenceEnds"/> (their words up to the last token's and one more cleared first) the bit of each token marked
    /// <see cref="TokenMarks.QuoteMark"/> and <see cref="TokenMarks.SentenceEnd"/>, and <paramref name="bitsSet"/> says
    /// so. Each has room for a bit per character of the block and 64 more.
    /// </summary>
    /// <remarks>Inlined in its one caller, <see cref="BlockText.Load"/>, which asks it once per block: the call and its arguments cost about 80 instructions a block.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static List<Token> Of(ParseContext ctx, Block block, Span<ulong> quoteMarks, Span<ulong> sentenceEnds, out bool bitsSet)
    {
        bitsSet = false;
        var tokens = block.Tokens;
        if (tokens is not null && !ReferenceEquals(tokens, NotKept)) return tokens;
        var buffers = ctx.TokenBuffers;
        bool shortBlock = block.End - block.Start <= MaxKeptShortBlock;
        if (shortBlock && tokens is not null)
        {
            // Tokenized and screened before: the same tokens and marks again, the block's marked runs as they were.
            tokens = buffers.ShortBlockTokens;
            tokens.Clear();
            TokenizeScreened(ctx.Source, block.Start, block.End, tokens, ctx.Knowledge.Screen);
            ctx.CountWork(tokens.Count);
            return tokens;
        }
        // A block's list is rented once its first chunk is made, so that it may be one that holds the block's tokens.
        if (shortBlock)
        {
            tokens = buffers.ShortBlockTokens;
            tokens.Clear();
        }
        else
        {
            tokens = null;
        }
        var cues = buffers.CueMarked;
        var treaties = buffers.TreatyMarked;
        var names = buffers.NameMarked;
        int cueStart = cues.Count, treatyStart = treaties.Count, nameStart = names.Count;
        // The words of the tokens' bits are cleared by the walk that sets them (TokenScreen.List), where the count of
        // tokens is known.
        bitsSet = !quoteMarks.IsEmpty && !sentenceEnds.IsEmpty;
        tokens = TokenizeScreenedListing(ctx.Source, block.Start, block.End, tokens, buffers, ctx.Knowledge.Screen, quoteMarks, sentenceEnds, out bool simplySpaced);
        ctx.CountWork(tokens.Count);
        block.SimplySpaced = simplySpaced;
        block.CueMarked = (cueStart, cues.Count - cueStart);
        block.TreatyMarked = (treatyStart, treaties.Count - treatyStart);
        block.NameMarked = (nameStart, names.Count - nameStart);
        if (ctx.Source.Length >= LargeInputCollector.MinLength)
        {
            TrimAfterLargeBlock(cues, tokens.Count);
            TrimAfterLargeBlock(treaties, tokens.Count);
            TrimAfterLargeBlock(names, tokens.Count);
        }
        block.Tokens = shortBlock ? NotKept : tokens;
        return tokens;
    }

    /// <summary>
    /// Blocks of at most this many characters keep no token list: a list and its array cost 56 bytes beside the
    /// tokens, more than the characters of a paragraph such as "Yes." (six with its blank line), and making a few
    /// tokens again costs less than keeping them.
    /// </summary>
    internal const int MaxKeptShortBlock = 32;

    /// <summary>Stands on a short block whose tokens were made and screened once but are not kept.</summary>
    private static readonly List<Token> NotKept = [];

    /// <summary>A marked-token list is trimmed only when more than this many of its slots stand empty.</summary>
    private const int MaxEmptyMarkedSlots = 1 << 16;

    /// <summary>
    /// Gives back the room the screen reserved for a huge block: it makes room for every token of a block in each
    /// marked-token list, and few tokens are marked, so after one block of a million tokens each list would keep
    /// four bytes per token for the rest of the parse. Trimmed only after a block of more tokens than the list
    /// holds, so the copy costs less than tokenizing that block did and the trims stay linear in the input; only in
    /// an input the <see cref="LargeInputCollector"/> works for, where the copy's allocation buys a lower peak.
    /// </summary>
    private static void TrimAfterLargeBlock(MarkedTokens marked, int blockTokens)
    {
        if (marked.Capacity - marked.Count > MaxEmptyMarkedSlots && blockTokens > marked.Count) marked.TrimExcess();
    }

    /// <summary>Appends the tokens of <c>source[start..end)</c> to <paramref name="into"/>.</summary>
    /// <remarks>
    /// The tokens are written straight into the list's room, a chunk of characters at a time (at most one token starts
    /// per character, so a chunk needs as many slots), and the list is then cut to the tokens made: no buffer to copy
    /// from, and no <c>stackalloc</c> in a loop, which the JIT compiles without tiering. The list's room grows with the
    /// characters of a chunk at most (<see cref="Chunk"/>), never with those of a long text.
    /// </remarks>
    public static void Tokenize(string source, int start, int end, List<Token> into)
    {
        if (end - start > CountFirstAbove) ReserveCounted(source, start, end, into);
        for (int i = start; i < end;)
        {
            int count = into.Count;
            System.Runtime.InteropServices.CollectionsMarshal.SetCount(into, count + Math.Min(Chunk, end - i));
            int n = TokenizeChunk(source, ref i, end, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(into)[count..]);
            System.Runtime.InteropServices.CollectionsMarshal.SetCount(into, count + n);
        }
    }

    /// <summary>
    /// Gives <paramref name="into"/> room for the tokens of <c>source[start..end)</c>, counted first, and a chunk more.
    /// </summary>
    /// <remarks>
    /// A list that doubles holds up to twice its tokens, and three times while it copies: on a block of megabytes, tens
    /// of bytes per character. Counted first (in the list's own room past its tokens), the tokens go into a list of
    /// their size and one chunk's room, which the last chunk's writes may reach.
    /// </remarks>
    private static void ReserveCounted(string source, int start, int end, List<Token> into)
    {
        int count = into.Count;
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(into, count + Chunk);
        var scratch = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(into)[count..];
        long total = count;
        for (int at = start; at < end;) total += TokenizeChunk(source, ref at, end, scratch);
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(into, count);
        int room = (int)Math.Min(Array.MaxLength, total + Chunk);
        if (into.Capacity < room) into.Capacity = room;
    }

    /// <summary>
    /// Appends the tokens of <c>source[start..end)</c> to the empty list <paramref name="into"/> marked by
    /// <paramref name="screen"/>, lists the marked ones and sets the bits of <paramref name="quoteMarks"/> and
    /// <paramref name="sentenceEnds"/> (each empty, or with room for a bit per character and 64 more) as
    /// <see cref="TokenScreen.Mark(string, Span{Token}, MarkedTokens, MarkedTokens, MarkedTokens, Span{ulong}, Span{ulong})"/> does: the same tokens, marks, lists and bits as <see cref="Tokenize"/> followed by that.
    /// </summary>
    /// <remarks>
    /// A token is marked where it is made, while its characters are at hand: a word of ASCII letters skips the tests
    /// only other tokens need, and an ASCII punctuation mark (a one-character token, so its shape is its character)
    /// takes its marks from a table of 128. Marking in a second walk read every token and its first characters again.
    /// Made in a chunk of its own (the parse's is <see cref="TokenBuffers.Chunk"/>), for tests.
    /// </remarks>
    public static void TokenizeScreened(string source, int start, int end, List<Token> into, TokenScreen screen, MarkedTokens cues, MarkedTokens treaties, MarkedTokens names,
        Span<ulong> quoteMarks = default, Span<ulong> sentenceEnds = default)
    {
        var buffers = new TokenBuffers(cues, treaties, names);
        TokenizeScreenedListing(source, start, end, into, buffers, screen, quoteMarks, sentenceEnds, out _);
    }

    /// <summary>
    /// As <see cref="TokenizeScreened(string, int, int, List{Token}, TokenScreen, MarkedTokens, MarkedTokens, MarkedTokens, Span{ulong}, Span{ulong})"/>
    /// without listing the marked tokens: for tokens made again or read once, whose marks are all their reader needs.
    /// </summary>
    /// <remarks>
    /// Listing a chunk's marked tokens cost about 570 instructions beside its few tokens. Written straight into the
    /// list's room, as <see cref="Tokenize"/> writes them: the texts are short (a phrase, a short block made again).
    /// </remarks>
    public static void TokenizeScreened(string source, int start, int end, List<Token> into, TokenScreen screen)
    {
        if (end - start > CountFirstAbove || source.Length < 4)
        {
            // A huge text goes into a list of its exact size (see Tokenize); a source too short for the one-load shape
            // key is marked filter by filter.
            Tokenize(source, start, end, into);
            screen.Mark(source, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(into));
            return;
        }
        bool oddSpace = false;
        for (int i = start; i < end;)
        {
            int count = into.Count;
            System.Runtime.InteropServices.CollectionsMarshal.SetCount(into, count + Math.Min(Chunk, end - i));
            int n = TokenizeScreenedChunk(source, ref i, end, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(into)[count..], screen, ref oddSpace);
            System.Runtime.InteropServices.CollectionsMarshal.SetCount(into, count + n);
        }
    }

    /// <summary>
    /// The listing tokenizer of a block: appends the tokens of <c>source[start..end)</c> to <paramref name="into"/> (or,
    /// when it is null, to a list rented from <paramref name="buffers"/> for the tokens of the block's first chunk, or
    /// of its every chunk at that rate), marked, and lists the marked ones in the lists of <paramref name="buffers"/>;
    /// returns the list. <paramref name="simplySpaced"/> is true when the only whitespace in <c>source[start..end)</c>
    /// is single plain spaces, as <see cref="Chars.IsSimplySpaced"/> would find it (false also where that was not looked at).
    /// </summary>
    /// <remarks>
    /// The tokens are made in the buffers' chunk (<see cref="TokenBuffers.Chunk"/>) and copied to the list by the walk
    /// that lists them. The list is rented once the first chunk is made, so that it may be one that holds the tokens.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static List<Token> TokenizeScreenedListing(string source, int start, int end, List<Token>? into, TokenBuffers buffers, TokenScreen screen,
        Span<ulong> quoteMarks, Span<ulong> sentenceEnds, out bool simplySpaced)
    {
        // Whitespace other than a single plain space is noted where the loops below step over it: most of it where a
        // character after a word, a number or a mark is no plain space, or a space follows another (see AsciiRun).
        bool oddSpace = false;
        if (end - start > CountFirstAbove || source.Length < 4)
        {
            simplySpaced = false;
            into ??= buffers.RentTokenList();
            // A huge block goes into a list of its exact size (see Tokenize); a source too short for the one-load shape
            // key is marked filter by filter.
            Tokenize(source, start, end, into);
            screen.Mark(source, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(into), buffers.CueMarked, buffers.TreatyMarked, buffers.NameMarked, quoteMarks, sentenceEnds);
            return into;
        }
        if (start >= end && !quoteMarks.IsEmpty && !sentenceEnds.IsEmpty)
        {
            // No chunk to list: the one word a reader of no token reads.
            quoteMarks[0] = 0;
            sentenceEnds[0] = 0;
        }
        if (start < end && end - start <= Chunk)
        {
            // One chunk, as nearly every block is (3,044 of 3,062 chunks on bulk200): no loop whose turns keep the
            // block's values across the calls.
            Span<Token> tokens = buffers.Chunk;
            int i = start;
            int n = TokenizeScreenedChunk(source, ref i, end, tokens, screen, ref oddSpace);
            into ??= buffers.RentTokenList(n);
            // Copied into the list by the walk that lists them, which reads the chunk sixteen slots at a time.
            TokenScreen.AppendAndList(tokens[..n], into, buffers.CueMarked, buffers.TreatyMarked, buffers.NameMarked, quoteMarks, sentenceEnds);
        }
        else if (start < end)
        {
            into = TokenizeScreenedChunks(source, start, end, into, buffers, screen, quoteMarks, sentenceEnds, ref oddSpace);
        }
        simplySpaced = !oddSpace;
        return into ?? buffers.RentTokenList();
    }

    /// <summary>
    /// The loop of <see cref="TokenizeScreenedListing"/> over a block of several chunks: appends their tokens to
    /// <paramref name="into"/> (or to a list rented for them at the rate of the first chunk's tokens) and lists them; returns the list.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static List<Token> TokenizeScreenedChunks(string source, int start, int end, List<Token>? into, TokenBuffers buffers, TokenScreen screen,
        Span<ulong> quoteMarks, Span<ulong> sentenceEnds, ref bool oddSpace)
    {
        Span<Token> tokens = buffers.Chunk;
        for (int i = start; i < end;)
        {
            int n = TokenizeScreenedChunk(source, ref i, end, tokens, screen, ref oddSpace);
            into ??= buffers.RentTokenList(i >= end ? n : (int)Math.Min(end - start, (long)n * (end - start) / (i - start) + 1));
            // Copied into the list by the walk that lists them, which reads the chunk sixteen slots at a time.
            TokenScreen.AppendAndList(tokens[..n], into, buffers.CueMarked, buffers.TreatyMarked, buffers.NameMarked, quoteMarks, sentenceEnds);
        }
        return into ?? buffers.RentTokenList();
    }

    /// <summary>As <see cref="TokenizeChunk"/>, each token marked by <paramref name="screen"/>; the source has four characters or more.</summary>
    /// <remarks>Inlined in its one caller's loop, where nearly every block is one chunk: its own call and frame cost about 30 instructions a block.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int TokenizeScreenedChunk(string source, ref int at, int end, Span<Token> tokens, TokenScreen screen, ref bool oddSpace)
    {
        int i = at;
        int n = 0;
        // A token starts at most once per character, so a chunk of characters fills at most its slots.
        int chunkEnd = Math.Min(end, i + Math.Min(Chunk, tokens.Length));
        ref char chars = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(source.AsSpan(0, end));
        ref Token slots = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(tokens);
        ref ulong table = ref screen.Table;
        int vectorEnd = System.Runtime.Intrinsics.Vector128.IsHardwareAccelerated ? source.Length - 8 : -1;
        while (true)
        {
            i = (int)AsciiRun(ref chars, i, chunkEnd, end, vectorEnd, ref table, ref slots, ref n, ref oddSpace);
            if (i >= chunkEnd) break;
            // A character the run leaves: one beyond ASCII, or a letter too close to the source's end for one read
            // of eight.
            char c = source[i];
            if (Chars.IsSpace(c))
            {
                // Whitespace beyond ASCII (the run takes every character up to U+0020).
                oddSpace = true;
                i++;
            }
            else
            {
                i = OtherToken(screen, source, i, end, ref tokens[n++]);
            }
        }
        at = i;
        return n;
    }

    /// <summary>
    /// Writes to <paramref name="slots"/> from slot <paramref name="count"/> on (and moves <paramref name="count"/> past) the tokens from <paramref name="i"/> on that
    /// are made of ASCII alone (words of letters, numbers of digits, marks) or are a general punctuation mark
    /// (<see cref="TokenScreen.IsGeneralPunctuation"/>: curly quotation marks, dashes), each marked by the screen's
    /// <paramref name="table"/>, up to <paramref name="chunkEnd"/> or the first character it leaves to
    /// <see cref="OtherToken"/>; returns where it stopped. Sets <paramref name="oddSpace"/> at any whitespace it passes
    /// but a single plain space (a rare path: the common space after a word or a mark is tested as before).
    /// </summary>
    /// <remarks>
    /// Nearly every token of English copy is made here. A word is read as eight characters at once: the letters among
    /// them give its end (most words are shorter than eight), and the first four its shape key, so its characters are
    /// loaded once. The loop makes no call and reads and writes through references with known bounds (the position
    /// is within the source, the slots hold a chunk), so it keeps all its values in registers.
    /// </remarks>
    private static nint AsciiRun(ref char chars, nint i, nint chunkEnd, nint end, nint vectorEnd, ref ulong table, ref Token slots, ref int count, ref bool oddSpace)
    {
        // The next slot, moved on by one after each token: an address add instead of an index scaled by the token's size.
        ref Token slot = ref System.Runtime.CompilerServices.Unsafe.Add(ref slots, count);
        // LeadingLetters' constants, made once for the loop rather than loaded again for each word. A word's first read
        // is folded to lower case after its first character, as the shape key wants it, and its first lane, known to be
        // a letter, counts as one whatever its case; a read further on is folded whole.
        var caseBit = System.Runtime.Intrinsics.Vector128.Create((ushort)0x20);
        var foldAfterFirst = System.Runtime.Intrinsics.Vector128.Create((ushort)0, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20);
        var move = System.Runtime.Intrinsics.Vector128.Create((ushort)(short.MaxValue - 'z'));
        var above = System.Runtime.Intrinsics.Vector128.Create((short)(short.MaxValue - 26));
        var aboveAfterFirst = System.Runtime.Intrinsics.Vector128.Create(short.MinValue, short.MaxValue - 26, short.MaxValue - 26, short.MaxValue - 26,
            short.MaxValue - 26, short.MaxValue - 26, short.MaxValue - 26, short.MaxValue - 26);
        // Below this, a word's first read of eight lies within the block (and so within the source): a word shorter
        // than eight then ends inside the block, before a character of it the read already holds, and needs no test of
        // the block's or the source's end. Only the block's last seven characters take the general path.
        nint wholeReads = vectorEnd < 0 ? 0 : Math.Min(chunkEnd, end - 7);
        while (i < chunkEnd)
        {
            // Words one after another: after a word this loop has passed its space, so most turns start at a letter.
            // Only its own bound is tested per word; anything but a letter leaves it for the general step below.
            while (i < wholeReads)
            {
                // Native-sized, as the letter count: both index tables with no widening.
                nuint first = System.Runtime.CompilerServices.Unsafe.Add(ref chars, i);
                if ((first | 0x20) - 'a' > 'z' - 'a')
                {
                    // A mark at a turn (a quotation mark opening a quote, a bracket, one after another mark; ASCII or a
                    // general punctuation mark) is made here, as one after a word is, with a space after it: this turn
                    // lies within the chunk and seven characters before the block's end. Any other character leaves for
                    // the step below.
                    var markMarks = LoopMarkMarks(ref table, (char)first);
                    if (markMarks == TokenMarks.None) break;
                    Write(ref slot, (int)i, 1, TokenKind.Punct, markMarks);
                    slot = ref System.Runtime.CompilerServices.Unsafe.Add(ref slot, 1);
                    i++;
                    if (System.Runtime.CompilerServices.Unsafe.Add(ref chars, i) == ' ') i++;
                    continue;
                }
                var v = System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref System.Runtime.CompilerServices.Unsafe.As<char, ushort>(ref chars), (nuint)i) | foldAfterFirst;
                nint letters = LeadingLetters(v, move, aboveAfterFirst);
                nint wordEnd = i + letters;
                // The character after the word: within the read for a word shorter than eight, so within the block.
                char after;
                if (letters < 8)
                {
                    after = System.Runtime.CompilerServices.Unsafe.Add(ref chars, wordEnd);
                }
                else
                {
                    // Eight more at a time while all are letters; one at a time only where a read would pass the source's end.
                    for (nint next = i + 8; wordEnd == next; next += 8)
                    {
                        if (next > vectorEnd)
                        {
                            while (wordEnd < end && char.IsAsciiLetter(System.Runtime.CompilerServices.Unsafe.Add(ref chars, wordEnd))) wordEnd++;
                            break;
                        }
                        wordEnd = next + LeadingLetters(System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref System.Runtime.CompilerServices.Unsafe.As<char, ushort>(ref chars), (nuint)next) | caseBit, move, above);
                    }
                    if (wordEnd < end)
                    {
                        after = System.Runtime.CompilerServices.Unsafe.Add(ref chars, wordEnd);
                    }
                    else
                    {
                        // At the block's end (a long word read past it ends there): a stand-in that is neither beyond ASCII, a
                        // space nor a mark.
                        wordEnd = end;
                        after = '\0';
                    }
                }
                int length = (int)(wordEnd - i);
                // Written before the character after it is tested: a word followed by a space (six in seven here) is
                // then taken with one test, and the space passed with it. A word that may go on beyond ASCII
                // ("caféteria") is made out of the loop: its slot is left as it is and written again there.
                Write(ref slot, (int)i, length, TokenKind.Word,
                    TokenScreen.AsciiWordMarks(ref table, first, System.Runtime.Intrinsics.Vector128.ToScalar(System.Runtime.Intrinsics.Vector128.AsUInt64(v)), ShapeFilter.HeadMask((nuint)letters), length, System.Runtime.CompilerServices.Unsafe.Add(ref chars, wordEnd - 1)));
                // The space after the word passed with it: set first, so that this common case falls through the one test.
                i = wordEnd + 1;
                if (after != ' ')
                {
                    // A mark right after the word ("said,", "it.", "don't", a curly apostrophe, a dash: most of the other
                    // words here) is made here too, with a space after it, where the step below took it after this loop's
                    // letter test and its own dispatch (about 25 instructions more a mark). A mark past the chunk's last
                    // start is left to the next chunk, which has its slot. Any other character (a digit, a control
                    // character, whitespace but a plain space) is taken by the step below. The marks as LoopMarkMarks
                    // gives them, the test of a character beyond ASCII shared with the word's end.
                    TokenMarks markMarks;
                    if (after < '\u0080')
                    {
                        markMarks = TokenScreen.AsciiMarks(ref table, after);
                    }
                    else if (EndsAsciiWord(after))
                    {
                        markMarks = TokenScreen.IsGeneralPunctuation(after) ? TokenScreen.GeneralPunctuationMarks(ref table, after) : TokenMarks.None;
                    }
                    else
                    {
                        // Left from the word's start.
                        i = wordEnd - length;
                        goto Leave;
                    }
                    if (markMarks != TokenMarks.None && wordEnd < chunkEnd)
                    {
                        slot = ref System.Runtime.CompilerServices.Unsafe.Add(ref slot, 1);
                        Write(ref slot, (int)wordEnd, 1, TokenKind.Punct, markMarks);
                        if (i < end && System.Runtime.CompilerServices.Unsafe.Add(ref chars, i) == ' ') i++;
                    }
                    else
                    {
                        i = wordEnd;
                    }
                }
                slot = ref System.Runtime.CompilerServices.Unsafe.Add(ref slot, 1);
            }
            if (i >= chunkEnd) break;
            char c = System.Runtime.CompilerServices.Unsafe.Add(ref chars, i);
            nint e;
            if (c <= ' ')
            {
                // A space here follows no word or mark that passed it: after a number, after another space (doubled),
                // or at the block's start. Anything else up to U+0020 is no plain space.
                if (c != ' ' || i == 0 || System.Runtime.CompilerServices.Unsafe.Add(ref chars, i - 1) <= ' ') oddSpace = true;
                i++;
                continue;
            }
            if (c >= '\u0080')
            {
                // Beyond ASCII, the curly quotation marks and dashes of news copy are made here (each with its own marks:
                // a quotation mark's differ from a dash's); anything else out of the loop.
                if (!TokenScreen.IsGeneralPunctuation(c)) break;
                e = i + 1;
                Write(ref slot, (int)i, 1, TokenKind.Punct, TokenScreen.GeneralPunctuationMarks(ref table, c));
                slot = ref System.Runtime.CompilerServices.Unsafe.Add(ref slot, 1);
                if (e < end && System.Runtime.CompilerServices.Unsafe.Add(ref chars, e) == ' ') e++;
            }
            else if (char.IsAsciiLetter(c))
            {
                // A word in the block's last seven characters: its read may pass the block's end or the source's.
                if (i > vectorEnd) break;
                // Eight characters from the word's start (within the source, perhaps past the block's end).
                var v = System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref System.Runtime.CompilerServices.Unsafe.As<char, ushort>(ref chars), (nuint)i) | foldAfterFirst;
                int letters = (int)LeadingLetters(v, move, aboveAfterFirst);
                e = i + letters;
                // Most words end within the eight: the character at e is then known to be no ASCII letter.
                if (letters == 8)
                {
                    for (nint next = i + 8; e == next && next <= vectorEnd; next += 8)
                    {
                        e = next + LeadingLetters(System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref System.Runtime.CompilerServices.Unsafe.As<char, ushort>(ref chars), (nuint)next) | caseBit, move, above);
                    }
                    while (e < end && char.IsAsciiLetter(System.Runtime.CompilerServices.Unsafe.Add(ref chars, e))) e++;
                }
                // A word read past the block's end ends there (and its letters, which give its shape's mask, with it); one
                // that goes on beyond ASCII ("caféteria") is made out of the loop.
                if (e >= end)
                {
                    e = end;
                    letters = (int)Math.Min(letters, e - i);
                }
                else if (System.Runtime.CompilerServices.Unsafe.Add(ref chars, e) >= '\u0080' && !EndsAsciiWord(System.Runtime.CompilerServices.Unsafe.Add(ref chars, e))) break;
                ulong head = System.Runtime.Intrinsics.Vector128.ToScalar(System.Runtime.Intrinsics.Vector128.AsUInt64(v));
                int length = (int)(e - i);
                Write(ref slot, (int)i, length, TokenKind.Word,
                    TokenScreen.AsciiWordMarks(ref table, c, head, ShapeFilter.HeadMask((nuint)letters), length, System.Runtime.CompilerServices.Unsafe.Add(ref chars, e - 1)));
                slot = ref System.Runtime.CompilerServices.Unsafe.Add(ref slot, 1);
                // Most words are followed by a space (six in seven here): passed here, its character just read, rather
                // than by a turn of the loop.
                if (e < end && System.Runtime.CompilerServices.Unsafe.Add(ref chars, e) == ' ') e++;
            }
            else if (char.IsAsciiDigit(c))
            {
                if (i > vectorEnd) break;
                e = i + 1;
                while (e < end && char.IsAsciiDigit(System.Runtime.CompilerServices.Unsafe.Add(ref chars, e))) e++;
                // A digit beyond ASCII continues a number ("٣"): made out of the loop.
                if (e < end && System.Runtime.CompilerServices.Unsafe.Add(ref chars, e) >= '\u0080') break;
                Write(ref slot, (int)i, (int)(e - i), TokenKind.Number, TokenScreen.AsciiNumberMarks(ref table, ref chars, (int)i, (int)(e - i)));
                slot = ref System.Runtime.CompilerServices.Unsafe.Add(ref slot, 1);
            }
            else
            {
                e = i + 1;
                Write(ref slot, (int)i, 1, TokenKind.Punct, TokenScreen.AsciiMarks(ref table, c));
                slot = ref System.Runtime.CompilerServices.Unsafe.Add(ref slot, 1);
                // A mark followed by a space ("said, ", "it. ") is passed with it, as a word is, rather than by a turn of
                // the loop for the space.
                if (e < end && System.Runtime.CompilerServices.Unsafe.Add(ref chars, e) == ' ') e++;
            }
            i = e;
        }
    Leave:
        // An unsigned offset (never negative): its division by the token's size is a multiply and a shift, without the
        // rounding of a signed one.
        count = (int)((nuint)System.Runtime.CompilerServices.Unsafe.ByteOffset(ref slots, ref slot) / (nuint)System.Runtime.CompilerServices.Unsafe.SizeOf<Token>());
        return i;
    }

    /// <summary>
    /// The marks of a one-character token of <paramref name="c"/> when the word loop makes it (an ASCII mark, or a general
    /// punctuation mark, U+2010 to U+2027), else none: any other character is left to the general step. A mark's marks
    /// are never none (<see cref="TokenScreen"/> marks every one it lists as screened). Asked of no ASCII letter (a letter has
    /// marks too: those a word takes from its first letter).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static TokenMarks LoopMarkMarks(ref ulong table, char c) =>
        c < '\u0080' ? TokenScreen.AsciiMarks(ref table, c)
        : TokenScreen.IsGeneralPunctuation(c) ? TokenScreen.GeneralPunctuationMarks(ref table, c) : TokenMarks.None;

    /// <summary>
    /// True for a character beyond ASCII that a word of ASCII letters ends before, as <see cref="IsWordPart"/> has it:
    /// a general punctuation mark (<see cref="TokenScreen.IsGeneralPunctuation"/>: "Trump’s", "said,” he") or a
    /// no-break space. Such a word is made in <see cref="AsciiRun"/>'s loop rather than by <see cref="OtherToken"/>,
    /// which costs about 300 instructions with the loop entered again (1,160 such words on 200 bulk articles, nearly
    /// all before a curly apostrophe).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool EndsAsciiWord(char c) => TokenScreen.IsGeneralPunctuation(c) || c == '\u00A0';

    /// <summary>
    /// Writes the token <c>new Token(start, length, kind) { Marks = marks }</c> to <paramref name="slot"/> as three
    /// 32-bit stores: the marks and the kind are one (<see cref="Token"/> keeps the marks at offset 8, the kind at 10),
    /// where the struct's four fields were four stores.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void Write(ref Token slot, int start, int length, TokenKind kind, TokenMarks marks)
    {
        ref int at = ref System.Runtime.CompilerServices.Unsafe.As<Token, int>(ref slot);
        at = start;
        System.Runtime.CompilerServices.Unsafe.Add(ref at, 1) = length;
        System.Runtime.CompilerServices.Unsafe.Add(ref at, 2) = (ushort)marks | (int)kind << 16;
    }

    /// <summary>
    /// The number of ASCII letters the eight characters <paramref name="folded"/> start with (8 when all are), each lane
    /// ORed with 0x20 (or the first known to be a letter, with its threshold <see cref="short.MinValue"/>), given the
    /// constants <paramref name="move"/> (<c>short.MaxValue - 'z'</c>) and <paramref name="above"/> (<c>short.MaxValue - 26</c>).
    /// </summary>
    /// <remarks>
    /// As <see cref="AsciiLetterCount"/>, with the letters moved to the 26 highest 16-bit values, so the compare is a
    /// greater-than that writes over the moved characters rather than a copy of the threshold; and the caller keeps the
    /// folded characters, whose first four are the shape key's (<see cref="TokenScreen.AsciiWordMarks"/>).
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static nint LeadingLetters(System.Runtime.Intrinsics.Vector128<ushort> folded, System.Runtime.Intrinsics.Vector128<ushort> move,
        System.Runtime.Intrinsics.Vector128<short> above)
    {
        var letters = System.Runtime.Intrinsics.Vector128.GreaterThan(System.Runtime.Intrinsics.Vector128.AsInt16(folded + move), above);
        uint mask = System.Runtime.Intrinsics.Vector128.ExtractMostSignificantBits(System.Runtime.Intrinsics.Vector128.AsByte(letters));
        // Native-sized, so that a position adds it and a table is indexed by it with no sign extension.
        return (nint)((uint)System.Numerics.BitOperations.PopCount(mask ^ (mask + 1)) >> 1);
    }

    /// <summary>
    /// The number of ASCII letters <paramref name="v"/> (eight characters) starts with: 8 when all are. The constants are
    /// the caller's (0x20, 0x8000 - 'a', short.MinValue + 26), made once for its loop rather than loaded again for each word.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static int AsciiLetterCount(System.Runtime.Intrinsics.Vector128<ushort> v, System.Runtime.Intrinsics.Vector128<ushort> caseBit,
        System.Runtime.Intrinsics.Vector128<ushort> move, System.Runtime.Intrinsics.Vector128<short> below)
    {
        // (c | 0x20) - 'a' <= 25 unsigned, which is exactly char.IsAsciiLetter, tested as one signed compare: moved
        // by 0x8000 (caseBit 0x20, move 0x8000 - 'a'), the letters are the 26 lowest 16-bit values (below short.MinValue + 26).
        var moved = (v | caseBit) + move;
        var letters = System.Runtime.Intrinsics.Vector128.LessThan(System.Runtime.Intrinsics.Vector128.AsInt16(moved), below);
        // Two mask bits per character, read from the bytes (the 16-bit form is a call in ahead-of-time code for the
        // baseline instruction set). The mask's 2k low bits that are set, and the clear one above them, are the bits
        // an increment changes: k letters lead, and the 2k + 1 changed bits counted and halved give k (8 when all
        // are). A population count is one instruction on x86-64-v2, where a trailing-zero count without BMI1 is a bit
        // scan behind a test for zero.
        uint mask = System.Runtime.Intrinsics.Vector128.ExtractMostSignificantBits(System.Runtime.Intrinsics.Vector128.AsByte(letters));
        return System.Numerics.BitOperations.PopCount(mask ^ (mask + 1)) >> 1;
    }

    /// <summary>
    /// Writes to <paramref name="token"/> the token that starts at <c>source[start]</c> (a character that is not a
    /// space) and ends by <paramref name="end"/>, marked by <paramref name="screen"/>, as <see cref="TokenizeChunk"/>
    /// makes it, and returns its end. Out of the loop: inlined, these rarer paths' registers and calls pushed the
    /// loop's own values onto the stack.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int OtherToken(TokenScreen screen, string source, int start, int end, ref Token token)
    {
        var text = source.AsSpan(0, end);
        char c = text[start];
        int i = start + 1;
        TokenKind kind;
        if (c < '\u0080' ? char.IsAsciiLetter(c) : char.IsLetter(c))
        {
            if (c < '\u0080') i = AsciiLetterRunEnd(text, i);
            while (i < text.Length && IsWordPart(text[i])) i++;
            kind = TokenKind.Word;
        }
        else if (c < '\u0080' ? char.IsAsciiDigit(c) : char.IsDigit(c))
        {
            while (i < text.Length && char.IsDigit(text[i])) i++;
            kind = TokenKind.Number;
        }
        else
        {
            kind = TokenKind.Punct;
        }
        token = new Token(start, i - start, kind);
        token = token with { Marks = screen.MarksOf(source, token) };
        return i;
    }

    /// <summary>Blocks longer than this many characters are tokenized twice: once to count, once to keep.</summary>
    private const int CountFirstAbove = 1 << 14;

    /// <summary>Writes to <paramref name="tokens"/> the tokens that start in the next <see cref="Chunk"/> characters from <paramref name="i"/>, moves <paramref name="i"/> past them, and returns how many.</summary>
    private static int TokenizeChunk(string source, ref int i, int end, Span<Token> tokens)
    {
        var text = source.AsSpan(0, end);
        int n = 0;
        int chunkEnd = Math.Min(text.Length, i + Chunk);
        while (i < chunkEnd)
        {
            char c = text[i];
            int s = i++;
            if (c < '\u0080')
            {
                // ASCII, nearly all of English copy: classes without Unicode lookups. Every character up to
                // U+0020 is a space or a control character (see Chars.IsSpace).
                if (c <= ' ') continue;
                if (char.IsAsciiLetter(c))
                {
                    i = AsciiLetterRunEnd(text, i);
                    if (i < text.Length && text[i] >= '\u0080')
                    {
                        while (i < text.Length && IsWordPart(text[i])) i++;
                    }
                    tokens[n++] = new Token(s, i - s, TokenKind.Word);
                }
                else if (char.IsAsciiDigit(c))
                {
                    while (i < text.Length && char.IsDigit(text[i])) i++;
                    tokens[n++] = new Token(s, i - s, TokenKind.Number);
                }
                else
                {
                    tokens[n++] = new Token(s, 1, TokenKind.Punct);
                }
            }
            else if (Chars.IsSpace(c))
            {
                continue;
            }
            else if (char.IsLetter(c))
            {
                while (i < text.Length && IsWordPart(text[i])) i++;
                tokens[n++] = new Token(s, i - s, TokenKind.Word);
            }
            else if (char.IsDigit(c))
            {
                while (i < text.Length && char.IsDigit(text[i])) i++;
                tokens[n++] = new Token(s, i - s, TokenKind.Number);
            }
            else
            {
                tokens[n++] = new Token(s, 1, TokenKind.Punct);
            }
        }
        return n;
    }

    /// <summary>Characters tokenized per chunk: 12 KB of tokens.</summary>
    internal const int Chunk = 1024;

    /// <summary>
    /// The first index at or after <paramref name="i"/> that is not an ASCII letter. Eight characters are tested at a
    /// time: a word's end is then found with one compare instead of a branch per letter that mispredicts at its end.
    /// </summary>
    internal static int AsciiLetterRunEnd(ReadOnlySpan<char> text, int i)
    {
        if (System.Runtime.Intrinsics.Vector128.IsHardwareAccelerated)
        {
            var units = System.Runtime.InteropServices.MemoryMarshal.Cast<char, ushort>(text);
            var caseBit = System.Runtime.Intrinsics.Vector128.Create((ushort)0x20);
            var a = System.Runtime.Intrinsics.Vector128.Create((ushort)'a');
            var span = System.Runtime.Intrinsics.Vector128.Create((ushort)('z' - 'a'));
            while (i + 8 <= units.Length)
            {
                var v = System.Runtime.Intrinsics.Vector128.Create(units.Slice(i, 8));
                // (c | 0x20) - 'a' <= 25, unsigned: exactly char.IsAsciiLetter.
                var letters = System.Runtime.Intrinsics.Vector128.LessThanOrEqual((v | caseBit) - a, span);
                // Two mask bits per character, read from the bytes: the 16-bit form is a call in ahead-of-time code
                // for the baseline instruction set, the byte form one instruction.
                uint others = ~System.Runtime.Intrinsics.Vector128.ExtractMostSignificantBits(System.Runtime.Intrinsics.Vector128.AsByte(letters)) & 0xFFFF;
                if (others != 0) return i + System.Numerics.BitOperations.TrailingZeroCount(others) / 2;
                i += 8;
            }
        }
        while (i < text.Length && char.IsAsciiLetter(text[i])) i++;
        return i;
    }

    /// <summary>A letter or a combining mark; ASCII is decided without a Unicode category lookup.</summary>
    private static bool IsWordPart(char c)
    {
        if (c < '\u0080') return char.IsAsciiLetter(c);
        return char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>The word tokens of a phrase for matching: hyphens dropped, apostrophes unified.</summary>
    public static string[] PhraseWords(string phrase)
    {
        var tokens = new List<Token>();
        Tokenize(phrase, 0, phrase.Length, tokens);
        var words = new List<string>(tokens.Count);
        foreach (var t in tokens)
        {
            var text = phrase.Substring(t.Start, t.Length);
            if (t.Kind == TokenKind.Punct && Chars.IsHyphen(text[0])) continue;
            words.Add(t.Kind == TokenKind.Punct && Chars.IsApostrophe(text[0]) ? "'" : text);
        }
        return [.. words];
    }
}
