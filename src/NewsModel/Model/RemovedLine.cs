namespace NewsModel.Model;

/// <summary>Why a line was taken out of the article's paragraphs.</summary>
public enum RemovalReason
{
    /// <summary>A link to more copy ("Read more on the site →").</summary>
    ReadMore,
    /// <summary>A photo caption or credit ("© Sergei Bobylev/TASS").</summary>
    Caption,
    /// <summary>Staff credits ("Reporting by … Editing by …").</summary>
    Credits,
    /// <summary>The agency's sign-off ("Reuter").</summary>
    SignOff,
    /// <summary>Publisher's notices ("Our Standards: …", "Copyright …", paywall lines).</summary>
    Notice,
    /// <summary>Site navigation in the header: menus, "Skip to Content", reading times ("1 Min Read").</summary>
    Navigation,
    /// <summary>A byline ("By Jane Doe", "Reuters Staff", "Associated Press").</summary>
    Byline,
    /// <summary>The headline written a second time.</summary>
    RepeatedHeadline,
}

/// <summary>A boilerplate line kept out of <see cref="Article.Paragraphs"/>, kept here so nothing is lost.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RemovedLine
{
    /// <summary>The line as written.</summary>
    public required string Text { get; init; }

    /// <summary>Why it was removed.</summary>
    public RemovalReason Reason { get; init; }

    /// <summary>Where it stands in the source.</summary>
    public TextSpan Span { get; init; }
}
