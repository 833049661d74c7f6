namespace NewsModel.Model;

/// <summary>How a statement is reported.</summary>
public enum StatementKind
{
    /// <summary>All of it in quote marks: the speaker's own words.</summary>
    Direct,
    /// <summary>Reported speech without quote marks.</summary>
    Indirect,
    /// <summary>A reported clause that contains a quoted fragment.</summary>
    Mixed,
}

/// <summary>Where in the article a statement stands.</summary>
public enum StatementLocation
{
    /// <summary>In the headline (<c>CLAIM — SOURCE</c>).</summary>
    Headline,
    /// <summary>In the lead (standfirst).</summary>
    Lead,
    /// <summary>In a body paragraph.</summary>
    Body,
}

/// <summary>One act of saying: who said what, how it is reported, and where it stands.</summary>
/// <remarks>
/// Immutable and thread-safe. A quote interrupted by its attribution (<c>"A," he said. "B."</c>) or running over
/// several paragraphs is one statement with several <see cref="Spans"/>. Open for inheritance: derive a record
/// and register it with <see cref="Serialization.ModelExtensions"/>.
/// </remarks>
public record Statement
{
    /// <summary>A stable id within the article ("st1", "st2", … in reading order).</summary>
    public required string Id { get; init; }

    /// <summary>Direct, indirect or mixed.</summary>
    public StatementKind Kind { get; init; }

    /// <summary>Headline, lead or body.</summary>
    public StatementLocation Where { get; init; }

    /// <summary>
    /// The words said: a quote's content without its marks; for reported speech the reported clause;
    /// for a mixed quote the whole clause with the quoted fragment's marks removed.
    /// </summary>
    public required string Text { get; init; }

    /// <summary>The pieces of the source that make up <see cref="Text"/>, in order.</summary>
    public EquatableArray<TextSpan> Spans { get; init; }

    /// <summary>The attribution cue as written ("said", "according to", "—"), or null for a follow-on quote.</summary>
    public string? Cue { get; init; }

    /// <summary>Where <see cref="Cue"/> stands, or null.</summary>
    public TextSpan? CueSpan { get; init; }

    /// <summary>The <see cref="Speaker.Id"/> of who said it, or null when the article does not tell.</summary>
    public string? SpeakerId { get; init; }

    /// <summary>The words that name the speaker at this statement ("he", "the ministry"), or null.</summary>
    public Mention? SpeakerMention { get; init; }

    /// <summary>The body paragraph it starts in (see <see cref="Paragraph.Index"/>); null for the headline and the lead.</summary>
    /// <remarks>The canonical JSON writes null as <c>-1</c>.</remarks>
    public int? ParagraphIndex { get; init; }
}
