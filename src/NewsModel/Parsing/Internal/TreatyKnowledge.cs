using NewsModel.Knowledge;

namespace NewsModel.Parsing.Internal;

/// <summary>
/// The treaty catalog's lookup structures: the name index, head nouns, shared acronyms, and a filter that rules out
/// most tokens as the start of anything the treaty stage reads.
/// </summary>
internal sealed class TreatyKnowledge
{
    /// <summary>The one word that starts an article reference ("Article 14 of the Treaty"), as the stage compares it.</summary>
    public const string ArticleWord = "Article";

    // A Bloom filter over a first word's first three characters, its last and its length: a token it does not
    // hold starts no name, acronym, alias or head noun, and the treaty stage skips it (nearly every token)
    // without a dictionary lookup. Characters other than the first enter folded to lower case (| 0x20, which
    // also pairs a few marks with others: that costs a lookup, never a miss); the first keeps its case, and an
    // entry that ignores case is added in both, so the acronyms, which match case, do not let "that" through as
    // "TTBT". A first word with a character beyond ASCII there turns the filter off, since case folding can map
    // it onto ASCII.
    private const int Bits = 1 << 16;
    private readonly ulong[] _bits = new ulong[Bits / 64];
    private bool _unfiltered;

    public TreatyKnowledge(KnowledgeBase knowledge)
    {
        foreach (var treaty in knowledge.Treaties)
        {
            AddName(treaty.Name, treaty);
            foreach (var alias in treaty.Aliases) AddName(alias, treaty);
            foreach (var acronym in treaty.Acronyms) AddName(acronym, treaty, caseSensitive: true);
        }
        foreach (var noun in knowledge.TreatyNouns)
        {
            Nouns.Add(noun.Noun, noun);
            AddStart(noun.Noun);
        }
        AddStart(ArticleWord, caseSensitive: true);
        var byAcronym = new Dictionary<string, List<TreatyEntry>>(StringComparer.Ordinal);
        foreach (var treaty in knowledge.Treaties)
        {
            foreach (var acronym in treaty.Acronyms)
            {
                if (!byAcronym.TryGetValue(acronym, out var list)) byAcronym[acronym] = list = [];
                list.Add(treaty);
            }
        }
        foreach (var (acronym, list) in byAcronym)
        {
            if (list.Count > 1) SharedAcronyms[acronym] = list;
        }
    }

    /// <summary>Catalog names, aliases and acronyms (acronyms match case).</summary>
    public PhraseIndex<TreatyEntry> Names { get; } = new();

    /// <summary>Head nouns ("agreement", "joint declaration").</summary>
    public PhraseIndex<TreatyNounEntry> Nouns { get; } = new();

    /// <summary>Acronyms that stand for more than one catalog entry, with those entries in catalog order.</summary>
    public Dictionary<string, List<TreatyEntry>> SharedAcronyms { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// False when <paramref name="token"/> starts no catalog name, head noun or article reference; true means look
    /// it up. Words the article itself defines (acronyms, the treaty in scope) are the caller's to check.
    /// </summary>
    public bool MayStart(string source, Token token)
    {
        int start = token.Start, length = token.Length;
        char first = source[start];
        char second = source[start + Math.Min(1, length - 1)];
        char third = source[start + Math.Min(2, length - 1)];
        char last = source[start + length - 1];
        // A mark beyond ASCII (curly quotes, dashes) starts nothing: the name index reads no mark as a first word
        // but an apostrophe or a period, and it keeps every apostrophe of a name as the ASCII one.
        if ((first | second | third | last) >= '\u0080') return _unfiltered || token.Kind != TokenKind.Punct;
        uint key = Key(first, second, third, last, length);
        return _unfiltered || (IsSet(FirstHash(key)) && IsSet(SecondHash(key)));
    }

    private void AddName(string name, TreatyEntry treaty, bool caseSensitive = false)
    {
        Names.Add(name, treaty, caseSensitive);
        AddStart(name, caseSensitive);
    }

    private void AddStart(string phrase, bool caseSensitive = false)
    {
        var words = Tokenizer.PhraseWords(phrase);
        if (words.Length == 0) return;
        var word = words[0];
        char first = word[0];
        char second = word[Math.Min(1, word.Length - 1)];
        char third = word[Math.Min(2, word.Length - 1)];
        char last = word[^1];
        if ((first | second | third | last) >= '\u0080')
        {
            _unfiltered = true;
            return;
        }
        Add(Key(first, second, third, last, word.Length));
        if (!caseSensitive && char.IsAsciiLetter(first)) Add(Key((char)(first ^ 0x20), second, third, last, word.Length));
    }

    /// <summary>Four ASCII characters of seven bits and a length of four: the filter's key, before hashing.</summary>
    private static uint Key(char first, char second, char third, char last, int length) =>
        first | (uint)(second | 0x20) << 7 | (uint)(third | 0x20) << 14 | (uint)(last | 0x20) << 21 | (uint)Math.Min(length, 15) << 28;

    // Multiplicative hashing: the top bits of the product mix all of the key's bits; two odd constants give two
    // unrelated hashes.
    private static int FirstHash(uint key) => (int)((key * 0x9E3779B1u) >> 16);

    private static int SecondHash(uint key) => (int)((key * 0x85EBCA77u) >> 16);

    private void Add(uint key)
    {
        Set(FirstHash(key));
        Set(SecondHash(key));
    }

    private void Set(int hash) => _bits[hash >> 6] |= 1UL << (hash & 63);

    private bool IsSet(int hash) => (_bits[hash >> 6] & (1UL << (hash & 63))) != 0;
}
