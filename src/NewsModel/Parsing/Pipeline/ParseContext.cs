using NewsModel.Model;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Pipeline;

/// <summary>The working state of one parse; stages fill it in one direction, then it becomes an <see cref="Article"/>.</summary>
internal sealed class ParseContext(string source, ParseOptions options, CompiledKnowledge knowledge)
{
    public string Source { get; } = source;
    public ParseOptions Options { get; } = options;
    public CompiledKnowledge Knowledge { get; } = knowledge;
    /// <summary>The lists this parse fills, the thread's (<see cref="ParseLists"/>), taken on first use and given back by <see cref="ReturnPooled"/>.</summary>
    private ParseLists? _lists;

    private ParseLists Lists => _lists ??= ParseLists.Rent();

    public List<Diagnostic> Diagnostics => Lists.Diagnostics;

    public Block? Headline { get; set; }
    public Block? Lead { get; set; }
    public List<Block> Body => Lists.Body;
    public string? Rubric { get; set; }
    public PublishedTime? Published { get; set; }
    public string? Url { get; set; }
    public Dateline? Dateline { get; set; }
    public List<RemovedLine> Removed => Lists.Removed;
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

    public List<StatementDraft> Statements => Lists.Statements;

    /// <summary>The thread's blocks, taken on the first block made and given back by <see cref="ReturnPooled"/>.</summary>
    private BlockPool? _blocks;

    /// <summary>A block of the run given, from the thread's <see cref="BlockPool"/>; valid until <see cref="ReturnPooled"/>.</summary>
    public Block NewBlock(int start, int end, StatementLocation where, int paragraphIndex) =>
        (_blocks ??= BlockPool.Rent()).Take(start, end, where, paragraphIndex);

    /// <summary>
    /// Gives the blocks and the lists back for the thread's next parse, once the article is built from them: the
    /// context is not read after it.
    /// </summary>
    public void ReturnPooled()
    {
        _blocks?.Return();
        _blocks = null;
        _lists?.Return();
        _lists = null;
    }

    /// <summary>Told of every pronoun the speaker stage resolves, with its candidates; set only by the training tool.</summary>
    public Action<Speakers.PronounDecision>? Observer { get; init; }

    /// <summary>The pronoun ranker's weights for this parse in place of the shipped ones; set only by the training tool.</summary>
    public double[]? PronounWeights { get; init; }
    public List<Speaker> Speakers => Lists.Speakers;
    public List<Treaty> Treaties => Lists.Treaties;

    /// <summary>
    /// Steps the stages counted in their lookups (tokens made, keys hashed, candidates compared): a measure of work
    /// that, unlike time, is the same on every run, so a test can check that it grows linearly with the input.
    /// </summary>
    public long Work { get; private set; }

    /// <summary>Adds <paramref name="steps"/> to <see cref="Work"/>.</summary>
    public void CountWork(long steps) => Work += steps;

    /// <summary>At most this many diagnostics of one code are kept, so hostile input cannot flood the result.</summary>
    public const int MaxDiagnosticsPerCode = 20;

    private ParseScratch? _scratch;

    /// <summary>
    /// Collects the garbage a stage left, between stages, when the input is large (at least <see cref="LargeInputCollector.MinLength"/> units); null for ordinary input and when
    /// <see cref="ParseOptions.CollectOnLargeInputs"/> is off.
    /// </summary>
    private readonly LargeInputCollector? _collector = options.CollectOnLargeInputs ? LargeInputCollector.For(source.Length) : null;

    /// <summary>The thread's working memory, taken on first use and given back by <see cref="ReleaseScratch"/>.</summary>
    public ParseScratch Scratch => _scratch ??= ParseScratch.Rent();

    /// <summary>The screened-token lists and token lists of this parse.</summary>
    /// <remarks>Inlined up to the test of the field: asked about four times a block (10,500 times over 200 bulk articles), where the call cost about 13 instructions.</remarks>
    public TokenBuffers TokenBuffers
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => _tokenBuffers ?? TakeTokenBuffers();
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private TokenBuffers TakeTokenBuffers() => _tokenBuffers = Scratch.Get<TokenBuffers>();

    private TokenBuffers? _tokenBuffers;

