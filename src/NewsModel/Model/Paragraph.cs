using System.Diagnostics.CodeAnalysis;

namespace NewsModel.Model;

/// <summary>One paragraph of the article's lead or body.</summary>
/// <remarks>
/// Immutable and thread-safe. A paragraph the parser makes holds the source it was read from and makes its
/// <see cref="Text"/> from it when first asked (once: every caller gets the same string), so an article whose JSON
/// is written and nothing else does not copy its paragraphs' text; equality and the hash compare the text's
/// characters either way.
/// </remarks>
public sealed record Paragraph
{
    /// <summary>The text, as given or as a place in the source (its own copy of the place, so a <c>with</c> that moves <see cref="Span"/> keeps the text).</summary>
    private SourceText _text;

    /// <summary>A paragraph with the text given by <see cref="Text"/>.</summary>
    public Paragraph()
    {
    }

    /// <summary>A paragraph whose text is <paramref name="source"/> at <paramref name="span"/>, made only when asked for.</summary>
    [SetsRequiredMembers]
#pragma warning disable CS8618 // Text is not set here but made from the source when first read.
    internal Paragraph(string source, TextSpan span, int? index)
#pragma warning restore CS8618
    {
        _text = new SourceText(source, span);
        Span = span;
        Index = index;
    }

    /// <summary>Position among the body paragraphs (0-based, equal to its place in <see cref="Article.Paragraphs"/>); null for the lead.</summary>
    /// <remarks>The canonical JSON writes the lead's index as <c>-1</c>.</remarks>
    public int? Index { get; init; }

    /// <summary>The paragraph's text as written (inner line breaks kept).</summary>
    public required string Text
    {
        get => _text.Text;
        init => _text = new SourceText(value);
    }

    /// <summary>Where <see cref="Text"/> stands in the source.</summary>
    public TextSpan Span { get; init; }

    /// <summary>The text's characters, without making its string (the JSON writer reads them so).</summary>
    internal ReadOnlySpan<char> TextChars => _text.Chars;

    /// <summary>Equal when index, span and the text's characters are.</summary>
    public bool Equals(Paragraph? other) =>
        ReferenceEquals(this, other)
        || other is not null && Index == other.Index && Span == other.Span && TextChars.SequenceEqual(other.TextChars);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Index, string.GetHashCode(TextChars), Span);
}
