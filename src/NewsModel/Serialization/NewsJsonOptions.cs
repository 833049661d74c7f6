namespace NewsModel.Serialization;

/// <summary>How <see cref="NewsJson"/> writes and reads the canonical JSON.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record NewsJsonOptions
{
    /// <summary>The default: indented, no extensions.</summary>
    public static NewsJsonOptions Default { get; } = new();

    /// <summary>True (the default) to write indented JSON; false for one line, as in JSON Lines.</summary>
    public bool Indented { get; init; } = true;

    /// <summary>The derived model types the serializer may write and read.</summary>
    public ModelExtensions Extensions { get; init; } = ModelExtensions.None;

    /// <summary>The deepest nesting accepted when reading (default 64).</summary>
    public int MaxDepth { get; init; } = 64;
}
