namespace NewsModel.Parsing.Pipeline;

/// <summary>
/// Bounds the memory of a parse of a large input with blocking full garbage collections: at the end of each stage, when
/// a stage lets go of large tables before making its output, before the model is built, and between the blocks,
/// sentences or statements a stage steps over once enough was allocated since the last one. The garbage that matters is large objects: a stage's per-token arrays once it ends,
/// and the arrays a growing list leaves behind each time it doubles. They live in the large-object heap, which only a
/// full collection frees, and a parse that keeps most of what it makes rarely triggers one on its own.
/// </summary>
/// <remarks>
/// Only an input of at least <see cref="MinLength"/> UTF-16 units is collected for: an ordinary article (a few
/// thousand characters, the longest some tens of thousands) never triggers a collection. Every collection is
/// aggressive: it compacts the heap, large objects included, and gives the freed memory back. At a stage's end
/// (<see cref="StageEnded"/>) and before the model (<see cref="ScratchReleased"/>) what the stage released is mostly
/// large arrays, whose holes the next stage's small objects could not reuse. Inside a stage (<see cref="InStage"/>) a
/// collection runs only once <see cref="MinAllocatedPerCharInStage"/> bytes per input character were allocated since
/// the last one, so that its cost, in proportion to the live heap, is paid only where it gives back several times the
/// input; a plain collection there left the freed regions committed and the survivors' holes unfilled, which the
/// stage's peak, a few collections later, still held (docs/reliability.md). On huge hostile
/// inputs the collections cost about a tenth of the parse's time; on inputs of 100 K to 1 M characters, where the
/// runtime's allocation budget (several megabytes before its first collection) would otherwise be most of the peak,
/// each costs 2 to 8 ms, and a parse takes 1.1 to 5 times the CPU time it takes without them (docs/reliability.md).
/// </remarks>
internal sealed class LargeInputCollector
{
    /// <summary>
    /// Inputs shorter than this (96 Ki UTF-16 units) are never collected for: above every ordinary article (64 KB and
    /// less) with room to spare, and below 100 KB, the smallest input the memory bound is held at.
    /// </summary>
    public const int MinLength = 96 * 1024;

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

    /// <summary>How many collections the collectors of the parses on this thread ran (collections run on the parsing thread).</summary>
    internal static int CollectionsOnThisThread => t_collections;

    [ThreadStatic]
    private static int t_collections;

    /// <summary>Called when a stage has ended and released its scratch: collects aggressively.</summary>
    public void StageEnded() => Collect();

    /// <summary>Called when the scratch of the whole parse (the blocks' tokens) was released, before the model is built: collects aggressively.</summary>
    public void ScratchReleased() => Collect();

    /// <summary>Called when a stage let go of large tables before making its output: collects aggressively, as at a stage's end.</summary>
    public void Released() => Collect();

    /// <summary>Called between the blocks, sentences or statements a stage steps over: collects aggressively if enough was allocated to be worth it.</summary>
    public void InStage()
    {
        if (GC.GetAllocatedBytesForCurrentThread() - _allocatedAtLastCollection < (long)_length * MinAllocatedPerCharInStage) return;
        Collect();
    }

    private void Collect()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        Collections++;
        t_collections++;
        _allocatedAtLastCollection = GC.GetAllocatedBytesForCurrentThread();
    }
}
