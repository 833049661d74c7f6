namespace NewsModel.Serialization.Formats;

/// <summary>Options for the ninjs and schema.org JSON-LD exports (<see cref="NinjsJson"/>, <see cref="SchemaOrgJsonLd"/>).</summary>
/// <remarks>Immutable and thread-safe; <see cref="Default"/> is shared.</remarks>
public sealed record ExportOptions
{
    /// <summary>The defaults: no identifier given, English, indented.</summary>
    public static ExportOptions Default { get; } = new();

    /// <summary>
    /// The article's identifier (an absolute URI). When null, the article's URL is used if it is an absolute
    /// http(s) URI, else a <c>urn:newsmodel:</c> name made from a hash of the article's words (the same text gives
    /// the same name).
    /// </summary>
    public string? Id { get; init; }

    /// <summary>The language of the article as an IETF BCP 47 tag; the parser reads English copy, so <c>en</c>.</summary>
    public string Language { get; init; } = "en";

    /// <summary>Whether the JSON is indented (two spaces) or compact.</summary>
    public bool Indented { get; init; } = true;
}
