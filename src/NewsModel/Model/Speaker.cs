namespace NewsModel.Model;

/// <summary>What kind of entity a speaker is.</summary>
public enum SpeakerKind
{
    /// <summary>A named person.</summary>
    Person,
    /// <summary>A ministry, company, party, agency or other body.</summary>
    Organization,
    /// <summary>A country, or a capital or seat of power standing for it ("Moscow", "the Kremlin").</summary>
    Country,
    /// <summary>Anything else that speaks ("officials", "a source").</summary>
    Other,
}

/// <summary>An entity that speaks in the article, once, with every name the article uses for it.</summary>
/// <remarks>
/// Immutable and thread-safe. Open for inheritance: derive a record and register it with
/// <see cref="Serialization.ModelExtensions"/>.
/// </remarks>
public record Speaker
{
    /// <summary>A stable id within the article ("sp1", "sp2", … in order of first mention).</summary>
    public required string Id { get; init; }

    /// <summary>The canonical name ("Russian Foreign Ministry", "Vladimir Putin").</summary>
    public required string Name { get; init; }

    /// <summary>Person, organization, country or other.</summary>
    public SpeakerKind Kind { get; init; }

    /// <summary>The title the text gives a person ("Deputy Foreign Minister"), or null.</summary>
    public string? Title { get; init; }

    /// <summary>The body a person belongs to or a body's country ("Russian Foreign Ministry", "Russia"), or null.</summary>
    public string? Affiliation { get; init; }

    /// <summary>The other names the article uses for it ("MFA", "the ministry"), each once, in order of first use.</summary>
    public EquatableArray<string> Aliases { get; init; }

    /// <summary>Every place the article refers to it, resolved descriptions and pronouns included.</summary>
    public EquatableArray<Mention> Mentions { get; init; }
}
