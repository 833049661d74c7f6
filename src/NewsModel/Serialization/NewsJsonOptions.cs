namespace NewsModel.Serialization;

/// <summary>How <see cref="NewsJson"/> writes and reads the canonical JSON.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record NewsJsonOptions
{
    /// <summary>
    /// The deepest <see cref="MaxDepth"/> allowed. The canonical JSON nests five levels; the rest is room for
    /// extensions. A bound keeps reading hostile input cheap: very deep nesting costs more than linear time.
    /// </summary>
    public const int MaxDepthLimit = 256;

    /// <summary>The default: indented, relaxed escaping, no extensions.</summary>
    public static NewsJsonOptions Default { get; } = new();

    /// <summary>True (the default) to write indented JSON; false for one line, as in JSON Lines.</summary>
    public bool Indented { get; init; } = true;

    /// <summary>
    /// False (the default) writes text as it is, escaping only what JSON requires: non-ASCII letters, dashes and
    /// <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> stay readable, so <c>&lt;/script&gt;</c> in an article appears as written.
    /// True also escapes the characters that matter in HTML (<c>&lt; &gt; &amp; ' " + `</c> as <c>\u003C</c> and the like),
    /// for JSON embedded in a web page; non-ASCII text still stays readable. Either way the JSON reads back to the same article.
    /// </summary>
    public bool HtmlSafe { get; init; }

    /// <summary>The derived model types the serializer may write and read.</summary>
    public ModelExtensions Extensions { get; init; } = ModelExtensions.Empty;

    /// <summary>The deepest nesting accepted when reading: 1 to <see cref="MaxDepthLimit"/>, default 64.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When set outside 1 to <see cref="MaxDepthLimit"/>.</exception>
    public int MaxDepth
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxDepthLimit);
            field = value;
        }
    } = 64;
}
