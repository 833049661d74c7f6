namespace NewsModel.Parsing.Lookup;

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
    /// <summary>Object pronouns that can stand for a speaker ("according to him").</summary>
    ObjectPronoun = 1 << 15,
    /// <summary>Determiners, possessives and quantifiers that may open a noun phrase ("the", "their", "several").</summary>
    Determiner = 1 << 16,
    /// <summary>Prepositions and "and" that may stand inside a noun phrase ("supporters of reform", "analysts at the bank").</summary>
    PhraseLink = 1 << 17,
    /// <summary>Conjunctions that open a subordinate clause before its subject ("While X says …").</summary>
    Subordinator = 1 << 18,
    /// <summary>Forms of "be", which make a following participle passive ("it was disclosed that …").</summary>
    BeForm = 1 << 19,
    /// <summary>Words that label a paragraph without naming a speaker ("Update:", "Note:", "Photo:").</summary>
    NotSpeakerLabel = 1 << 20,
    /// <summary>Nouns for figures and markets rather than for anyone who speaks ("according to early estimates", "Shares added 2 per cent").</summary>
    NotAgent = 1 << 21,
    /// <summary>Articles, possessive determiners and prepositions, after which a cue form is a noun ("the state", "his call for", "secretary of state").</summary>
    NounMarker = 1 << 22,
    /// <summary>Objects that make a speech verb an act instead ("declared a state of emergency", "declared victory", "declared himself").</summary>
    ActObject = 1 << 23,
    /// <summary>Words that open an indirect question ("asked whether …", "asked why …").</summary>
    Interrogative = 1 << 24,
    /// <summary>Focus words that qualify the phrase or verb after them without being part of it ("only 24 percent", "even my friends").</summary>
    Focus = 1 << 25,
    /// <summary>Numbers written as words ("one", "five"), which end a proportion ("one in five").</summary>
    NumberWord = 1 << 26,
    /// <summary>Verbs that hand their subject on to a to-infinitive ("went on to explain", "continues to insist", "was quick to add").</summary>
    ChainVerb = 1 << 27,
    /// <summary>Words that deny the act of a verb after them or hand it to someone else ("declined to say", "would not say", "urged him to say").</summary>
    NotSubjectsAct = 1 << 28,
    /// <summary>Words that link a verb's own predicate to a gerund act of its subject ("responded by saying", "made a point of saying").</summary>
    GerundLink = 1 << 29,
    /// <summary>Finite auxiliaries and modals that open a predicate ("has", "would", "can"): after a parenthetical attribution they go on with the clause's subject.</summary>
    FiniteAuxiliary = 1 << 30,

    /// <summary>Set on a cached entry once the word was looked up, so that "none of the lists" is cached too.</summary>
    Known = 1u << 31,
}
