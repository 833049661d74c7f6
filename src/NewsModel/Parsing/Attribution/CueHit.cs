using NewsModel.Knowledge;

namespace NewsModel.Parsing.Attribution;

/// <summary>A speech cue read at tokens [<see cref="Start"/>, <see cref="End"/>) of a block, with the words as written.</summary>
internal readonly record struct CueHit(int Start, int End, string Text, CueOptions Options, CueForm Form)
{
    /// <summary>The verb may take a hearer before its clause ("told reporters that …").</summary>
    public bool Recipient => (Options & CueOptions.Recipient) != 0;

    /// <summary>The verb is a cue only after what was said ("…," he continued).</summary>
    public bool PostposedOnly => (Options & CueOptions.PostposedOnly) != 0;

    /// <summary>The speaker is written inside or right after the cue, not as the subject of a verb.</summary>
    public bool HoldsSpeaker => Form != CueForm.Verb;

    /// <summary>A participle ("saying", "adding"): it attaches a second act to the subject of the clause before it.</summary>
    /// <remarks>Told once, when the cue is read: a reading asks it of its cue a dozen times.</remarks>
    public bool IsParticiple { get; } = Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
}
