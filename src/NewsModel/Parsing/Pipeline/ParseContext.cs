using NewsModel.Model;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Pipeline;

/// <summary>The working state of one parse; stages fill it in one direction, then it becomes an <see cref="Article"/>.</summary>
internal sealed class ParseContext(string source, ParseOptions options, CompiledKnowledge knowledge)
{
    public string Source { get; } = source;
    public ParseOptions Options { get; } = options;
    public CompiledKnowledge Knowledge { get; } = knowledge;
    public List<Diagnostic> Diagnostics { get; } = [];

    public Block? Headline { get; set; }
    public Block? Lead { get; set; }
    public List<Block> Body { get; } = [];
    public string? Rubric { get; set; }
    public PublishedTime? Published { get; set; }
    public string? Url { get; set; }
    public Dateline? Dateline { get; set; }
    public List<RemovedLine> Removed { get; } = [];
    /// <summary>The agency named by a sign-off line ("Reuter"), for copy whose dateline has none.</summary>
    public string? SignOffAgency { get; set; }

    /// <summary>Headline, lead and body in reading order.</summary>
    public IEnumerable<Block> Blocks
    {
        get
        {
            if (Headline is not null) yield return Headline;
            if (Lead is not null) yield return Lead;
            foreach (var b in Body) yield return b;
        }
    }

    public List<StatementDraft> Statements { get; } = [];
    public List<Speaker> Speakers { get; } = [];
    public List<Treaty> Treaties { get; } = [];

    /// <summary>At most this many diagnostics of one code are kept, so hostile input cannot flood the result.</summary>
    public const int MaxDiagnosticsPerCode = 20;

    private readonly Dictionary<string, int> _diagnosticCounts = new(StringComparer.Ordinal);

    /// <summary>
    /// The index in its block of every token the screen marked <see cref="TokenMarks.MayOpenCue"/>, block after block
    /// as they were tokenized; each block knows its own run (<see cref="Block.CueMarked"/>).
    /// </summary>
    public List<int> CueMarked => _cueMarked ??= Take(ref t_cueMarked);

    /// <summary>As <see cref="CueMarked"/>, for <see cref="TokenMarks.MayStartTreaty"/> (<see cref="Block.TreatyMarked"/>).</summary>
    public List<int> TreatyMarked => _treatyMarked ??= Take(ref t_treatyMarked);

    private List<int>? _cueMarked, _treatyMarked;

    // The marked-token lists, kept for the thread's next parse (taken by the parse that uses them).
    [ThreadStatic]
    private static List<int>? t_cueMarked, t_treatyMarked;

    // A list that grew for a huge input is dropped rather than kept.
    private static void Keep(ref List<int>? used, ref List<int>? kept)
    {
        if (used is { Capacity: <= MaxPooledTokenCapacity })
        {
            used.Clear();
            kept = used;
        }
        used = null;
    }

    private static List<int> Take(ref List<int>? kept)
    {
        var list = kept ?? [];
        kept = null;
        return list;
    }

    /// <summary>The run <paramref name="run"/> of <paramref name="list"/>: one block's marked tokens, as block-local token indices in order.</summary>
    public static ReadOnlySpan<int> MarkedIn(List<int> list, (int Start, int Count) run) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list).Slice(run.Start, run.Count);

    /// <summary>Token lists this parse took from the thread's pool; <see cref="ReleaseScratch"/> gives them back.</summary>
    private List<List<Token>>? _rentedTokenLists;

    // Token lists kept for the next parse on this thread. A list that grew for a huge input is dropped rather
    // than kept, and so are lists beyond the cap, so one odd article cannot pin memory for the thread's life.
    [ThreadStatic]
    private static Stack<List<Token>>? t_tokenLists;
    private const int MaxPooledTokenLists = 512;
    private const int MaxPooledTokenCapacity = 1 << 16;

    /// <summary>An empty token list from this thread's pool, returned to it by <see cref="ReleaseScratch"/>.</summary>
    public List<Token> RentTokenList()
    {
        var list = t_tokenLists is { Count: > 0 } pool ? pool.Pop() : [];
        (_rentedTokenLists ??= t_rentedLists ?? []).Add(list);
        t_rentedLists = null;
        return list;
    }

    // The list that records what a parse rented, kept for the next parse on the thread too.
    [ThreadStatic]
    private static List<List<Token>>? t_rentedLists;

    /// <summary>
    /// Gives this parse's scratch buffers back to the thread's pool. Call once, when the article is built: the
    /// blocks' tokens are not valid after it.
    /// </summary>
    public void ReleaseScratch()
    {
        Keep(ref _cueMarked, ref t_cueMarked);
        Keep(ref _treatyMarked, ref t_treatyMarked);
        if (_rentedTokenLists is null) return;
        var pool = t_tokenLists ??= new Stack<List<Token>>();
        foreach (var list in _rentedTokenLists)
        {
            if (pool.Count >= MaxPooledTokenLists || list.Capacity > MaxPooledTokenCapacity) continue;
            list.Clear();
            pool.Push(list);
        }
        if (_rentedTokenLists.Count <= MaxPooledTokenLists)
        {
            _rentedTokenLists.Clear();
            t_rentedLists = _rentedTokenLists;
        }
        _rentedTokenLists = null;
        foreach (var block in Blocks) block.Tokens = null;
    }

    public void Report(string code, DiagnosticSeverity severity, string message, TextSpan? span = null)
    {
        _diagnosticCounts.TryGetValue(code, out int count);
        _diagnosticCounts[code] = count + 1;
        if (count >= MaxDiagnosticsPerCode) return;
        Diagnostics.Add(new Diagnostic { Code = code, Severity = severity, Message = message, Span = span });
    }
}
