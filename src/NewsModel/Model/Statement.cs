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
/// and register it with <see cref="Serialization.ModelExtensions"/>. A statement the parser makes from pieces of
/// the source that need no collapsing of whitespace holds the source and makes its <see cref="Text"/> from it when
/// first read (once: every caller gets the same string); equality and the hash compare the text's characters either way.
/// </remarks>
public record Statement
{
    /// <summary>The text, as given or as a place in the source.</summary>
    private SourceText _text;

    /// <summary>A statement with the text given by <see cref="Text"/>.</summary>
    public Statement()
    {
    }

    /// <summary>
    /// A statement with <paramref name="text"/>, or when that is null with the text <paramref name="source"/> holds at
    /// <paramref name="at"/>, made only when asked for; the other members as the caller's initializer sets them.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
#pragma warning disable CS8618 // Id is set by the caller's initializer; Text is given or made from the source when first read.
    internal Statement(string? text, string source, TextSpan at)
#pragma warning restore CS8618
    {
        _text = text is not null ? new SourceText(text) : new SourceText(source, at);
    }

    /// <summary>A statement with <paramref name="text"/>; the other members as the caller's initializer sets them.</summary>
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
#pragma warning disable CS8618 // Id is set by the caller's initializer; Text is given or made from the source when first read.
    internal Statement(SourceText text)
#pragma warning restore CS8618
    {
        _text = text;
    }

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
    public required string Text
    {
        get => _text.Text;
        init => _text = new SourceText(value);
    }

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

    /// <summary>The text's characters, without making its string when it is one place of the source (the JSON writer reads them so).</summary>
    internal ReadOnlySpan<char> TextChars => _text.Chars;

    /// <summary>When the text is pieces of the source not made into a string yet: those and which joins take a space (the JSON writer writes them so).</summary>
    internal bool IsJoinedText(out string source, out ReadOnlySpan<TextSpan> pieces, out ulong spaces) => _text.IsJoined(out source, out pieces, out spaces);

    /// <summary>Equal when of the same type and every member is, the text compared by its characters.</summary>
    /// <remarks>A derived record's equality calls this one for these members, then compares its own.</remarks>
    public virtual bool Equals(Statement? other) =>
        ReferenceEquals(this, other)
        || other is not null
        && EqualityContract == other.EqualityContract
        && Id == other.Id
        && Kind == other.Kind
        && Where == other.Where
        && TextChars.SequenceEqual(other.TextChars)
        && Spans == other.Spans
        && Cue == other.Cue
        && CueSpan == other.CueSpan
        && SpeakerId == other.SpeakerId
        && SpeakerMention == other.SpeakerMention
        && ParagraphIndex == other.ParagraphIndex;

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(EqualityContract);
        hash.Add(Id);
        hash.Add(Kind);
        hash.Add(Where);
        hash.Add(string.GetHashCode(TextChars));
        hash.Add(Spans);
        hash.Add(Cue);
        hash.Add(CueSpan);
        hash.Add(SpeakerId);
        hash.Add(SpeakerMention);
        hash.Add(ParagraphIndex);
        return hash.ToHashCode();
    }
}
