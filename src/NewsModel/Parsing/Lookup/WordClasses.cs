using NewsModel.Knowledge;

namespace NewsModel.Parsing.Lookup;

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


    private static readonly string[] DeterminerWords =
    [
        "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your", "several", "some",
        "many", "most", "all", "both", "each", "any", "other", "another", "one", "few", "more", "two", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "nearly", "about", "almost",
    ];

    // Neither quantifiers ("Many say …") nor "to" ("to state that …") nor "that" ("the report that states …"): words
    // after which a verb form still reads as a verb.
    private static readonly string[] NounMarkerWords =
    [
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "of", "in", "on", "at", "for", "with", "from",
        "into", "across", "between", "among", "per",
    ];

    private static readonly string[] ActObjectWords =
    [
        "war", "victory", "emergency", "bankruptcy", "independence", "martial", "candidacy", "himself", "herself", "itself",
        "themselves", "ourselves", "myself",
    ];

    private static readonly string[] PhraseLinkWords = ["of", "for", "at", "in", "on", "from", "with", "to", "and", "among", "&"];

    private static readonly string[] SubordinatorWords =
    [
        "while", "although", "though", "as", "because", "if", "when", "whereas", "since", "after", "before", "until", "once",
    ];

    private static readonly string[] BeFormWords = ["is", "are", "was", "were", "be", "been", "being"];

    private static readonly string[] NotSpeakerLabelWords =
    [
        "update", "updated", "note", "photo", "photos", "video", "source", "sources", "editor", "correction", "read", "watch",
        "see", "related", "advertisement", "subscribe", "share", "tags", "topics", "credit", "report", "reports", "breaking",
        "exclusive", "analysis", "opinion", "poll", "question", "answer", "transcript", "background", "context", "why", "what",
        "how", "where", "when", "who", "key", "bottom", "line", "here", "there", "today", "tomorrow", "yesterday", "live",
        "list", "more", "also", "next", "previous", "summary", "fact", "facts", "timeline", "quote", "quotes", "caption",
        "latest", "look", "wow", "boom", "busted", "revealed", "leaked", "bombshell", "notice", "byline", "deaths", "name", "age",
        "job", "pay",
    ];

    private static readonly string[] NotAgentWords =
    [
        "estimate", "estimates", "figure", "figures", "data", "result", "results", "projection", "projections", "calculation",
        "calculations", "statistics", "numbers", "tally", "tallies", "count", "counts", "records", "forecast", "forecasts",
        "shares", "stocks", "prices", "index", "yields", "bonds", "futures", "sales", "exports", "imports", "profits",
        "earnings", "revenue", "revenues", "output", "inflation", "unemployment",
    ];

    private static readonly string[] InterrogativeWords = ["whether", "if", "what", "why", "how", "who", "whom", "which", "where", "when"];

    private static readonly string[] FocusWords = ["only", "even", "just"];

    private static readonly string[] NumberWordList = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    private static readonly string[] ChainVerbWords =
    [
        "continue", "continues", "continued", "continuing", "proceeded", "proceeds", "tried", "tries", "trying", "appeared",
        "appears", "seemed", "seems", "began", "begins", "sought", "seeks", "quick", "rushed", "hastened", "moved",
        "went", "goes", "took", "takes", "taken", "used", "sure", "careful", "eager",
    ];

    private static readonly string[] NotSubjectsActWords =
    [
        "not", "never", "declined", "declines", "declining", "refused", "refuses", "refusing", "unable", "reluctant",
        "unwilling", "hard", "difficult", "impossible", "fair", "safe", "asked", "urged", "told", "forced", "allowed", "called",
        "pressed", "pushed", "encouraged", "invited", "challenged", "begged", "ordered", "persuaded", "prompted",
        "wanted", "wants", "want", "hoped", "hopes", "expected", "able", "afraid", "dared",
    ];

    private static readonly string[] GerundLinkWords = ["by", "before", "after", "while", "of"];

    private static readonly string[] FiniteAuxiliaryWords =
        ["has", "have", "had", "will", "would", "can", "could", "may", "might", "should", "must", "shall", "does", "did"];

    private static readonly string[] NamingWordList = ["so-called", "called", "dubbed", "named", "titled", "entitled"];

    // Sized for the default knowledge's words (about 900), so that start-up does not grow it five times over; no stage
    // lists its keys.
    private readonly WordTable<WordClass> _table = new(1024, keepKeys: false);

    // Most tokens open no cue: the cue words' shapes rule them out before a table lookup (on the bulk corpus about
    // one word in 140 that is no cue word gets past the filter).
    private readonly ShapeFilter _cueShapes = new();

    // The shapes of every listed word, which the token screen keeps as TokenMarks.MayHaveClass: a token it turns away is
    // answered without a lookup.
    private readonly ShapeFilter _classShapes = new();

    public WordClasses(
        IEnumerable<string> auxiliaries,
        IEnumerable<string> nounPhraseWords,
        IEnumerable<string> groupNouns,
        IEnumerable<string> cueStarts,
        IEnumerable<string> descriptionStarts,
        IEnumerable<string> titleStarts)
    {
        Add(ClosedClassWords, WordClass.ClosedClass);
        Add(Pronouns.Subject, WordClass.Pronoun);
        Add(Pronouns.Object, WordClass.ObjectPronoun);
        Add(PrepositionWords, WordClass.Preposition);
        Add(AdjunctStartWords, WordClass.AdjunctStart);
        Add(ConnectiveWords, WordClass.Connective);
        Add(NotAdverbWords, WordClass.NotAdverb);
        Add([.. Pronouns.Subject, "there"], WordClass.SubjectPronoun);
        Add(NamingWordList, WordClass.Naming);
        Add(DeterminerWords, WordClass.Determiner);
        Add(PhraseLinkWords, WordClass.PhraseLink);
        Add(NounMarkerWords, WordClass.NounMarker);
        Add(ActObjectWords, WordClass.ActObject);
        Add(SubordinatorWords, WordClass.Subordinator);
        Add(BeFormWords, WordClass.BeForm);
        Add(NotSpeakerLabelWords, WordClass.NotSpeakerLabel);
        Add(NotAgentWords, WordClass.NotAgent);
        Add(InterrogativeWords, WordClass.Interrogative);
        Add(FocusWords, WordClass.Focus);
        Add(NumberWordList, WordClass.NumberWord);
        Add(ChainVerbWords, WordClass.ChainVerb);
        Add(NotSubjectsActWords, WordClass.NotSubjectsAct);
        Add(GerundLinkWords, WordClass.GerundLink);
        Add(FiniteAuxiliaryWords, WordClass.FiniteAuxiliary);
        Add(CueAnchorWords.FirstWords, WordClass.CueAnchor);
        Add(auxiliaries, WordClass.Auxiliary);
        Add(nounPhraseWords, WordClass.NounPhraseWord);
        Add(groupNouns, WordClass.GroupNoun | WordClass.NounPhraseWord);
        Add(cueStarts, WordClass.CueStart);
        // "words" too, which opens no cue: the attribution reader finds the "words" of "in X's words" among the block's
        // cue-marked tokens instead of reading every token.
        foreach (var w in cueStarts.Concat(CueAnchorWords.FirstWords).Append(CueAnchorWords.Words)) _cueShapes.Add(w);
        Add(descriptionStarts, WordClass.DescriptionStart);
        Add(titleStarts, WordClass.TitleStart);

        void Add(IEnumerable<string> words, WordClass bits)
        {
            foreach (var w in words)
            {
                // A word of several lists enters the filter once.
                if (!_table.TryGetValue(w, out var had)) _classShapes.Add(w);
                _table.Set(w, had | bits);
                if (TryShortKey(w, out ulong key)) AddShort(key, bits);
            }
        }
    }

    // The listed words of ASCII alone of one to eight characters, each as TryShortKey reads it (never 0), with its
    // classes: a table of its own with open addressing, a slot's key at 2k and its classes at 2k + 1 (one cache line a
    // lookup), at most half full. Made once per knowledge, it answers every such word exactly, listed or not (OfShort).
    private ulong[] _shortWords = new ulong[2 << 12];
    private int _shortCount;

    /// <summary>The slots of the table of short words (<see cref="OfShort(ref ulong, nuint, int, ulong)"/>): a key at 2k, its classes at 2k + 1.</summary>
    internal ulong[] ShortWords => _shortWords;

    /// <summary>The mask of a slot's number in <see cref="ShortWords"/> (the slots are a power of two).</summary>
    internal nuint ShortMask => (nuint)(_shortWords.Length / 2 - 1);

    /// <summary>Adds <paramref name="bits"/> to the classes of the short word whose key is <paramref name="key"/>.</summary>
    private void AddShort(ulong key, WordClass bits)
    {
        if (_shortCount * 2 >= _shortWords.Length / 2)
        {
            // Kept at most half full: twice the slots, every key put again.
            var old = _shortWords;
            _shortWords = new ulong[old.Length * 2];
            for (int k = 0; k < old.Length; k += 2)
            {
                if (old[k] != 0) Put(old[k], (WordClass)(uint)old[k + 1]);
            }
        }
        if (Put(key, bits)) _shortCount++;
    }

    /// <summary>ORs <paramref name="bits"/> into the slot of <paramref name="key"/>, taking a free one when it has none; true when it took one.</summary>
    private bool Put(ulong key, WordClass bits)
    {
        nuint mask = ShortMask;
        for (nuint slot = ShortSlot(key, ShortShift); ; slot = (slot + 1) & mask)
        {
            int at = (int)(slot * 2);
            if (_shortWords[at] == key)
            {
                _shortWords[at + 1] |= (uint)bits;
                return false;
            }
            if (_shortWords[at] == 0)
            {
                _shortWords[at] = key;
                _shortWords[at + 1] = (uint)(bits | WordClass.Known);
                return true;
            }
        }
    }

    /// <summary>The shift that leaves a product's top bits as a slot's number in <see cref="ShortWords"/>.</summary>
    internal int ShortShift => 64 - System.Numerics.BitOperations.PopCount((ulong)ShortMask);

    /// <summary>The first slot of <paramref name="key"/>: its product's top bits (<paramref name="shift"/> of <see cref="ShortShift"/>).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static nuint ShortSlot(ulong key, int shift) => (nuint)((key * ShortMultiplier) >> shift);

    private const ulong ShortMultiplier = 0x9E3779B97F4A7C15UL;

    /// <summary>
    /// The key of <paramref name="word"/> when it is one to eight ASCII characters (none U+0000): its characters, each
    /// 'A' to 'Z' made lower case, as bytes of one number from its lowest, those past the word 0. Two such words share a
    /// key exactly when the table holds them as one key (it compares ASCII letters ignoring case, and nothing else).
    /// </summary>
    internal static bool TryShortKey(ReadOnlySpan<char> word, out ulong key)
    {
        key = 0;
        if (word.Length is 0 or > MaxShortLength) return false;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (c is '\0' or >= '\u0080') return false;
            if ((uint)(c - 'A') <= 'Z' - 'A') c = (char)(c | 0x20);
            key |= (ulong)c << (8 * i);
        }
        return true;
    }

    /// <summary>The longest word <see cref="OfShort(ulong)"/> answers.</summary>
    public const int MaxShortLength = 8;

    /// <summary>
    /// The classes of the word whose <see cref="TryShortKey"/> is <paramref name="key"/>, as <see cref="Of"/> gives them:
    /// one probe (rarely more) of a table of the listed words of that shape, with no compare of characters and no miss
    /// to look up again, where a memo of the last words asked missed on the first ask of each and on its conflicts.
    /// </summary>
    internal WordClass OfShort(ulong key) => OfShort(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(_shortWords), ShortMask, ShortShift, key);

    /// <summary>
    /// <see cref="OfShort(ulong)"/> from the table's slots as a caller keeps them (<see cref="ShortWords"/>,
    /// <see cref="ShortMask"/>, <see cref="ShortShift"/>), without loading them again for each word.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static WordClass OfShort(ref ulong slots, nuint mask, int shift, ulong key)
    {
        for (nuint slot = ShortSlot(key, shift); ; slot = (slot + 1) & mask)
        {
            ref ulong held = ref System.Runtime.CompilerServices.Unsafe.Add(ref slots, slot * 2);
            if (held == key) return (WordClass)(uint)System.Runtime.CompilerServices.Unsafe.Add(ref held, 1);
            if (held == 0) return WordClass.Known;
        }
    }

    /// <summary>
    /// The shapes of the words in <see cref="WordClass.CueStart"/> or <see cref="WordClass.CueAnchor"/>, and of "words"
    /// (<see cref="CueAnchorWords.Words"/>): a word it turns away is none of them.
    /// </summary>
    public ShapeFilter CueShapes => _cueShapes;

    /// <summary>The shapes of every word in a list: a word it turns away has no class but <see cref="WordClass.Known"/>.</summary>
    public ShapeFilter ClassShapes => _classShapes;

    /// <summary>The classes of <paramref name="word"/>, always with <see cref="WordClass.Known"/> set.</summary>
    public WordClass Of(ReadOnlySpan<char> word) =>
        (_table.TryGetValue(word, out var bits) ? bits : WordClass.None) | WordClass.Known;
}
