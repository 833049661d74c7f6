namespace NewsModel.Parsing.Attribution;

/// <summary>How a speech cue is built, which decides where its speaker stands.</summary>
internal enum CueForm : byte
{
    /// <summary>A verb form from the knowledge base's cue table ("said", "pointed out", "was quoted as saying"): the speaker is its subject or follows it.</summary>
    Verb,
    /// <summary>"according to X": the speaker follows the cue.</summary>
    AccordingTo,
    /// <summary>"in X's words": the speaker stands inside the cue.</summary>
    InWords,
    /// <summary>"quoted X as saying": the speaker stands inside the cue.</summary>
    QuotedSpeakerAsSaying,
    /// <summary>"Asked whether …", "was asked if …", "when asked about …": a question whose asker is not named, or named after "by".</summary>
    UnnamedAsker,
}
