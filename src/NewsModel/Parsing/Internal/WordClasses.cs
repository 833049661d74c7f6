namespace NewsModel.Parsing.Internal;

/// <summary>The closed word lists the attribution stage asks about, as bits: one word may be in several.</summary>
[Flags]
internal enum WordClass : uint
{
    None = 0,
    /// <summary>Function words that never open a name ("when", "the", "said").</summary>
    ClosedClass = 1 << 0,
    /// <summary>Pronouns that can stand for a speaker ("he", "they").</summary>
    Pronoun = 1 << 1,
    /// <summary>Prepositions and the like that open an adjunct before or inside a noun phrase.</summary>
    Preposition = 1 << 2,
    /// <summary>Words that open an adjunct after an attribution ("…, X said as he left").</summary>
    AdjunctStart = 1 << 3,
    /// <summary>Words that open a sentence without being part of what was said ("However, …").</summary>
    Connective = 1 << 4,
    /// <summary>Words in -ly that are not adverbs ("family", "Italy").</summary>
    NotAdverb = 1 << 5,
    /// <summary>Subject pronouns that open a clause after a hearer ("told reporters he …").</summary>
    SubjectPronoun = 1 << 6,
    /// <summary>Words that introduce a name in quotes ("so-called", "dubbed").</summary>
    Naming = 1 << 7,
    /// <summary>Auxiliaries and adverbs that stand between a subject and its verb ("has", "also").</summary>
    Auxiliary = 1 << 8,
    /// <summary>Lower-case words that may stand inside a speaker's noun phrase ("former", "minister"), group nouns included.</summary>
    NounPhraseWord = 1 << 9,
    /// <summary>Nouns for a group of speakers ("officials", "sources").</summary>
    GroupNoun = 1 << 10,
    /// <summary>The first word of a speech cue in the knowledge base.</summary>
    CueStart = 1 << 11,
    /// <summary>The first word of a speaker description in the knowledge base.</summary>
    DescriptionStart = 1 << 12,
    /// <summary>The first word of a title in the knowledge base.</summary>
    TitleStart = 1 << 13,
    /// <summary>Words that open a cue holding its speaker ("according to X", "in X's words", "quoted X as saying").</summary>
    CueAnchor = 1 << 14,

    /// <summary>Set on a cached entry once the word was looked up, so that "none of the lists" is cached too.</summary>
    Known = 1u << 31,
}

/// <summary>
/// Every word list the attribution stage reads, merged into one case-insensitive table from word to its
/// <see cref="WordClass"/> bits: a token is hashed once, however many lists are asked about it (each list was a
/// hash set of its own, and the stage asked several of them about the same token many times).
/// </summary>
internal sealed class WordClasses
{
    private static readonly string[] ClosedClassWords =
    [
        "when", "while", "if", "as", "but", "and", "or", "although", "though", "because", "since", "after", "before", "in", "on",
        "at", "for", "with", "by", "from", "to", "that", "this", "these", "those", "there", "here", "even", "only", "also",
        "however", "meanwhile", "moreover", "yet", "so", "then", "now", "still", "asked", "speaking", "addressing", "according",
        "during", "under", "over", "about", "into", "what", "which", "who", "whom", "whose", "where", "why", "how", "not", "no",
        "instead", "thus", "therefore", "besides", "furthermore", "nevertheless", "once", "until", "unless", "whether", "be",
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must",
        "do", "does", "did", "said", "says", "told", "it's", "its", "all", "some", "many", "most", "both", "each", "any",
        "other", "such", "than", "too", "very", "just", "like", "up", "out", "off", "down", "against", "between", "among",
        "through", "without", "within", "upon", "toward", "towards", "across", "behind", "below", "above", "near", "via",
        "i", "me", "my", "you", "your", "us", "them", "him", "her", "his", "their", "our",
    ];

    private static readonly string[] PronounWords = ["he", "she", "they", "it", "we", "i"];

