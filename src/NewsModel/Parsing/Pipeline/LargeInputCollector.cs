namespace NewsModel.Parsing.Pipeline;

/// <summary>
/// Bounds the memory of a parse of a huge input: between stages, and between the blocks or statements a stage steps
/// over, it runs a blocking full garbage collection once enough was allocated since the last one, so that garbage
/// is freed before the next stage and the model add to it. The garbage that matters is large objects: a stage's
/// per-token arrays once it ends, and the arrays a growing list or map leaves behind each time it doubles. They live
/// in the large-object heap, which only a full collection frees, and a parse that keeps most of what it makes
/// rarely triggers one.
/// </summary>
/// <remarks>
/// Only an input of at least <see cref="MinLength"/> UTF-16 units is collected for: an ordinary article (a few
/// thousand characters) never triggers a collection. Between and inside stages, a collection runs only once
/// <see cref="MinAllocatedPerCharAtStageEnd"/> (at the end of a stage) or <see cref="MinAllocatedPerCharInStage"/>
/// (inside one) bytes per input character were allocated since the last one, so that a collection, which costs in
/// proportion to the live heap, is paid only where it can give back several times the input; before the model is
/// built, one always runs (<see cref="ScratchReleased"/>). Its cost on huge inputs is measured in docs/reliability.md.
/// </remarks>
internal sealed class LargeInputCollector
{
    /// <summary>Inputs shorter than this are never collected for.</summary>
    public const int MinLength = 1 << 20;

    /// <summary>At the end of a stage, a collection follows once this many bytes per input character were allocated since the last one.</summary>
    public const int MinAllocatedPerCharAtStageEnd = 4;

    /// <summary>Inside a stage, a collection follows once this many bytes per input character were allocated since the last one.</summary>
    public const int MinAllocatedPerCharInStage = 8;

    private readonly int _length;
    private long _allocatedAtLastCollection;

    private LargeInputCollector(int length)
    {
        _length = length;
        _allocatedAtLastCollection = GC.GetAllocatedBytesForCurrentThread();
    }

    /// <summary>A collector for a parse of <paramref name="length"/> UTF-16 units, or null when the input is too short to need one.</summary>
    public static LargeInputCollector? For(int length) => length >= MinLength ? new LargeInputCollector(length) : null;

    /// <summary>How many collections this collector ran.</summary>
    public int Collections { get; private set; }

    /// <summary>Called when a stage has ended and released its scratch: collects if enough was allocated to be worth it.</summary>
    public void StageEnded() => CollectAbove(MinAllocatedPerCharAtStageEnd, compacting: false);

    /// <summary>
    /// Called when the scratch of the whole parse (the blocks' tokens) was released, before the model is built:
    /// collects whatever was allocated since the last collection, because what was released, not what was
    /// allocated, is what the model would otherwise be added to.
    /// </summary>
    public void ScratchReleased() => CollectAbove(0, compacting: true);

    /// <summary>Called between the blocks or statements a stage steps over: collects if enough was allocated to be worth it.</summary>
    public void InStage() => CollectAbove(MinAllocatedPerCharInStage, compacting: false);

    private void CollectAbove(int bytesPerChar, bool compacting)
    {
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        if (allocated - _allocatedAtLastCollection < (long)_length * bytesPerChar) return;
        // Blocking, so the garbage is gone before the next stage allocates. Between and inside stages not compacting:
        // the memory freed is reused by the next stage's allocations anyway, and moving a live heap of blocks, drafts
        // and tokens costs more. Before the model is built the live heap is the smallest of the parse (drafts and
        // speakers): there an aggressive collection compacts it, large objects included, and gives the freed memory
        // back, which the model's many small objects could not otherwise reuse (the holes are left by large arrays).
        GC.Collect(GC.MaxGeneration, compacting ? GCCollectionMode.Aggressive : GCCollectionMode.Forced, blocking: true, compacting);
        Collections++;
        _allocatedAtLastCollection = GC.GetAllocatedBytesForCurrentThread();
    }
}
