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
    public static List<Token> Of(ParseContext ctx, Block block)
    {
        var tokens = block.Tokens;
        if (tokens is not null && !ReferenceEquals(tokens, NotKept)) return tokens;
        var buffers = ctx.TokenBuffers;
        bool shortBlock = block.End - block.Start <= MaxKeptShortBlock;
        if (shortBlock && tokens is not null)
        {
            // Tokenized and screened before: the same tokens and marks again, the block's marked runs as they were.
            tokens = buffers.ShortBlockTokens;
            tokens.Clear();
            Tokenize(ctx.Source, block.Start, block.End, tokens);
            ctx.CountWork(tokens.Count);
            ctx.Knowledge.Screen.Mark(ctx.Source, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), buffers.Discarded(0), buffers.Discarded(1), buffers.Discarded(2));
            return tokens;
        }
        tokens = shortBlock ? buffers.ShortBlockTokens : ctx.RentTokenList();
        tokens.Clear();
        Tokenize(ctx.Source, block.Start, block.End, tokens);
        ctx.CountWork(tokens.Count);
        var cues = ctx.CueMarked;
        var treaties = ctx.TreatyMarked;
        var names = ctx.NameMarked;
        int cueStart = cues.Count, treatyStart = treaties.Count, nameStart = names.Count;
        ctx.Knowledge.Screen.Mark(ctx.Source, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), cues, treaties, names);
        block.CueMarked = (cueStart, cues.Count - cueStart);
        block.TreatyMarked = (treatyStart, treaties.Count - treatyStart);
        block.NameMarked = (nameStart, names.Count - nameStart);
        TrimAfterLargeBlock(cues, tokens.Count);
        TrimAfterLargeBlock(treaties, tokens.Count);
        TrimAfterLargeBlock(names, tokens.Count);
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
    /// holds, so the copy costs less than tokenizing that block did and the trims stay linear in the input; an
    /// ordinary article is never trimmed.
    /// </summary>
    private static void TrimAfterLargeBlock(List<int> marked, int blockTokens)
    {
        if (marked.Capacity - marked.Count > MaxEmptyMarkedSlots && blockTokens > marked.Count) marked.Capacity = marked.Count;
    }

    /// <summary>Appends the tokens of <c>source[start..end)</c> to <paramref name="into"/>.</summary>
    /// <remarks>
    /// The chunk buffer is not zeroed (<see cref="System.Runtime.CompilerServices.SkipLocalsInitAttribute"/>): only the
    /// slots a chunk wrote are read. Zeroing its 12 KB cost more than tokenizing a paragraph, and the speaker stage
    /// tokenizes every statement's few speaker words through here.
    /// </remarks>
    [System.Runtime.CompilerServices.SkipLocalsInit]
    public static void Tokenize(string source, int start, int end, List<Token> into)
    {
        // Tokens are written to the stack a chunk at a time (at most one token starts per character, so a chunk of
        // characters needs as many slots) and appended to the list: the list grows with its tokens, never with the
        // characters, which would reserve twelve bytes per character for text of a few tokens per word.
        Span<Token> tokens = stackalloc Token[Chunk];
        if (end - start > CountFirstAbove)
        {
            // A list that doubles holds up to twice its tokens, and three times while it copies: on a block of
            // megabytes, tens of bytes per character. Counted first, the tokens go into a list of their exact size.
            int count = into.Count;
            for (int at = start; at < end;) count += TokenizeChunk(source, ref at, end, tokens);
            if (into.Capacity < count) into.Capacity = count;
        }
        for (int i = start; i < end;)
        {
            int n = TokenizeChunk(source, ref i, end, tokens);
            // A new list would take at least four slots: a paragraph of one or two words ("Yes.") gets what it holds.
            if (into.Capacity < into.Count + n && into.Count + n < 4) into.Capacity = into.Count + n;
            into.AddRange(tokens[..n]);
        }
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

    /// <summary>Characters tokenized per chunk: 12 KB of tokens on the stack.</summary>
    private const int Chunk = 1024;

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