    private static readonly string[] PrepositionWords =
    [
        "in", "on", "at", "during", "after", "before", "with", "for", "of", "by", "from", "through", "via", "about", "while",
        "when", "as", "ahead", "following", "amid", "without", "under", "over", "earlier", "later", "late", "again", "repeatedly",
        "despite", "upon", "into",
    ];

    private static readonly string[] AdjunctStartWords =
    [
        "in", "on", "at", "during", "after", "before", "with", "for", "by", "from", "through", "via", "about", "while",
        "when", "as", "ahead", "following", "amid", "without", "under", "over", "earlier", "later", "since", "because",
        "although", "though", "despite", "upon", "shortly", "last", "this", "yesterday", "today", "tonight", "here", "there",
    ];

    private static readonly string[] ConnectiveWords =
    [
        "however", "but", "and", "meanwhile", "also", "moreover", "still", "nevertheless", "nonetheless", "furthermore",
        "besides", "yet", "so", "therefore", "thus", "instead", "indeed", "now", "then", "additionally", "in", "at",
    ];

    private static readonly string[] NotAdverbWords = ["family", "ally", "assembly", "supply", "rally", "italy"];

    private static readonly string[] SubjectPronounWords = ["he", "she", "they", "we", "i", "it", "there"];

    private static readonly string[] CueAnchorWords = ["according", "in", "quoted"];

    private static readonly string[] NamingWordList = ["so-called", "called", "dubbed", "named", "titled", "entitled"];

    private readonly WordTable<WordClass> _table = new();

    // Most tokens open no cue: the cue words' shapes rule them out before a table lookup (on the bulk corpus about
    // one word in 140 that is no cue word gets past the filter).
    private readonly ShapeFilter _cueShapes = new();

    public WordClasses(
        IEnumerable<string> auxiliaries,
        IEnumerable<string> nounPhraseWords,
        IEnumerable<string> groupNouns,
        IEnumerable<string> cueStarts,
        IEnumerable<string> descriptionStarts,
        IEnumerable<string> titleStarts)
    {
        Add(ClosedClassWords, WordClass.ClosedClass);
        Add(PronounWords, WordClass.Pronoun);
        Add(PrepositionWords, WordClass.Preposition);
        Add(AdjunctStartWords, WordClass.AdjunctStart);
        Add(ConnectiveWords, WordClass.Connective);
        Add(NotAdverbWords, WordClass.NotAdverb);
        Add(SubjectPronounWords, WordClass.SubjectPronoun);
        Add(NamingWordList, WordClass.Naming);
        Add(CueAnchorWords, WordClass.CueAnchor);
        Add(auxiliaries, WordClass.Auxiliary);
        Add(nounPhraseWords, WordClass.NounPhraseWord);
        Add(groupNouns, WordClass.GroupNoun | WordClass.NounPhraseWord);
        Add(cueStarts, WordClass.CueStart);
        foreach (var w in cueStarts.Concat(CueAnchorWords)) _cueShapes.Add(w);
        Add(descriptionStarts, WordClass.DescriptionStart);
        Add(titleStarts, WordClass.TitleStart);

        void Add(IEnumerable<string> words, WordClass bits)
        {
            foreach (var w in words)
            {
                _table.TryGetValue(w, out var had);
                _table.Set(w, had | bits);
            }
        }
    }

    /// <summary>The shapes of the words in <see cref="WordClass.CueStart"/> or <see cref="WordClass.CueAnchor"/>: a word it turns away is in neither.</summary>
    public ShapeFilter CueShapes => _cueShapes;

    /// <summary>The classes of <paramref name="word"/>, always with <see cref="WordClass.Known"/> set.</summary>
    public WordClass Of(ReadOnlySpan<char> word) =>
        (_table.TryGetValue(word, out var bits) ? bits : WordClass.None) | WordClass.Known;
}
