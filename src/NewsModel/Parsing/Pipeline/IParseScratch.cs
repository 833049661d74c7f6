namespace NewsModel.Parsing.Pipeline;

/// <summary>Working memory a stage keeps in the thread's <see cref="ParseScratch"/> from one parse to the next.</summary>
internal interface IParseScratch
{
    /// <summary>
    /// Forgets what the parse put in it (references into the parse's text and model included). Returns false when a
    /// buffer grew past its limit on a huge input: the part is then dropped rather than held for the thread's life.
    /// </summary>
    bool Release();

    /// <summary>
    /// True for a part several stages read (the blocks' tokens): it is kept until the parse ends. Every other part
    /// belongs to the stage that took it and is released when that stage ends (<see cref="ParseScratch.EndStage"/>).
    /// </summary>
    bool ForWholeParse => false;
}
