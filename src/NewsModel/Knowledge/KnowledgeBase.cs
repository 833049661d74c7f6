using NewsModel.Model;

namespace NewsModel.Knowledge;

/// <summary>
/// Everything the parser knows about the world, as data: cue verbs, titles, descriptions, organisations,
/// countries, agencies, boilerplate and the treaty catalog. Start from <see cref="Default"/> and add or replace
/// entries with the <c>With…</c> methods; pass the result in <c>ParseOptions.Knowledge</c>.
/// </summary>
/// <remarks>Immutable and thread-safe: every <c>With…</c> method returns a new instance.</remarks>
public sealed record KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> DefaultInstance = new(KnowledgeLoader.LoadDefault);

    /// <summary>The knowledge shipped with the package.</summary>
    public static KnowledgeBase Default => DefaultInstance.Value;

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
    public EquatableArray<GivenNameEntry> GivenNames { get; init; }

    /// <summary>A copy with <paramref name="cues"/> added.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="cues"/> is null.</exception>
    public KnowledgeBase WithCues(params IEnumerable<CueEntry> cues) =>
        this with { Cues = Cues.Concat(cues ?? throw new ArgumentNullException(nameof(cues))).ToEquatableArray() };

    /// <summary>A copy with <paramref name="treaties"/> added; an entry whose id is already there replaces it.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="treaties"/> is null.</exception>
    public KnowledgeBase WithTreaties(params IEnumerable<TreatyEntry> treaties)
    {
        ArgumentNullException.ThrowIfNull(treaties);
        var added = treaties.ToList();
        var ids = added.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        return this with { Treaties = Treaties.Where(t => !ids.Contains(t.Id)).Concat(added).ToEquatableArray() };
    }

    /// <summary>A copy with <paramref name="nouns"/> added; an entry whose noun is already there (ignoring case) replaces it.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="nouns"/> is null.</exception>
    public KnowledgeBase WithTreatyNouns(params IEnumerable<TreatyNounEntry> nouns)
    {
        ArgumentNullException.ThrowIfNull(nouns);
        var added = nouns.ToList();
        var names = added.Select(n => n.Noun).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return this with { TreatyNouns = TreatyNouns.Where(n => !names.Contains(n.Noun)).Concat(added).ToEquatableArray() };
    }

    /// <summary>A copy without the treaty entries whose ids are given.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="ids"/> is null.</exception>
    public KnowledgeBase WithoutTreaties(params IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var drop = ids.ToHashSet(StringComparer.Ordinal);
        return this with { Treaties = Treaties.Where(t => !drop.Contains(t.Id)).ToEquatableArray() };
    }

    /// <summary>A copy with <paramref name="organizations"/> added.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="organizations"/> is null.</exception>
    public KnowledgeBase WithOrganizations(params IEnumerable<OrganizationEntry> organizations) =>
        this with { Organizations = Organizations.Concat(organizations ?? throw new ArgumentNullException(nameof(organizations))).ToEquatableArray() };

    /// <summary>A copy with <paramref name="countries"/> added.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="countries"/> is null.</exception>
    public KnowledgeBase WithCountries(params IEnumerable<CountryEntry> countries) =>
        this with { Countries = Countries.Concat(countries ?? throw new ArgumentNullException(nameof(countries))).ToEquatableArray() };

    /// <summary>A copy with <paramref name="names"/> added; an entry for a name already there (ignoring case) replaces it.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="names"/> is null.</exception>
    public KnowledgeBase WithGivenNames(params IEnumerable<GivenNameEntry> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var added = names.ToList();
        var keys = added.Select(n => n.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return this with { GivenNames = GivenNames.Where(n => !keys.Contains(n.Name)).Concat(added).ToEquatableArray() };
    }

    /// <summary>A copy with <paramref name="titles"/> added.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="titles"/> is null.</exception>
    public KnowledgeBase WithTitles(params IEnumerable<TitleEntry> titles) =>
        this with { Titles = Titles.Concat(titles ?? throw new ArgumentNullException(nameof(titles))).ToEquatableArray() };
}
