using NewsModel.Parsing.Pipeline;

namespace NewsModel.Parsing.Attribution;

/// <summary>
/// The cue read at each token of the block being read, for the sentence limit it was read with: the passes over a
/// sentence ask about the same tokens several times. Owned by the thread's <see cref="Pipeline.ParseScratch"/>.
/// </summary>
internal sealed class CueCache : IParseScratch
{
    /// <summary>Per token: the sentence limit plus one when a cue was read there, its negation when none was, 0 when not read.</summary>
    public int[] Limits = [];

    /// <summary>Per token: the cue read there, valid where <see cref="Limits"/> is positive.</summary>
    public CueHit[] Hits = [];

    /// <summary>Makes room for <paramref name="tokens"/> tokens and forgets every reading.</summary>
    public void Reset(int tokens)
    {
        int n = tokens + 1;
        if (Limits.Length < n)
        {
            int size = Math.Max(n, Limits.Length * 2);
            Limits = new int[size];
            Hits = new CueHit[size];
        }
        Array.Clear(Limits, 0, n);
    }

    public bool Release() => Limits.Length <= ParseScratch.MaxKeptCapacity;
}