    /// <inheritdoc cref="TokenBuffers.CueMarked"/>
    public MarkedTokens CueMarked => TokenBuffers.CueMarked;

    /// <inheritdoc cref="TokenBuffers.TreatyMarked"/>
    public MarkedTokens TreatyMarked => TokenBuffers.TreatyMarked;

    /// <inheritdoc cref="TokenBuffers.NameMarked"/>
    public MarkedTokens NameMarked => TokenBuffers.NameMarked;

    /// <summary>The run <paramref name="run"/> of <paramref name="list"/>: one block's marked tokens, as block-local token indices in order.</summary>
    public static ReadOnlySpan<int> MarkedIn(MarkedTokens list, (int Start, int Count) run) => list.Slice(run.Start, run.Count);

    /// <summary>
    /// Releases the scratch parts of the stage that just ended (<see cref="ParseScratch.EndStage"/>) and, for a large
    /// input, collects what they held (<see cref="LargeInputCollector"/>).
    /// </summary>
    public void EndStage()
    {
        _scratch?.EndStage();
        _collector?.StageEnded();
    }

    /// <summary>
    /// Called by a stage between the blocks or statements it steps over: for a large input, collects the garbage the
    /// stage left so far once it is large (<see cref="LargeInputCollector"/>); for ordinary input, does nothing.
    /// </summary>
    public void CheckMemory() => _collector?.InStage();

    /// <summary>True when the input is large enough for <see cref="LargeInputCollector"/> to collect for it (and collecting is on).</summary>
    public bool CollectsForLargeInput => _collector is not null;

    /// <summary>
    /// Called by a stage that has just let go of large tables it no longer reads, before it makes its output: for a
    /// large input, collects them (<see cref="LargeInputCollector.Released"/>); for ordinary input, does nothing.
    /// </summary>
    public void CollectReleased() => _collector?.Released();

    /// <summary>How many collections <see cref="LargeInputCollector"/> ran for this parse: 0 for ordinary input.</summary>
    public int Collections => _collector?.Collections ?? 0;

    /// <summary>
    /// Lets go of the tokens of <paramref name="block"/> once the last stage that reads them is done with it, on an
    /// input the <see cref="LargeInputCollector"/> works for: the list stays with the parse's pool (empty, without its
    /// array) and the block would tokenize again if asked. For ordinary input the lists are kept for the thread's next parse.
    /// </summary>
    public void DoneWithTokens(Block block)
    {
        if (_collector is null) return;
        if (block.Tokens is { Count: > 0 } tokens)
        {
            tokens.Clear();
            tokens.Capacity = 0;
        }
        block.Tokens = null;
    }

    /// <summary>
    /// Gives this parse's scratch back to the thread. Call once, when the article is built: the blocks' tokens are
    /// not valid after it.
    /// </summary>
    public void ReleaseScratch()
    {
        if (_scratch is null) return;
        // Not through Blocks: its enumerator is an interface call per block in ahead-of-time code.
        if (Headline is not null) Headline.Tokens = null;
        if (Lead is not null) Lead.Tokens = null;
        foreach (var block in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Body)) block.Tokens = null;
        _scratch.Return();
        _scratch = null;
        _tokenBuffers = null;
        _collector?.ScratchReleased();
    }

    /// <summary>
    /// Adds a diagnostic of kind <paramref name="descriptor"/>, unless <see cref="MaxDiagnosticsPerCode"/> of its code were
    /// reported; <paramref name="message"/>, when given, says more than the descriptor's own message.
    /// </summary>
    public void Report(DiagnosticDescriptor descriptor, TextSpan? span = null, string? message = null)
    {
        // Counted in the list itself (only Report adds to it): it holds at most MaxDiagnosticsPerCode of each of the
        // few codes, so the count is bounded, and no table of counts is made per parse.
        var diagnostics = Diagnostics;
        int count = 0;
        foreach (var d in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(diagnostics))
        {
            if (ReferenceEquals(d.Code, descriptor.Code) || d.Code == descriptor.Code) count++;
        }
        if (count >= MaxDiagnosticsPerCode) return;
        diagnostics.Add(new Diagnostic { Code = descriptor.Code, Severity = descriptor.Severity, Message = message ?? descriptor.Message, Span = span });
    }
}
