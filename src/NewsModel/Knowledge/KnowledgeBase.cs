using NewsModel.Model;

namespace NewsModel.Knowledge;

/// <summary>
/// Everything the parser knows about the world, as data: cue verbs, titles, descriptions, organisations,
/// countries, agencies, boilerplate and the treaty catalog. Start from <see cref="Default"/>, add or replace
/// entries with the <c>With…</c> methods and drop them with the <c>Without…</c> methods; pass the result in
/// <c>ParseOptions.Knowledge</c>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: every <c>With…</c> and <c>Without…</c> method returns a new instance. There is no
/// public constructor: a base is either <see cref="Default"/> or, said explicitly, <see cref="Empty"/>.
/// Each kind of entry has a key: adding an entry whose key is there replaces that entry, and removing goes by key.
/// Treaty ids compare exactly; every other key (a lemma, a name, a noun, a prefix) ignores case.
/// </remarks>
public sealed record KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> DefaultInstance = new(KnowledgeLoader.LoadDefault);

    internal KnowledgeBase()
    {
    }

    /// <summary>The knowledge shipped with the package.</summary>
    public static KnowledgeBase Default => DefaultInstance.Value;

    /// <summary>
    /// A base that knows nothing: no cue verb, so the parser finds no statement and no known speaker or treaty.
    /// Start here only to build a base wholly of your own with the <c>With…</c> methods.
    /// </summary>
    public static KnowledgeBase Empty { get; } = new();

    /// <summary>Speech verbs.</summary>
    public EquatableArray<CueEntry> Cues { get; init; }

    /// <summary>Titles written before names.</summary>
    public EquatableArray<TitleEntry> Titles { get; init; }

    /// <summary>Descriptions standing for named entities.</summary>
    public EquatableArray<DescriptionEntry> Descriptions { get; init; }

    /// <summary>Known organisations.</summary>
    public EquatableArray<OrganizationEntry> Organizations { get; init; }

    /// <summary>Known countries with capitals and adjectives.</summary>
    public EquatableArray<CountryEntry> Countries { get; init; }

    /// <summary>News agencies.</summary>
    public EquatableArray<AgencyEntry> Agencies { get; init; }

    /// <summary>Boilerplate lines.</summary>
    public EquatableArray<BoilerplateEntry> Boilerplate { get; init; }

    /// <summary>The treaty catalog.</summary>
    public EquatableArray<TreatyEntry> Treaties { get; init; }

    /// <summary>Nouns that head a treaty's name, for treaties named only by description and for anaphora.</summary>
    public EquatableArray<TreatyNounEntry> TreatyNouns { get; init; }

    /// <summary>Given names with the gender they signal, for resolving "he" and "she".</summary>
    public EquatableArray<GivenNameEntry> GivenNames
    {
        get => _shippedGivenNames is { } shipped ? shipped.Entries : _givenNames;
        init
        {
            _givenNames = value;
            _shippedGivenNames = null;
        }
    }

    private readonly EquatableArray<GivenNameEntry> _givenNames;

    // The shipped given names while no With… or init has replaced them: read as entries only when asked for, so that
    // a parser built from the default base fills its name table from the table's text (ShippedGivenNames).
    private readonly ShippedGivenNames? _shippedGivenNames;

    /// <summary>The shipped given names, when <see cref="GivenNames"/> is still them; null once replaced.</summary>
    internal ShippedGivenNames? ShippedGivenNames
    {
        get => _shippedGivenNames;
        init => _shippedGivenNames = value;
    }

    /// <summary>Equal when every list is equal, item by item (the shipped given names are compared as entries unless both bases hold the same table).</summary>
    public bool Equals(KnowledgeBase? other) =>
        other is not null && (ReferenceEquals(this, other) || (Cues == other.Cues && Titles == other.Titles && Descriptions == other.Descriptions
            && Organizations == other.Organizations && Countries == other.Countries && Agencies == other.Agencies
            && Boilerplate == other.Boilerplate && Treaties == other.Treaties && TreatyNouns == other.TreatyNouns && SameGivenNames(other)));

    private bool SameGivenNames(KnowledgeBase other) =>
        (_shippedGivenNames is not null && ReferenceEquals(_shippedGivenNames, other._shippedGivenNames)) || GivenNames == other.GivenNames;

    /// <summary>A hash of the lists but the given names, so that hashing the default base does not read them as entries.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Cues);
        hash.Add(Titles);
        hash.Add(Descriptions);
        hash.Add(Organizations);
        hash.Add(Countries);
        hash.Add(Agencies);
        hash.Add(Boilerplate);
        hash.Add(Treaties);
        hash.Add(TreatyNouns);
        return hash.ToHashCode();
    }

    /// <summary>A copy with <paramref name="cues"/> added; an entry whose lemma is there (ignoring case) replaces it.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="cues"/> or one of its entries is null.</exception>
    public KnowledgeBase WithCues(params IEnumerable<CueEntry> cues) => this with { Cues = Put(Cues, cues, c => c.Lemma, Words) };

    /// <summary>A copy without the cue entries whose lemmas are given (ignoring case).</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="lemmas"/> is null.</exception>
    public KnowledgeBase WithoutCues(params IEnumerable<string> lemmas) => this with { Cues = Drop(Cues, lemmas, c => c.Lemma, Words) };

    /// <summary>A copy with <paramref name="titles"/> added; an entry whose text is there (ignoring case) replaces it.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="titles"/> or one of its entries is null.</exception>
    public KnowledgeBase WithTitles(params IEnumerable<TitleEntry> titles) => this with { Titles = Put(Titles, titles, t => t.Text, Words) };

    /// <summary>A copy without the titles whose texts are given (ignoring case).</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="texts"/> is null.</exception>
    public KnowledgeBase WithoutTitles(params IEnumerable<string> texts) => this with { Titles = Drop(Titles, texts, t => t.Text, Words) };

    /// <summary>A copy with <paramref name="descriptions"/> added; an entry whose head noun is there (ignoring case) replaces it.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="descriptions"/> or one of its entries is null.</exception>
    public KnowledgeBase WithDescriptions(params IEnumerable<DescriptionEntry> descriptions) =>
        this with { Descriptions = Put(Descriptions, descriptions, d => d.HeadNoun, Words) };

    /// <summary>A copy without the descriptions whose head nouns are given (ignoring case).</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="headNouns"/> is null.</exception>
    public KnowledgeBase WithoutDescriptions(params IEnumerable<string> headNouns) =>
        this with { Descriptions = Drop(Descriptions, headNouns, d => d.HeadNoun, Words) };

    /// <summary>A copy with <paramref name="organizations"/> added; an entry whose name is there (ignoring case) replaces it.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="organizations"/> or one of its entries is null.</exception>
    public KnowledgeBase WithOrganizations(params IEnumerable<OrganizationEntry> organizations) =>
        this with { Organizations = Put(Organizations, organizations, o => o.Name, Words) };

    /// <summary>A copy without the organisations whose canonical names are given (ignoring case).</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="names"/> is null.</exception>
    public KnowledgeBase WithoutOrganizations(params IEnumerable<string> names) =>
        this with { Organizations = Drop(Organizations, names, o => o.Name, Words) };

    /// <summary>A copy with <paramref name="countries"/> added; an entry whose name is there (ignoring case) replaces it.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="countries"/> or one of its entries is null.</exception>
    public KnowledgeBase WithCountries(params IEnumerable<CountryEntry> countries) =>
        this with { Countries = Put(Countries, countries, c => c.Name, Words) };

    /// <summary>A copy without the countries whose canonical names are given (ignoring case).</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="names"/> is null.</exception>
    public KnowledgeBase WithoutCountries(params IEnumerable<string> names) =>
        this with { Countries = Drop(Countries, names, c => c.Name, Words) };

    /// <summary>A copy with <paramref name="agencies"/> added; an entry whose name is there (ignoring case) replaces it.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="agencies"/> or one of its entries is null.</exception>
    public KnowledgeBase WithAgencies(params IEnumerable<AgencyEntry> agencies) =>
        this with { Agencies = Put(Agencies, agencies, a => a.Name, Words) };

    /// <summary>A copy without the agencies whose canonical names are given (ignoring case).</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="names"/> is null.</exception>
    public KnowledgeBase WithoutAgencies(params IEnumerable<string> names) =>
        this with { Agencies = Drop(Agencies, names, a => a.Name, Words) };

    /// <summary>A copy with <paramref name="boilerplate"/> added; an entry whose prefix is there (ignoring case) replaces it.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="boilerplate"/> or one of its entries is null.</exception>
    public KnowledgeBase WithBoilerplate(params IEnumerable<BoilerplateEntry> boilerplate) =>
        this with { Boilerplate = Put(Boilerplate, boilerplate, b => b.Prefix, Words) };

    /// <summary>A copy without the boilerplate entries whose prefixes are given (ignoring case).</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="prefixes"/> is null.</exception>
    public KnowledgeBase WithoutBoilerplate(params IEnumerable<string> prefixes) =>
        this with { Boilerplate = Drop(Boilerplate, prefixes, b => b.Prefix, Words) };

    /// <summary>A copy with <paramref name="names"/> added; an entry for a name already there (ignoring case) replaces it.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="names"/> or one of its entries is null.</exception>
    public KnowledgeBase WithGivenNames(params IEnumerable<GivenNameEntry> names) => this with { GivenNames = Put(GivenNames, names, n => n.Name, Words) };

    /// <summary>A copy without the given names listed (ignoring case).</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="names"/> is null.</exception>
    public KnowledgeBase WithoutGivenNames(params IEnumerable<string> names) => this with { GivenNames = Drop(GivenNames, names, n => n.Name, Words) };

    /// <summary>A copy with <paramref name="treaties"/> added; an entry whose id is already there replaces it.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="treaties"/> or one of its entries is null.</exception>
    public KnowledgeBase WithTreaties(params IEnumerable<TreatyEntry> treaties) => this with { Treaties = Put(Treaties, treaties, t => t.Id, Ids) };

    /// <summary>A copy without the treaty entries whose ids are given.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="ids"/> is null.</exception>
    public KnowledgeBase WithoutTreaties(params IEnumerable<string> ids) => this with { Treaties = Drop(Treaties, ids, t => t.Id, Ids) };

    /// <summary>A copy with <paramref name="nouns"/> added; an entry whose noun is already there (ignoring case) replaces it.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="nouns"/> or one of its entries is null.</exception>
    public KnowledgeBase WithTreatyNouns(params IEnumerable<TreatyNounEntry> nouns) => this with { TreatyNouns = Put(TreatyNouns, nouns, n => n.Noun, Words) };

    /// <summary>A copy without the treaty nouns given (ignoring case).</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="nouns"/> is null.</exception>
    public KnowledgeBase WithoutTreatyNouns(params IEnumerable<string> nouns) => this with { TreatyNouns = Drop(TreatyNouns, nouns, n => n.Noun, Words) };

    private static readonly StringComparer Words = StringComparer.OrdinalIgnoreCase;
    private static readonly StringComparer Ids = StringComparer.Ordinal;

    /// <summary>The entries with <paramref name="added"/> at the end, each replacing any entry of the same key.</summary>
    private static EquatableArray<T> Put<T>(EquatableArray<T> entries, IEnumerable<T> added, Func<T, string> key, StringComparer comparer,
        [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(added))] string? name = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(added, name);
        var list = added.ToList();
        foreach (var entry in list) ArgumentNullException.ThrowIfNull(entry, name);
        var keys = list.Select(key).ToHashSet(comparer);
        return entries.Where(e => !keys.Contains(key(e))).Concat(list).ToEquatableArray();
    }

    private static EquatableArray<T> Drop<T>(EquatableArray<T> entries, IEnumerable<string> keys, Func<T, string> key, StringComparer comparer,
        [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(keys))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(keys, name);
        var drop = keys.ToHashSet(comparer);
        return entries.Where(e => !drop.Contains(key(e))).ToEquatableArray();
    }
}
