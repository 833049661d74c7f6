using NewsModel.Knowledge;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Treaties;

/// <summary>
/// The treaty catalog's lookup structures: the name index, head nouns, shared acronyms, and a filter that rules out
/// most tokens as the start of anything the treaty stage reads.
/// </summary>
internal sealed class TreatyKnowledge
{
    // The first words of every name, acronym, alias and head noun, and the article word: a token the filter does not hold
    // starts nothing the treaty stage reads, and the stage skips it (nearly every token) without a lookup.
    private readonly ShapeFilter _starts = new();

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
            if (noun.Uses.HasFlag(TreatyNounUses.ArticleReference))
            {
                _articleWords.Add(noun.Noun);
                _articleShapes.Add(noun.Noun, caseSensitive: true);
                AddEdges(_aloneEdges, noun.Noun);
                AddStart(noun.Noun, caseSensitive: true);
                continue;
            }
            var nounWords = Nouns.Add(noun.Noun, noun);
            if (nounWords.Length > 0) AddEdges(_aloneEdges, nounWords[0]);
            AddStart(nounWords);
        }
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

    private readonly List<string> _articleWords = [];

    // The article words' shapes (matching case): most words asked are ruled out without reading the list.
    private readonly ShapeFilter _articleShapes = new();

    /// <summary>
    /// True when <paramref name="token"/> is a word that opens an article reference ("Article"), matching case.
    /// <paramref name="key"/>: the word's shape (default for a token that is no word).
    /// </summary>
    /// <remarks>
    /// The shape first, inlined: 1,636 asks over bulk200, 3 found, and the call and the list's walk cost about 53
    /// instructions an ask.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool IsArticleWord(string source, Token token, ShapeKey key) =>
        token.Kind == TokenKind.Word && _articleShapes.MayContain(key) && IsListedArticleWord(source.AsSpan(token.Start, token.Length));

    private bool IsListedArticleWord(ReadOnlySpan<char> word)
    {
        foreach (var w in _articleWords)
        {
            // The length first, without a call.
            if (word.Length == w.Length && word.SequenceEqual(w)) return true;
        }
        return false;
    }

    /// <summary>Catalog names, aliases and acronyms (acronyms match case).</summary>
    public PhraseIndex<TreatyEntry> Names { get; } = new();

    /// <summary>Head nouns ("agreement", "joint declaration").</summary>
    public PhraseIndex<TreatyNounEntry> Nouns { get; } = new();

    /// <summary>Acronyms that stand for more than one catalog entry, with those entries in catalog order.</summary>
    public Dictionary<string, List<TreatyEntry>> SharedAcronyms { get; } = new(StringComparer.Ordinal);

    /// <summary>The shapes of the words that start anything the stage reads.</summary>
    public ShapeFilter StartShapes => _starts;

    /// <summary>
    /// Whether a punctuation mark beyond ASCII (curly quotes, dashes) may start anything: only when a start word has a
    /// character beyond ASCII where the filter's shape reads.
    /// The name index reads no mark as a first word but an apostrophe or a period, and it keeps every apostrophe of
    /// a name as the ASCII one.
    /// </summary>
    public bool MarkBeyondAsciiMayStart => _starts.HasUnshapedWords;

    /// <summary>
    /// False when <paramref name="token"/>, whose shape is <paramref name="key"/>, starts no catalog name, head noun
    /// or article reference; true means look it up. Words the article itself defines (acronyms, the treaty in scope)
    /// are the caller's to check.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayStart(string source, Token token, ShapeKey key) =>
        token.Kind == TokenKind.Punct && source[token.Start] >= '\u0080' ? MarkBeyondAsciiMayStart : _starts.MayContain(key);

    // The phrase index cuts the name once and hands its words back: cutting it again here cost as much again at start-up.
    private void AddName(string name, TreatyEntry treaty, bool caseSensitive = false)
    {
        var words = Names.Add(name, treaty, caseSensitive);
        AddStart(words, caseSensitive);
        if (words.Length == 1)
        {
            _oneWordNames.Add(words[0], caseSensitive);
            AddEdges(_aloneEdges, words[0]);
        }
        else if (words.Length > 1)
        {
            _secondWords.Add(words[1], caseSensitive);
            int first = EdgeIndex(words[0]), second = EdgeIndex(words[1]);
            if (first < 0 || second < 0) _edgesOff = true;
            else Set(_pairEdges, PairIndex(first, second));
        }
    }

    // Edge tables, 2 KB each. A word's edges are its first character, last character (both as their low five bits, so
    // an ASCII letter's two cases and a few other characters share one) and length (15 for any longer): a word equal to
    // an added one, ignoring case or not, has the same edges, so a word whose bit is clear is surely none of them.
    // _aloneEdges: the one-word names, the article words and the head nouns' first words (what Step reads at a word
    // alone); _pairEdges: the first two words of the longer names, their edges hashed together.
    private readonly ulong[] _aloneEdges = new ulong[EdgeBits / 64];
    private readonly ulong[] _pairEdges = new ulong[EdgeBits / 64];
    private const int EdgeBits = 1 << 14;

    // True when a word added has a character beyond ASCII at an edge (or is empty): the edge tables then answer true.
    private bool _edgesOff;

    private void AddEdges(ulong[] table, string word)
    {
        int at = EdgeIndex(word);
        if (at < 0) _edgesOff = true;
        else Set(table, at);
    }

    private static void Set(ulong[] table, int at) => table[at >> 6] |= 1UL << at;

    private static int EdgeIndex(string word) =>
        word.Length == 0 || word[0] >= '\u0080' || word[^1] >= '\u0080' ? -1 : EdgeIndex(word[0], word[^1], word.Length);

    /// <summary>The edges of <c>source</c> at <paramref name="token"/>; -1 for a character beyond ASCII at an edge.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int EdgeIndex(string source, Token token)
    {
        char first = source[token.Start];
        char last = source[token.Start + token.Length - 1];
        return (first | last) >= '\u0080' ? -1 : EdgeIndex(first, last, token.Length);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int EdgeIndex(char first, char last, int length) => ((first & 31) << 9) | ((last & 31) << 4) | Math.Min(length, 15);

    /// <summary>The bit of two words' edges (each below 2^14) together.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int PairIndex(int first, int second) => (int)(((uint)((first << 14) | second) * 0x9E3779B1u) >> 18);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool Holds(ulong[] table, int at) => ((table[(at >> 6) & (EdgeBits / 64 - 1)] >> at) & 1) != 0;

    /// <summary>
    /// False when Step would surely read nothing at <c>tokens[i]</c>, a token the screen listed, while the article has
    /// defined no words of its own: a word that is no one-word name, article word or head noun's first word, and is
    /// not followed (past hyphens, as <see cref="MayStartName"/> reads) by a word that makes the first two words of a
    /// name with it, or by nothing. True for a token that is no word.
    /// </summary>
    /// <remarks>
    /// Three characters and a length of each of two tokens, where Step makes two shapes and asks five filters: about
    /// 1,100 of the 1,550 tokens listed on bulk200 are turned away here. The pair, not the second word alone: "of",
    /// "and" and "for" are second words of names ("Law of the Sea"), and follow "first" or "Washington" often.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayStepAt(string source, List<Token> tokens, int i)
    {
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        var token = all[i];
        if (token.Kind != TokenKind.Word || _edgesOff) return true;
        int own = EdgeIndex(source, token);
        if (own < 0 || Holds(_aloneEdges, own)) return true;
        int t = i + 1;
        while (t < all.Length && all[t].Kind == TokenKind.Punct && Chars.IsHyphen(source[all[t].Start])) t++;
        if (t >= all.Length) return false;
        int second = EdgeIndex(source, all[t]);
        return second < 0 || Holds(_pairEdges, PairIndex(own, second));
    }

    // The names of one word (acronyms, mostly), and the second words of the longer ones: what MayStartName asks.
    private readonly ShapeFilter _oneWordNames = new();
    private readonly ShapeFilter _secondWords = new();

    /// <summary>
    /// False when no catalog name, alias or acronym can start at <c>tokens[i]</c>, a word the screen let through: it
    /// is no one-word name, and the next token that is no hyphen (the name index steps over hyphens) is no longer
    /// name's second word, or there is none. True means ask the name index. <paramref name="key"/>: the word's shape.
    /// </summary>
    /// <remarks>
    /// Most words that start a name ("new", "first", "United", "law") are followed by none of the few dozen second
    /// words ("new plans", "first time"): two shape tests rule them out where the index's lookup and its phrases' walk
    /// cost about 400 instructions (about 1,300 of the 1,640 words the screen marks on bulk200).
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayStartName(string source, List<Token> tokens, int i, ShapeKey key)
    {
        // The next token's key made inline (ShapeFilter.KeyOf), over the list's span: as calls the two tests cost about
        // 220 instructions. <paramref name="key"/> is the word's own, made once by the caller.
        if (_oneWordNames.MayContain(key)) return true;
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        int t = i + 1;
        while (t < all.Length && all[t].Kind == TokenKind.Punct && Chars.IsHyphen(source[all[t].Start])) t++;
        return t < all.Length && _secondWords.MayContain(ShapeFilter.KeyOf(source, all[t].Start, all[t].Length));
    }

    private void AddStart(string phrase, bool caseSensitive = false) =>
        // The phrase index's cut of a phrase (at its spaces when it is ASCII letters and spaces, else tokenized): the
        // words it keeps, without the tokenizer's list and token for each.
        AddStart(PhraseIndex<TreatyEntry>.WordsOf(phrase), caseSensitive);

    private void AddStart(string[] words, bool caseSensitive = false)
    {
        if (words.Length > 0) _starts.Add(words[0], caseSensitive);
    }
}
