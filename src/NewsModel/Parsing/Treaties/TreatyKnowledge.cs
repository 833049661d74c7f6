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
                AddStart(noun.Noun, caseSensitive: true);
                continue;
            }
            AddStart(Nouns.Add(noun.Noun, noun));
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
        if (words.Length == 1) _oneWordNames.Add(words[0], caseSensitive);
        else if (words.Length > 1) _secondWords.Add(words[1], caseSensitive);
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
