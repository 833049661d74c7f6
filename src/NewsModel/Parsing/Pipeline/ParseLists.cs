using NewsModel.Model;

namespace NewsModel.Parsing.Pipeline;

/// <summary>
/// The lists a parse fills for the model (the body's blocks, the statement drafts, the speakers, treaties, removed
/// lines and diagnostics), made once per thread and emptied for the thread's next parse: a parse made six lists and
/// grew each from four items, about 0.25 MB over the 200 articles of bulk200 and 0.45 MB over 500 small files.
/// </summary>
/// <remarks>
/// A parse takes the thread's lists whole when it first needs one (<see cref="Rent"/>) and gives them back once its
/// article is built (<see cref="Return"/>), so two parses never share them, even if one ran inside another on the same
/// thread. The model is made of copies (arrays of the final size): nothing outside the parse holds a list. Lists grown
/// past <see cref="ParseScratch.MaxKeptCapacity"/> by a huge input are not kept.
/// </remarks>
internal sealed class ParseLists
{
    [ThreadStatic]
    private static ParseLists? t_free;

    public List<Block> Body { get; } = [];
    public List<StatementDraft> Statements { get; } = [];
    public List<Speaker> Speakers { get; } = [];
    public List<Treaty> Treaties { get; } = [];
    public List<RemovedLine> Removed { get; } = [];
    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>The thread's lists, or new ones when the thread has none free.</summary>
    public static ParseLists Rent()
    {
        var lists = t_free ?? new ParseLists();
        t_free = null;
        return lists;
    }

    /// <summary>Empties the lists and keeps them for the thread's next parse, unless one grew too large to keep.</summary>
    public void Return()
    {
        Body.Clear();
        Statements.Clear();
        Speakers.Clear();
        Treaties.Clear();
        Removed.Clear();
        Diagnostics.Clear();
        const int most = ParseScratch.MaxKeptCapacity;
        if (Body.Capacity > most || Statements.Capacity > most || Speakers.Capacity > most || Treaties.Capacity > most
            || Removed.Capacity > most || Diagnostics.Capacity > most)
        {
            return;
        }
        t_free = this;
    }
}
