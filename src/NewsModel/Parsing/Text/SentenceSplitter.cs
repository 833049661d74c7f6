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
    /// As <see cref="Split"/>: one walk over the block's sentence-end marks, token by token from bit to bit, its quotes
    /// passed in order (internal: the tests hold it, and the mark-by-mark split of a block without quotes, equal to the
    /// walk over the block's positions it replaced).
    /// </summary>
    /// <remarks>
    /// The marks before a quote are read as <see cref="SplitUnquoted"/> reads them; the marks inside it end no sentence
    /// and are stepped over, the last of them telling whether the quote's last words end one (a mark just before its
    /// closing mark), so the closing mark's token is found a token or two after it, not by a search. The walk over the
    /// positions with a quote and a limit test per mark cost 740 K instructions on bulk200 (1,178 blocks).
    /// </remarks>
    internal static void SplitWalk(string s, Block block, List<Quote> quoteList, ReadOnlySpan<Token> tokens, ReadOnlySpan<ulong> ends, List<(int Start, int End)> result)
    {
        result.Clear();
        // Each sentence but the last ends at a sentence-end mark of its own (after a quote, the one before its closing
        // mark), so the list holds at most one sentence per mark and one more. Counted only on a block of many tokens,
        // where the room a doubling leaves unused is worth it; elsewhere the list grows as a list does.
        int most = tokens.Length < MinTokensToBound ? int.MaxValue : CountBits(ends) + 1;
        var quotes = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(quoteList);
        // The first token of the sentence being read.
        int start = 0;
        // The next sentence-end mark: each is passed once.
        int k = BlockText.NextBit(ends, 0);
        // The source offset past the last quote passed.
        int passed = block.Start;
        foreach (ref readonly var quote in quotes)
        {
            // Quotes are outermost and in order: one opening inside the quote before it (the walk over the positions
            // never reached its opening mark) and those after it are read as words.
            if (quote.Open < passed) break;
            for (; k >= 0 && tokens[k].Start < quote.Open; k = BlockText.NextBit(ends, k + 1))
            {
                // Each mark is past the sentence's first token: the sentence is never empty.
                if (StartsSentenceAfter(s, tokens, k) && !IsAbbreviationBefore(s, block.Start, tokens, k))
                {
                    BoundedGrowth.Add(result, (start, k + 1), most);
                    start = k + 1;
                }
            }
            passed = quote.End;
            // The marks inside the quote: the last one passed is just before the closing mark when its words end a sentence
            // (a mark is a token of its own, and none is a quotation mark).
            int last = -1;
            for (; k >= 0 && tokens[k].Start < passed; k = BlockText.NextBit(ends, k + 1)) last = k;
            if (quote.Closed && last >= 0 && tokens[last].Start == quote.Close - 1)
            {
                // The first token past the closing mark (of one or two characters, each a token of its own or one).
                int after = last + 1;
                while (after < tokens.Length && tokens[after].Start < passed) after++;
                // A quote whose last words end a sentence ends the sentence after its closing mark, which ends at the
                // token before that one.
                // The sentence holds the quote's opening mark at least. (A local function for the adds, its start
                // shared, kept start and the list in memory: 15 instructions a sentence more.)
                if (StartsSentenceAfter(s, tokens, after - 1))
                {
                    BoundedGrowth.Add(result, (start, after), most);
                    start = after;
                }
            }
        }
        for (; k >= 0; k = BlockText.NextBit(ends, k + 1))
        {
            if (StartsSentenceAfter(s, tokens, k) && !IsAbbreviationBefore(s, block.Start, tokens, k))
            {
                BoundedGrowth.Add(result, (start, k + 1), most);
                start = k + 1;
            }
        }
        if (start < tokens.Length) BoundedGrowth.Add(result, (start, tokens.Length), most);
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
        c < '\u0080' ? ((c < 64 ? OpensSentenceLow : OpensSentenceHigh) >> (c & 63) & 1) != 0 : OpensSentenceBeyondAscii(c);

    /// <summary>As <see cref="OpensSentence"/> for a character beyond ASCII.</summary>
    private static bool OpensSentenceBeyondAscii(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '\u201C' or '\u00AB' or '\u2018';

    // The ASCII characters that may open a sentence (a capital, a digit, '"', '\'' or '('), a bit each: 0 to 63, 64 to
    // 127. One shift for every one, where the tests in turn cost about 20 instructions for a lower-case letter.
    private const ulong OpensSentenceLow = 1UL << '"' | 1UL << '\'' | 1UL << '(' | 0x3FFUL << '0';
    private const ulong OpensSentenceHigh = 0x3FFFFFFUL << ('A' - 64);

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
                ulong spelling = ShortSpelling.Spelling(s, word.Start, word.Length);
                if ((spelling & NonAsciiLanes) != 0) return IsAbbreviation(s, blockStart, dot);
                // An initial ("J. Smith", "U.S.") is no sentence end; no abbreviation is one letter.
                if (word.Length == 1) return Chars.IsUpper(s[word.Start]);
                // Most words before a dot ("said", "year") start with a letter no abbreviation starts with: no lookup.
                return MayStartAbbreviation((char)spelling) && IsListedShort(spelling);
            }
            if (word.Length > MaxAbbreviationLength)
            {
                // All ASCII in the last seven characters, as far back as the longest abbreviation and one more: none.
                ref char last = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(s.AsSpan(dot - (MaxAbbreviationLength + 1), MaxAbbreviationLength + 1));
                ulong before = System.Runtime.CompilerServices.Unsafe.ReadUnaligned<ulong>(ref System.Runtime.CompilerServices.Unsafe.As<char, byte>(ref last))
                    | System.Runtime.CompilerServices.Unsafe.ReadUnaligned<ulong>(ref System.Runtime.CompilerServices.Unsafe.As<char, byte>(ref System.Runtime.CompilerServices.Unsafe.Add(ref last, MaxAbbreviationLength - 3)));
                return (before & NonAsciiLanes) != 0 && IsAbbreviation(s, blockStart, dot);
            }
            // A word of five or six characters: its first four and last four, read as two loads. All ASCII (so all
            // letters), it is none unless its first letter starts an abbreviation; else it is read as below.
            ref char first = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(s.AsSpan(word.Start, word.Length));
            ulong both = System.Runtime.CompilerServices.Unsafe.ReadUnaligned<ulong>(ref System.Runtime.CompilerServices.Unsafe.As<char, byte>(ref first))
                | System.Runtime.CompilerServices.Unsafe.ReadUnaligned<ulong>(ref System.Runtime.CompilerServices.Unsafe.As<char, byte>(ref System.Runtime.CompilerServices.Unsafe.Add(ref first, word.Length - 4)));
            if ((both & NonAsciiLanes) == 0 && !MayStartAbbreviation(first)) return false;
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

    /// <summary>True when <paramref name="spelling"/> (<see cref="ShortSpelling.Spelling"/> of an ASCII word of two to four characters) is an abbreviation's.</summary>
    private static bool IsListedShort(ulong spelling) => Holds(ShortAbbreviationTable, spelling);

    // The spelling of each abbreviation of up to four characters, as ShortSpelling.Spelling reads a word (its characters
    // from the lowest 16 bits up, zero past its end), in an open-addressed table (0 an empty slot).
    private static readonly ulong[] ShortAbbreviationTable = BuildShortAbbreviationTable();

    private static ulong[] BuildShortAbbreviationTable()
    {
        var table = new ulong[AbbreviationTableSize];
        foreach (var a in Abbreviations)
        {
            if (a.Length <= ShortAbbreviationLength) Put(table, ShortSpelling.Spelling(a.PadRight(4, '\0'), 0, a.Length));
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
