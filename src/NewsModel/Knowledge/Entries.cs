using NewsModel.Model;

namespace NewsModel.Knowledge;

/// <summary>How a speaker cue verb behaves.</summary>
[Flags]
public enum CueOptions
{
    /// <summary>Plain speech verb: "X said (that) …", "…, X said".</summary>
    None = 0,
    /// <summary>The verb may take a hearer before the clause: "X told reporters (that) …".</summary>
    Recipient = 1,
    /// <summary>Only a cue after what was said ("…," he continued): too common a verb to open a reported clause.</summary>
    PostposedOnly = 2,
    /// <summary>Not a verb but a list heading ("Putin's key statements"): the paragraphs after it are that speaker's statements.</summary>
    List = 4,
    /// <summary>
    /// The verb reports speech only with a marked clause — "that", a colon or a quote ("X mentioned that …"); a bare
    /// object after it ("mentioned the budget") is no statement.
    /// </summary>
    MarkedClause = 8,
    /// <summary>The verb also reports speech with a to-infinitive ("X vowed to fight on").</summary>
    Infinitive = 16,
    /// <summary>The verb names what it reports in a quote after its object ("X called the plan 'a disaster'"): the quote is the statement.</summary>
    QuotedComplement = 32,
    /// <summary>
    /// A cue only in a headline, where a verb of stance reports with its object ("Minister slams the plan", "Ministry
    /// sees talks as a priority"); in running text the same verb is no act of speech.
    /// </summary>
    Headline = 64,
    /// <summary>
    /// The verb states an attitude ("X hopes that …", "X believes that …"): a trailing attribution after its clause
    /// (", the ministry said") names who voices it, so the sentence is that speaker's statement.
    /// </summary>
    Attitude = 128,
    /// <summary>
    /// The verb asks a question that is reported even when the asker is not named ("Asked whether …, X said", "X was
    /// asked if …", "when asked about …"): the question is then a statement with no speaker, or the one named after "by".
    /// </summary>
    Question = 256,
    /// <summary>
    /// The verb reports speech only when what it reports quotes the speaker's words ("X accused Y of \"a cover-up\"");
    /// without a quote ("X accused Y of lying") it is the writer's account of an act, not a statement.
    /// </summary>
    QuoteRequired = 512,
    /// <summary>
    /// The verb makes or gives a thing when its object is a noun phrase ("X wrote a book", "X announced his
    /// resignation"): a clause after it is speech, a determiner's phrase is not, unless it carries what was said in a
    /// participle or a to-infinitive ("wrote a letter urging …", "announced a plan to cut taxes").
    /// </summary>
    ProductObject = 1024,
}

/// <summary>A speech verb and its written forms ("say": said, says, saying).</summary>
/// <remarks>Immutable and thread-safe. An entry without a form would never match, so it cannot be made.</remarks>
public sealed record CueEntry
{
    /// <summary>The base form ("say", "point out"); the key <see cref="KnowledgeBase.WithCues"/> and <see cref="KnowledgeBase.WithoutCues"/> go by.</summary>
    /// <exception cref="ArgumentException">When set to null, empty or white space.</exception>
    public required string Lemma
    {
        get;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value, nameof(Lemma));
            field = value;
        }
    }

    /// <summary>Every written form, each one or more words ("said", "pointed out"); at least one.</summary>
    /// <exception cref="ArgumentException">When set to an empty list or one holding a null, empty or white-space form.</exception>
    public required EquatableArray<string> Forms
    {
        get;
        init
        {
            if (value.IsEmpty) throw new ArgumentException("A cue needs at least one written form (\"said\" for \"say\"); with none it would never match.", nameof(Forms));
            foreach (var form in value)
            {
                if (string.IsNullOrWhiteSpace(form)) throw new ArgumentException("A cue's forms cannot be null, empty or white space.", nameof(Forms));
            }
            field = value;
        }
    }

    /// <summary>How the verb behaves.</summary>
    public CueOptions Options { get; init; }
}

/// <summary>A treaty or agreement the parser recognises by name.</summary>
/// <remarks>Immutable and thread-safe. Names match ignoring case and treating hyphens as spaces; acronyms match case-sensitively.</remarks>
public sealed record TreatyEntry
{
    /// <summary>A stable id ("ctbt"); replacing an entry means adding one with the same id.</summary>
    public required string Id { get; init; }

    /// <summary>The formal name.</summary>
    public required string Name { get; init; }

    /// <summary>Acronyms, first is the usual one ("CTBT").</summary>
    public EquatableArray<string> Acronyms { get; init; }

    /// <summary>Other names and spellings.</summary>
    public EquatableArray<string> Aliases { get; init; }

    /// <summary>Treaty or political agreement.</summary>
    public TreatyKind Kind { get; init; }

    /// <summary>
    /// Words and phrases that point to this treaty when one of its acronyms is shared with another entry
    /// (OST: Open Skies or Outer Space): the entry whose names or context words the article uses wins.
    /// </summary>
    public EquatableArray<string> Context { get; init; }
}

