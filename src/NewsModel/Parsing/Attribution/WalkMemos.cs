using NewsModel.Parsing.Pipeline;

namespace NewsModel.Parsing.Attribution;

/// <summary>
/// The attribution reader's memos of its backward walks (<see cref="WalkMemo"/>), one per walk, owned by the thread's
/// <see cref="ParseScratch"/> so that a parse makes none: made per reader, they were about a kilobyte per article.
/// </summary>
internal sealed class WalkMemos : ParseScratchPart
{
    /// <summary>The speaker's noun phrase walked back from a cue (<c>BackwardNounPhrase</c>).</summary>
    public WalkMemo NounPhrasesBack { get; } = new();

    /// <summary>The auxiliaries and -ly adverbs stepped over back from a cue (<c>SkipAuxiliariesBack</c>).</summary>
    public WalkMemo AuxiliariesBack { get; } = new();

    /// <summary>The appositive subject searched back from a cue (<c>AppositiveSubject</c>).</summary>
    public WalkMemo Appositives { get; } = new();

    /// <summary>The words of a reported clause where a second act may start, as its end's walk found them (<c>ReportedClauseEnd</c>).</summary>
    public int[] SecondStarts { get; } = new int[AttributionReader.RecordedStarts];

    /// <summary>Forgets every answer: call when the next block is read.</summary>
    /// <remarks>Inlined: asked at every block's start (3,044 of 200 bulk articles), where the call cost more than its three counts.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Forget()
    {
        NounPhrasesBack.Forget();
        AuxiliariesBack.Forget();
        Appositives.Forget();
    }

    public override bool Release()
    {
        Forget();
        return true;
    }
}
