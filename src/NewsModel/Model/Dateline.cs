namespace NewsModel.Model;

/// <summary>The dateline that opens an agency story: "MOSCOW, September 27. /TASS/.".</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Dateline
{
    /// <summary>The place as written, without region ("MOSCOW", "IGORA"); empty when the dateline names none ("Dec 29 (Reuters) -").</summary>
    public required string Place { get; init; }

    /// <summary>A region written beside the place ("Leningrad Region" in "IGORA /Leningrad Region/"), or null.</summary>
    public string? Region { get; init; }

    /// <summary>The date as written in the dateline ("September 27"), or null.</summary>
    public string? Date { get; init; }

    /// <summary>The agency ("TASS", "Reuters"), from the dateline or the copy's sign-off; null when unknown.</summary>
    public string? Agency { get; init; }

    /// <summary>Where the whole dateline stands in the source.</summary>
    public TextSpan Span { get; init; }
}