/// <summary>How a <see cref="TreatyNounEntry"/> may be used.</summary>
[Flags]
public enum TreatyNounUses
{
    /// <summary>Not used.</summary>
    None = 0,
    /// <summary>"the treaty", "the pact" stand for the treaty in scope.</summary>
    Anaphora = 1,
    /// <summary>With a describing word before it, it names a treaty: "an investment protection agreement".</summary>
    Modified = 2,
    /// <summary>With "on …" or "between …" after it, it names a treaty: "the treaty on strategic partnership between A and B".</summary>
    Complement = 4,
    /// <summary>The noun alone, after "a" or "the", names an instrument: "a memorandum of understanding", "a joint declaration".</summary>
    Alone = 8,
    /// <summary>The phrase is never a treaty, whatever stands around it: private contracts ("nondisclosure agreement").</summary>
    Excluded = 16,
    /// <summary>
    /// Not a treaty noun: the word, as written (case counts), that opens a reference to an article of a treaty
    /// ("Article 14 of the Treaty"); the reference is kept as a value of the treaty it points to.
    /// </summary>
    ArticleReference = 32,
}

/// <summary>
/// A noun that heads the name of a treaty or agreement ("treaty", "agreement", "joint declaration"): it lets the
/// parser find treaties named only by description, without a catalog entry, and bind anaphora.
/// </summary>
/// <remarks>Immutable and thread-safe. Matches ignoring case; plural forms are not treaties.</remarks>
public sealed record TreatyNounEntry
{
    /// <summary>The noun as written in the singular, one or more words ("agreement", "memorandum of understanding").</summary>
    public required string Noun { get; init; }

    /// <summary>What a treaty found by this noun is.</summary>
    public TreatyKind Kind { get; init; }

    /// <summary>How the noun may be used.</summary>
    public TreatyNounUses Uses { get; init; }
}

/// <summary>An organisation the parser recognises by name.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record OrganizationEntry
{
    /// <summary>The canonical name ("Russian Foreign Ministry").</summary>
    public required string Name { get; init; }

    /// <summary>Other names. A name written with a leading <c>~</c> is generic ("~Foreign Ministry"): it counts only when no other organisation in the article shares its head noun.</summary>
    public EquatableArray<string> Aliases { get; init; }

    /// <summary>Head nouns a description may use for it ("ministry").</summary>
    public EquatableArray<string> HeadNouns { get; init; }

    /// <summary>The country it belongs to, or null.</summary>
    public string? Country { get; init; }
}

/// <summary>A country, with the capitals and seats of power that stand for it in news copy.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CountryEntry
{
    /// <summary>The canonical name ("Russia").</summary>
    public required string Name { get; init; }

    /// <summary>Other names ("Russian Federation").</summary>
    public EquatableArray<string> Aliases { get; init; }

    /// <summary>Capitals and seats standing for it ("Moscow", "the Kremlin").</summary>
    public EquatableArray<string> Metonyms { get; init; }

    /// <summary>Adjectives ("Russian").</summary>
    public EquatableArray<string> Adjectives { get; init; }
}

/// <summary>A title written before a person's name.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record TitleEntry
{
    /// <summary>The title as written ("Deputy Foreign Minister", "Sen.").</summary>
    public required string Text { get; init; }

    /// <summary>True for Mr, Dr and the like: stripped from names but not kept as the title.</summary>
    public bool IsHonorific { get; init; }

    /// <summary>The gender the title signals ("Mrs", "Congressman"), or <see cref="Gender.Unknown"/>.</summary>
    public Gender Gender { get; init; }
}

/// <summary>A description that stands for an entity already named ("the diplomat", "the ministry").</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DescriptionEntry
{
    /// <summary>The head noun ("diplomat", "head of state").</summary>
    public required string HeadNoun { get; init; }

    /// <summary>Which entities it can stand for: <see cref="SpeakerKind.Person"/>, <see cref="SpeakerKind.Organization"/>, or null for a document ("the statement") that stands for its author.</summary>
    public SpeakerKind? Kind { get; init; }

    /// <summary>Title words of the people it fits ("President"); empty for any.</summary>
    public EquatableArray<string> Titles { get; init; }
}

/// <summary>A news agency, as its datelines and sign-offs write it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record AgencyEntry
{
    /// <summary>The canonical name ("Reuters").</summary>
    public required string Name { get; init; }

    /// <summary>Forms as written ("Reuters", "Reuter").</summary>
    public EquatableArray<string> Forms { get; init; }

    /// <summary>The offset from UTC of the agency's published times, when it is known.</summary>
    public TimeSpan? UtcOffset { get; init; }
}

/// <summary>A boilerplate line taken out of the body.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record BoilerplateEntry
{
    /// <summary>How the line starts (case-insensitive); with <see cref="AtEnd"/>, how it ends.</summary>
    public required string Prefix { get; init; }

    /// <summary>True when the line must be only the prefix (and trailing figures), as with a sign-off.</summary>
    public bool WholeLine { get; init; }

    /// <summary>
    /// True when the phrase ends the line instead of starting it ("Jane Doe contributed to this report."); such a
    /// line is taken out only when it is short, as trailers are.
    /// </summary>
    public bool AtEnd { get; init; }

    /// <summary>Why it is removed.</summary>
    public RemovalReason Reason { get; init; }
}

/// <summary>A given name and the gender it usually signals, for resolving "he" and "she" to the person named.</summary>
/// <remarks>Immutable and thread-safe. Matches ignoring case.</remarks>
public sealed record GivenNameEntry
{
    /// <summary>The given name as written ("Ana").</summary>
    public required string Name { get; init; }

    /// <summary>The gender it signals.</summary>
    public Gender Gender { get; init; }
}

/// <summary>The grammatical gender a name, title or pronoun signals.</summary>
public enum Gender
{
    /// <summary>Nothing is known.</summary>
    Unknown = 0,
    /// <summary>"he", "Mr", "John".</summary>
    Male = 1,
    /// <summary>"she", "Ms", "Ana".</summary>
    Female = 2,
}
