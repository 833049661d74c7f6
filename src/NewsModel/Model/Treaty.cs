namespace NewsModel.Model;

/// <summary>What kind of instrument a <see cref="Treaty"/> is.</summary>
public enum TreatyKind
{
    /// <summary>A legally binding treaty, convention or charter.</summary>
    Treaty,
    /// <summary>A political agreement, memorandum or plan that is not a treaty (JCPOA, Minsk agreements).</summary>
    PoliticalAgreement,
}

/// <summary>A reference to an article of a treaty: "Article 14 of the Treaty", "paragraph 2 of Article 5".</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record TreatyArticleReference
{
    /// <summary>The article number as a value (14 for "Article XIV").</summary>
    public int Article { get; init; }

    /// <summary>The paragraph number when given, else null.</summary>
    public int? Paragraph { get; init; }

    /// <summary>The words as written.</summary>
    public required string Text { get; init; }

    /// <summary>Where they stand in the source.</summary>
    public TextSpan Span { get; init; }
}

/// <summary>A treaty or agreement the article names, once, with every form it uses for it.</summary>
/// <remarks>
/// Immutable and thread-safe. Open for inheritance: derive a record and register it with
/// <see cref="Serialization.ModelExtensions"/>.
/// </remarks>
public record Treaty
{
    /// <summary>The catalog id ("ctbt") or, for a treaty found only by description, an id made from its words.</summary>
    public required string Id { get; init; }

    /// <summary>The formal name ("Comprehensive Nuclear-Test-Ban Treaty").</summary>
    public required string Name { get; init; }

    /// <summary>The acronym ("CTBT"), or null.</summary>
    public string? Acronym { get; init; }

    /// <summary>Treaty or political agreement.</summary>
    public TreatyKind Kind { get; init; }

    /// <summary>The other names the article uses ("the Treaty", "Comprehensive Nuclear Test Ban Treaty").</summary>
    public EquatableArray<string> Aliases { get; init; }

    /// <summary>Every mention, anaphora ("the Treaty") included.</summary>
    public EquatableArray<Mention> Mentions { get; init; }

    /// <summary>References to its articles.</summary>
    public EquatableArray<TreatyArticleReference> Articles { get; init; }
}
