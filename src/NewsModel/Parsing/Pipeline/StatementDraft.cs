using NewsModel.Knowledge;
using NewsModel.Model;

namespace NewsModel.Parsing.Pipeline;

/// <summary>A statement while it is being built: pieces of text, cue and the words naming the speaker.</summary>
internal sealed class StatementDraft
{
    public required Block Block { get; init; }
    public StatementKind Kind { get; set; }
    /// <summary>The statement's pieces of text; a field, because the list is a struct changed in place.</summary>
    public PieceList Pieces;
    public TextSpan? Cue { get; set; }
    public string? CueText { get; set; }
    /// <summary>How the cue verb behaves; <see cref="CueOptions.None"/> for a statement read without one.</summary>
    public CueOptions CueOptions { get; init; }
    public TextSpan? SpeakerSpan { get; set; }
    /// <summary>True when the speaker was not written but inherited from the statement before.</summary>
    public bool Inherited { get; set; }
    public StatementDraft? InheritFrom { get; set; }
    public string? SpeakerId { get; set; }
    /// <summary>The block its last piece stands in: a quote running over paragraphs moves it on.</summary>
    public Block? LastBlock { get; set; }
    /// <summary>The last quote of the statement ran to the end of its paragraph without closing.</summary>
    public bool OpenAtEnd { get; set; }
}
