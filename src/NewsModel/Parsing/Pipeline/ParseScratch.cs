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

    private readonly Dictionary<Type, IParseScratch> _parts = [];

    /// <summary>The thread's instance, or a new one when the thread has none free.</summary>
    public static ParseScratch Rent()
    {
        var scratch = t_free ?? new ParseScratch();
        t_free = null;
        return scratch;
    }

    /// <summary>The part of type <typeparamref name="T"/>, made on first use.</summary>
    public T Get<T>()
        where T : class, IParseScratch, new()
    {
        if (_parts.TryGetValue(typeof(T), out var part)) return (T)part;
        var made = new T();
        _parts.Add(typeof(T), made);
        return made;
    }

    /// <summary>
    /// Releases the parts of the stage that just ended and drops those that grew too large, so that what one stage
    /// needed for a huge input (per-token arrays, quote lists) is garbage before the next stage and the model are
    /// made, instead of adding to their peak. Parts read by later stages (<see cref="IParseScratch.ForWholeParse"/>) stay.
    /// </summary>
    public void EndStage()
    {
        List<Type>? dropped = null;
        foreach (var (type, part) in _parts)
        {
            if (part.ForWholeParse) continue;
            if (!part.Release()) (dropped ??= []).Add(type);
        }
        if (dropped is not null)
        {
            foreach (var type in dropped) _parts.Remove(type);
        }
    }

    /// <summary>Releases every part, drops those that grew too large, and keeps the rest for the thread's next parse.</summary>
    public void Return()
    {
        List<Type>? dropped = null;
        foreach (var (type, part) in _parts)
        {
            if (!part.Release()) (dropped ??= []).Add(type);
        }
        if (dropped is not null)
        {
            foreach (var type in dropped) _parts.Remove(type);
        }
        t_free = this;
    }
}
