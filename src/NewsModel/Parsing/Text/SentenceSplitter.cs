using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;

namespace NewsModel.Parsing.Text;

/// <summary>
/// Splits a block into sentences: at . ! ? … followed by space and a capital, digit or opening mark, never inside
/// a quotation (a quote that ends a sentence closes it after its mark), never after an abbreviation or initial.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>Words that a dot after them does not end a sentence with, as written (case counts); all ASCII.</summary>
    internal static readonly string[] Abbreviations =
    [
        "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Adm", "Capt", "Cmdr", "Maj", "Sgt", "St", "Jr", "Sr",
        "Prof", "Rev", "Hon", "No", "Nos", "Inc", "Corp", "Co", "Ltd", "vs", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct",
        "Nov", "Dec", "Mt", "Ft", "approx", "est", "Dept", "Univ", "Gov't", "Pres", "Atty", "Supt", "Ave", "Blvd",
    ];

    // Each abbreviation as one number, seven bits a character (Packed), sorted for a binary search: a word before a dot
    // is looked up without hashing it (a hash-set lookup of a span cost about 230 instructions).
    private static readonly ulong[] PackedAbbreviations = Abbreviations.Select(a => Packed(a)).Order().ToArray();

    /// <summary>
    /// The word <paramref name="word"/> (no character U+0000, at most nine characters) as one number, two ASCII words
    /// sharing one only when they are spelled alike; 0, which no abbreviation is, for a word with a character beyond ASCII.
    /// </summary>
    private static ulong Packed(ReadOnlySpan<char> word)
    {
        ulong key = 0;
        foreach (char c in word)
        {
            if (c >= '\u0080') return 0;
            key = key << 7 | c;
        }
        return key;
    }

    /// <summary>
    /// Fills <paramref name="result"/> (cleared first) with the block's sentences as token ranges [start, end) of
    /// <paramref name="tokens"/> (the block's tokens), each holding at least one token.
    /// <paramref name="ends"/> has a bit per token of <paramref name="tokens"/>, set at each token that is a character
    /// <see cref="Chars.IsSentenceEnd"/> takes; every such character of the block is such a token.
    /// </summary>
    /// <remarks>
    /// A sentence ends after its end mark (token k, so the next sentence starts at token k + 1) or after the closing
    /// mark of a quote, and spans the tokens from there to the next end: the spaces around it are no tokens, so no
    /// position is trimmed and no token searched for but the first after a quote.
    /// </remarks>
    public static void Split(string s, Block block, List<Quote> quotes, ReadOnlySpan<Token> tokens, ReadOnlySpan<ulong> ends, List<(int Start, int End)> result)
    {
        if (quotes.Count == 0) SplitUnquoted(s, block, tokens, ends, result);
        else SplitWalk(s, block, quotes, tokens, ends, result);
    }

    /// <summary>
    /// As <see cref="Split"/> for a block with no quote (most blocks): every sentence-end mark is read, in order, as
    /// <see cref="SplitWalk"/> reads them, without the walk's positions and quote limits (the walk mark by mark in a
    /// block with quotes too, its quotes passed in order, cost more than the walk: 23 K on 200 bulk articles).
    /// </summary>
    private static void SplitUnquoted(string s, Block block, ReadOnlySpan<Token> tokens, ReadOnlySpan<ulong> ends, List<(int Start, int End)> result)
    {
        result.Clear();
        int most = tokens.Length < MinTokensToBound ? int.MaxValue : CountBits(ends) + 1;
        int start = 0;
        for (int e = BlockText.NextBit(ends, 0); e >= 0; e = BlockText.NextBit(ends, e + 1))
        {
            if (!StartsSentenceAfter(s, tokens, e) || IsAbbreviationBefore(s, block.Start, tokens, e)) continue;
            BoundedGrowth.Add(result, (start, e + 1), most);
            start = e + 1;
        }
        if (start < tokens.Length) BoundedGrowth.Add(result, (start, tokens.Length), most);
    }

    /// <summary>
    /// As <see cref="Split"/>: the walk over the block's positions, from quote to quote and mark to mark (internal: the
    /// tests hold the mark-by-mark split of a block without quotes equal to it).
    /// </summary>
    internal static void SplitWalk(string s, Block block, List<Quote> quotes, ReadOnlySpan<Token> tokens, ReadOnlySpan<ulong> ends, List<(int Start, int End)> result)
    {
        result.Clear();
        // Each sentence but the last ends at a sentence-end mark of its own (after a quote, the one before its closing
        // mark), so the list holds at most one sentence per mark and one more. Counted only on a block of many tokens,
        // where the room a doubling leaves unused is worth it; elsewhere the list grows as a list does.
        int most = tokens.Length < MinTokensToBound ? int.MaxValue : CountBits(ends) + 1;
        // The first token of the sentence being read.
        int start = 0;
        int q = 0;
        // The token the search for the next sentence end goes on from: positions only grow, so each mark is passed once.
        int k = 0;
        int i = block.Start;
        while (i < block.End)
        {
            if (q < quotes.Count && i == quotes[q].Open)
            {
                var quote = quotes[q++];
                int after = quote.End;
                // A quote whose last words end a sentence ends the sentence after its closing mark.
                if (quote.Closed && quote.Close > quote.ContentStart && Chars.IsSentenceEnd(s[quote.Close - 1]) && StartsSentence(s, after, block.End))
                {
                    Add(BlockText.FirstTokenAt(tokens, after, start));
                }
                i = after;
                continue;
            }
            // Jump to the next sentence-end mark before the next quote: most characters are neither.
            int limit = q < quotes.Count && quotes[q].Open >= i ? Math.Min(quotes[q].Open, block.End) : block.End;
            k = BlockText.NextBit(ends, k);
            while (k >= 0 && tokens[k].Start < i) k = BlockText.NextBit(ends, k + 1);
            if (k < 0 || tokens[k].Start >= limit)
            {
                // None left: the searches after this one start past the last token.
                if (k < 0) k = tokens.Length;
                i = limit;
                continue;
            }
            i = tokens[k].Start;
            if (StartsSentenceAfter(s, tokens, k) && !IsAbbreviationBefore(s, block.Start, tokens, k))
            {
                Add(k + 1);
            }
            i++;
        }
        if (start < tokens.Length) BoundedGrowth.Add(result, (start, tokens.Length), most);

        // Ends the sentence before token end; the next one starts there.
        void Add(int end)
        {
            if (end > start) BoundedGrowth.Add(result, (start, end), most);
            start = end;
        }
    }

    /// <summary>The fewest tokens of a block whose sentence list grows no further than its sentence-end marks allow.</summary>
    private const int MinTokensToBound = 1 << 12;

    private static int CountBits(ReadOnlySpan<ulong> bits)
    {
        int n = 0;
        foreach (ulong word in bits) n += System.Numerics.BitOperations.PopCount(word);
        return n;
    }

    /// <summary>True when a space follows source offset <paramref name="pos"/> - 1 within the block (which ends at <paramref name="end"/>) and the first character after the spaces may open a sentence.</summary>
    internal static bool StartsSentence(string s, int pos, int end)
    {
        if (pos >= end || !Chars.IsSpace(s[pos])) return false;
        int p = Chars.TrimStart(s, pos, end);
        return p < end && OpensSentence(s[p]);
    }

    /// <summary>
    /// As <see cref="StartsSentence"/> after token <paramref name="k"/> of the block's <paramref name="tokens"/>: every
    /// character between two tokens is a space (the tokenizer makes a token of every other one), so a space follows
    /// token <paramref name="k"/> exactly when the next token starts past its end, and that token's first character is
    /// the first after the spaces. No character is read but that one.
    /// </summary>
    internal static bool StartsSentenceAfter(string s, ReadOnlySpan<Token> tokens, int k)
    {
        if (k + 1 >= tokens.Length) return false;
        int next = tokens[k + 1].Start;
        return next > tokens[k].End && OpensSentence(s[next]);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool OpensSentence(char c) =>
        Chars.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\u00AB' or '\u2018' or '\'' or '(';

    internal static bool IsAbbreviation(string s, int blockStart, int dot)
    {
        if (s[dot] != '.') return false;
        // The letters before the dot, as far back as the longest abbreviation and one more: a longer word is none.
        int w = dot;
        int least = Math.Max(blockStart, dot - (MaxAbbreviationLength + 1));
        while (w > least && char.IsLetter(s[w - 1])) w--;
        int len = dot - w;
        if (len == 0) return false;
        // An initial ("J. Smith", "U.S.") is not a sentence end.
        if (len == 1 && Chars.IsUpper(s[w])) return true;
        // Most words before a dot are no abbreviation by their length or first letter: ruled out without hashing.
        if (len > MaxAbbreviationLength || !MayStartAbbreviation(s[w])) return false;
        return PackedAbbreviations.AsSpan().BinarySearch(Packed(s.AsSpan(w, len))) >= 0;
    }

    /// <summary>The longest abbreviation's length (<c>SentenceSplitterTests</c> hold it to the list): a constant, so that the hot paths ask no class initialisation.</summary>
    internal const int MaxAbbreviationLength = 6;

    /// <summary>
    /// As <see cref="IsAbbreviation"/> at the sentence-end token <paramref name="k"/> of the block's
    /// <paramref name="tokens"/> (the block starts at <paramref name="blockStart"/>), from the token before it.
    /// </summary>
    /// <remarks>
    /// Every character between two tokens is a space, and a number's or a mark's last character is no letter, so
    /// the letters before the dot are the end of a word token that ends at it: its last characters are read once,
    /// packed as they are read, and looked up in a table by one multiply (a word of ASCII alone; a word with a
    /// character beyond ASCII, where a combining mark may cut the letters short, is read as before). The walk back
    /// with a letter test per character and the binary search cost about 200 instructions a call on bulk200.
    /// </remarks>
    internal static bool IsAbbreviationBefore(string s, int blockStart, ReadOnlySpan<Token> tokens, int k)
    {
        int dot = tokens[k].Start;
        if (s[dot] != '.' || k == 0) return false;
        var word = tokens[k - 1];
        if (word.End != dot || word.Kind != TokenKind.Word) return false;
        if (s.Length >= 4)
        {
            // Most words before a dot are of up to four characters or longer than any abbreviation: read as one or two
            // loads each, not a character at a time.
            if (word.Length <= ShortAbbreviationLength)
            {
                ulong spelling = ShortWordMemo.Spelling(s, word.Start, word.Length);
                if ((spelling & NonAsciiLanes) != 0) return IsAbbreviation(s, blockStart, dot);
                // An initial ("J. Smith", "U.S.") is no sentence end; no abbreviation is one letter.
                if (word.Length == 1) return Chars.IsUpper(s[word.Start]);
                return IsListedShort(spelling);
            }
            if (word.Length > MaxAbbreviationLength)
            {
                // All ASCII in the last seven characters, as far back as the longest abbreviation and one more: none.
                ref char last = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(s.AsSpan(dot - (MaxAbbreviationLength + 1), MaxAbbreviationLength + 1));
                ulong before = System.Runtime.CompilerServices.Unsafe.ReadUnaligned<ulong>(ref System.Runtime.CompilerServices.Unsafe.As<char, byte>(ref last))
                    | System.Runtime.CompilerServices.Unsafe.ReadUnaligned<ulong>(ref System.Runtime.CompilerServices.Unsafe.As<char, byte>(ref System.Runtime.CompilerServices.Unsafe.Add(ref last, MaxAbbreviationLength - 3)));
                return (before & NonAsciiLanes) != 0 && IsAbbreviation(s, blockStart, dot);
            }
        }
        // The word's last characters, as far back as the longest abbreviation and one more: a longer word is none.
        int w = Math.Max(word.Start, dot - (MaxAbbreviationLength + 1));
        ulong key = 0;
        int all = 0;
        for (int j = w; j < dot; j++)
        {
            char c = s[j];
            all |= c;
            key = key << 7 | c;
        }
        if (all >= 0x80) return IsAbbreviation(s, blockStart, dot);
        // All ASCII, so all letters: an initial ("J. Smith", "U.S.") is no sentence end; no abbreviation is one letter.
        int len = dot - w;
        if (len == 1) return Chars.IsUpper(s[w]);
        return len <= MaxAbbreviationLength && IsListed(key);
    }

    /// <summary>The longest word <see cref="IsListedShort"/> answers for.</summary>
    private const int ShortAbbreviationLength = 4;

    /// <summary>Bits 7 to 15 of each of four characters read as one number: clear for ASCII.</summary>
    private const ulong NonAsciiLanes = 0xFF80_FF80_FF80_FF80UL;

    /// <summary>True when <paramref name="spelling"/> (<see cref="ShortWordMemo.Spelling"/> of an ASCII word of two to four characters) is an abbreviation's.</summary>
    private static bool IsListedShort(ulong spelling) => Holds(ShortAbbreviationTable, spelling);

    // The spelling of each abbreviation of up to four characters, as ShortWordMemo.Spelling reads a word (its characters
    // from the lowest 16 bits up, zero past its end), in an open-addressed table (0 an empty slot).
    private static readonly ulong[] ShortAbbreviationTable = BuildShortAbbreviationTable();

    private static ulong[] BuildShortAbbreviationTable()
    {
        var table = new ulong[AbbreviationTableSize];
        foreach (var a in Abbreviations)
        {
            if (a.Length <= ShortAbbreviationLength) Put(table, ShortWordMemo.Spelling(a.PadRight(4, '\0'), 0, a.Length));
        }
        return table;
    }

    /// <summary>True when <paramref name="key"/> is the <see cref="Packed"/> form of an abbreviation.</summary>
    private static bool IsListed(ulong key) => Holds(AbbreviationTable, key);

    /// <summary>True when the open-addressed <paramref name="table"/> (of <see cref="AbbreviationTableSize"/> slots, 0 an empty one) holds <paramref name="key"/>.</summary>
    private static bool Holds(ulong[] table, ulong key)
    {
        for (int slot = AbbreviationSlot(key); ; slot = (slot + 1) & (AbbreviationTableSize - 1))
        {
            ulong entry = table[slot];
            if (entry == key) return true;
            if (entry == 0) return false;
        }
    }

    /// <summary>Enters <paramref name="key"/> in the open-addressed <paramref name="table"/> that <see cref="Holds"/> reads.</summary>
    private static void Put(ulong[] table, ulong key)
    {
        int slot = AbbreviationSlot(key);
        while (table[slot] != 0 && table[slot] != key) slot = (slot + 1) & (AbbreviationTableSize - 1);
        table[slot] = key;
    }

    /// <summary>Slots of <see cref="AbbreviationTable"/>: a power of two, about three times the abbreviations, so most probes end at the first slot.</summary>
    private const int AbbreviationTableSize = 1 << 7;

    private static int AbbreviationSlot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> (64 - 7));

    // Each abbreviation's Packed form in an open-addressed table (0, which no word packs to, is an empty slot).
    private static readonly ulong[] AbbreviationTable = BuildAbbreviationTable();

    private static ulong[] BuildAbbreviationTable()
    {
        var table = new ulong[AbbreviationTableSize];
        foreach (var a in Abbreviations) Put(table, Packed(a));
        return table;
    }

    // Bit c - 'A' for each first character c of an abbreviation (all are ASCII letters, 'A' to 'z').
    private static readonly ulong AbbreviationFirsts = Abbreviations.Aggregate(0UL, (bits, a) => bits | 1UL << (a[0] - 'A'));

    private static bool MayStartAbbreviation(char c) => (uint)(c - 'A') < 64 && ((AbbreviationFirsts >> (c - 'A')) & 1) != 0;
}
