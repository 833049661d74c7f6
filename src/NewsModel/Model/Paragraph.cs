namespace NewsModel.Model;

/// <summary>One paragraph of the article's lead or body.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Paragraph
{
    /// <summary>Position among the body paragraphs (0-based, equal to its place in <see cref="Article.Paragraphs"/>); null for the lead.</summary>
    /// <remarks>The canonical JSON writes the lead's index as <c>-1</c>.</remarks>
    public int? Index { get; init; }

    /// <summary>The paragraph's text as written (inner line breaks kept).</summary>
    public required string Text { get; init; }

    /// <summary>Where <see cref="Text"/> stands in the source.</summary>
    public TextSpan Span { get; init; }
}
