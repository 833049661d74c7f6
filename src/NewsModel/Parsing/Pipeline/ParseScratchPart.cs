namespace NewsModel.Parsing.Pipeline;

/// <summary>Working memory a stage keeps in the thread's <see cref="ParseScratch"/> from one parse to the next.</summary>
/// <remarks>
/// A base class rather than an interface: <see cref="ParseScratch"/> asks every part it holds at every stage's end,
/// ten kinds of part at one call site, and in ahead-of-time code an interface call there went through the runtime's
/// dispatch cache at about 135 instructions a call (4,147 calls, 0.56 M instructions over the 200 bulk articles),
/// where a virtual call is a load and an indirect call.
/// </remarks>
internal abstract class ParseScratchPart
{
    /// <summary>
    /// Forgets what the parse put in it (references into the parse's text and model included). Returns false when a
    /// buffer grew past its limit on a huge input: the part is then dropped rather than held for the thread's life.
    /// </summary>
    public abstract bool Release();

    /// <summary>
    /// True for a part several stages read (the blocks' tokens): it is kept until the parse ends. Every other part
    /// belongs to the stage that took it and is released when that stage ends (<see cref="ParseScratch.EndStage"/>).
    /// </summary>
    public virtual bool ForWholeParse => false;
}
