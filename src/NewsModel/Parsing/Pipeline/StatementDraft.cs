using NewsModel.Knowledge;
using NewsModel.Model;

namespace NewsModel.Parsing.Pipeline;

/// <summary>A statement while it is being built: pieces of text, cue and the words naming the speaker.</summary>
/// <remarks>
/// A draft lives for every statement from the attribution stage until the model is built, so on a paragraph of
/// short statements the drafts are a large part of the parse's peak: the spans are kept as plain ints (a length of
/// -1 for none) rather than nullable spans, the kind, cue options and flags in small fields, and the two links few
/// drafts have (<see cref="InheritFrom"/>, <see cref="LastBlock"/>) in an object of their own, made only when set,
/// whose field holds the speaker mention (<see cref="SpeakerMention"/>) in a draft without links.
/// </remarks>
internal sealed class StatementDraft
{
    public required Block Block { get; init; }

    /// <summary>The statement's pieces of text; a field, because the list is a struct changed in place.</summary>
    public PieceList Pieces;

    public string? CueText { get; set; }

    public string? SpeakerId { get; set; }

    /// <summary>
    /// The mention the speaker stage gave <see cref="SpeakerId"/>'s speaker for this statement's speaker phrase (the
    /// record the model's speaker holds), which the statement shares; null when no speaker was found for it.
    /// </summary>
    /// <remarks>
    /// Kept in the field of the links when the draft has none (most drafts), else in its links: a field of its own
    /// grew every draft by 8 bytes, and a paragraph of short statements keeps a draft per statement to the model.
    /// </remarks>
    public Mention? SpeakerMention
    {
        get => _links is Mention mention ? mention : (_links as Links)?.SpeakerMention;
        set
        {
            if (_links is Links links) links.SpeakerMention = value;
            else _links = value;
        }
    }

    // The draft's links when it has any (Links), else its speaker mention (a Mention) or null.
    private object? _links;
    private int _cueStart;
    private int _cueLength = -1;
    private int _speakerStart;
    private int _speakerLength = -1;
    private ushort _cueOptions;
    private byte _kind;
    private Flags _flags;

    public StatementKind Kind
    {
        get => (StatementKind)_kind;
        set => _kind = checked((byte)value);
    }

    public TextSpan? Cue
    {
        get => _cueLength < 0 ? null : new TextSpan(_cueStart, _cueLength);
        set => (_cueStart, _cueLength) = value is { } v ? (v.Start, v.Length) : (0, -1);
    }

    /// <summary>How the cue verb behaves; <see cref="CueOptions.None"/> for a statement read without one.</summary>
    public CueOptions CueOptions
    {
        get => (CueOptions)_cueOptions;
        init => _cueOptions = checked((ushort)value);
    }

    public TextSpan? SpeakerSpan
    {
        get => _speakerLength < 0 ? null : new TextSpan(_speakerStart, _speakerLength);
        set => (_speakerStart, _speakerLength) = value is { } v ? (v.Start, v.Length) : (0, -1);
    }

    /// <summary>True when the speaker was not written but inherited from the statement before.</summary>
    public bool Inherited
    {
        get => (_flags & Flags.Inherited) != 0;
        set => _flags = value ? _flags | Flags.Inherited : _flags & ~Flags.Inherited;
    }

    public StatementDraft? InheritFrom
    {
        get => (_links as Links)?.InheritFrom;
        set
        {
            if (value is null && _links is not Links) return;
            LinksOf().InheritFrom = value;
        }
    }

    /// <summary>The block its last piece stands in: a quote running over paragraphs moves it on.</summary>
    public Block? LastBlock
    {
        get => (_links as Links)?.LastBlock;
        set
        {
            if (value is null && _links is not Links) return;
            LinksOf().LastBlock = value;
        }
    }

    /// <summary>The draft's links, made (with the speaker mention it holds so far) when it has none.</summary>
    private Links LinksOf()
    {
        if (_links is Links links) return links;
        links = new Links { SpeakerMention = _links as Mention };
        _links = links;
        return links;
    }

    /// <summary>The last quote of the statement ran to the end of its paragraph without closing.</summary>
    public bool OpenAtEnd
    {
        get => (_flags & Flags.OpenAtEnd) != 0;
        set => _flags = value ? _flags | Flags.OpenAtEnd : _flags & ~Flags.OpenAtEnd;
    }

    [Flags]
    private enum Flags : byte
    {
        None = 0,
        Inherited = 1,
        OpenAtEnd = 2,
    }

    /// <summary>The links of a draft that inherits its speaker or runs over paragraphs.</summary>
    private sealed class Links
    {
        public StatementDraft? InheritFrom;
        public Block? LastBlock;
        public Mention? SpeakerMention;
    }
}
