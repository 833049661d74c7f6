using System.Runtime.CompilerServices;

namespace NewsModel.Parsing.Pipeline;

/// <summary>
/// The parser's working memory on one thread: the buffers every stage reuses from one parse to the next, so that a
/// thread parsing many articles allocates little beyond the model it returns.
/// </summary>
/// <remarks>
/// The only per-thread state of the parser. A parse takes the thread's instance whole when it first needs it
/// (<see cref="Rent"/>) and gives it back when its article is built (<see cref="Return"/>), so two parses never share
/// one, even if one ran inside another on the same thread. Each stage keeps its buffers as one part
/// (<see cref="Get{T}"/>), which says itself when it grew too large to keep.
/// </remarks>
internal sealed class ParseScratch
{
    /// <summary>A list grown past this many entries by a huge input is dropped after the parse rather than kept.</summary>
    public const int MaxKeptCapacity = 1 << 16;

    [ThreadStatic]
    private static ParseScratch? t_free;

    /// <summary>The most part kinds: one bit each in <see cref="_taken"/> (the library has ten).</summary>
    internal const int MaxKinds = 64;

    /// <summary>Each part kind's place in <see cref="_parts"/>, given on the kind's first use in the process.</summary>
    private static int s_kinds;

    /// <summary>The parts made so far on this thread, at their kind's place (<see cref="Kind{T}.Index"/>).</summary>
    private readonly ParseScratchPart?[] _parts = new ParseScratchPart?[MaxKinds];

    /// <summary>
    /// A bit for each part taken since it was last released, at its place. Only these are released at a stage's end
    /// and at the parse's: a part not taken since its last release holds nothing, and asking every part of the thread
    /// at every stage's end costs a virtual call per part, most of them for parts of other stages. A bit set and a
    /// walk over its bits, where a list of the places taken and a flag per place cost about 80 instructions a release
    /// and 20 a take more (tiny1000: ten takes and five releases a parse).
    /// </summary>
    private ulong _taken;

    /// <summary>A bit for each part made whose <see cref="ParseScratchPart.ForWholeParse"/> is true, read once when it is made rather than by a virtual call at every stage's end.</summary>
    private ulong _forWholeParse;

    /// <summary>The thread's instance, or a new one when the thread has none free.</summary>
    public static ParseScratch Rent()
    {
        var scratch = t_free ?? new ParseScratch();
        t_free = null;
        return scratch;
    }

    /// <summary>The part of type <typeparamref name="T"/>, made on first use.</summary>
    public T Get<T>()
        where T : ParseScratchPart, new()
    {
        int index = Kind<T>.Index;
        if (_parts[index] is { } part)
        {
            _taken |= 1UL << index;
            // The place holds a part of this kind only: it was made below for this kind's place.
            return Unsafe.As<T>(part);
        }
        return Make<T>(index);
    }

    private T Make<T>(int index)
        where T : ParseScratchPart, new()
    {
        var made = new T();
        _parts[index] = made;
        if (made.ForWholeParse) _forWholeParse |= 1UL << index;
        _taken |= 1UL << index;
        return made;
    }

    /// <summary>
    /// Releases the parts of the stage that just ended and drops those that grew too large, so that what one stage
    /// needed for a huge input (per-token arrays, quote lists) is garbage before the next stage and the model are
    /// made, instead of adding to their peak. Parts read by later stages (<see cref="ParseScratchPart.ForWholeParse"/>) stay.
    /// </summary>
    public void EndStage() => Release(endOfParse: false);

    /// <summary>Releases every part, drops those that grew too large, and keeps the rest for the thread's next parse.</summary>
    public void Return()
    {
        Release(endOfParse: true);
        t_free = this;
    }

    /// <summary>Releases the parts taken since their last release (at a stage's end, all but those for the whole parse).</summary>
    private void Release(bool endOfParse)
    {
        ulong release = endOfParse ? _taken : _taken & ~_forWholeParse;
        _taken &= ~release;
        while (release != 0)
        {
            int index = System.Numerics.BitOperations.TrailingZeroCount(release);
            release &= release - 1;
            // A part that grew too large is dropped; the next parse that needs it makes a new one.
            if (!_parts[index]!.Release()) _parts[index] = null;
        }
    }

    /// <summary>A part kind's place in the parts, given once per process on its first use.</summary>
    private static class Kind<T>
    {
        public static readonly int Index = NextKind();
    }

    /// <summary>The next kind's place; <see cref="MaxKinds"/> kinds at most (a test holds the library's kinds below it).</summary>
    private static int NextKind()
    {
        int index = Interlocked.Increment(ref s_kinds) - 1;
        return index < MaxKinds ? index : throw new InvalidOperationException($"More than {MaxKinds} kinds of parse scratch part.");
    }
}
