using NewsModel.Model;
using NewsModel.Parsing.Attribution;
using NewsModel.Parsing.Layout;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Speakers;
using NewsModel.Parsing.Text;
using NewsModel.Parsing.Treaties;

namespace NewsModel.Parsing;

/// <summary>
/// Turns the plain text of a news article into an <see cref="Article"/>. Build one from
/// <see cref="ParseOptions"/> and reuse it for every input.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: one instance may parse on many threads at once. <see cref="Parse(string)"/> never
/// throws on bad text: what it could not read is reported in <see cref="Article.Diagnostics"/>. Only programming
/// errors throw (a null argument, options that make no sense). Time and memory are linear in the input.
/// </remarks>
public sealed class ArticleParser
{
    private readonly CompiledKnowledge _knowledge;

    /// <summary>A parser with <see cref="ParseOptions.Default"/>.</summary>
    public ArticleParser()
        : this(ParseOptions.Default)
    {
    }

    /// <summary>A parser with the given options; the knowledge base is compiled once, here.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="options"/>, its knowledge or its time provider is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When <see cref="ParseOptions.MaxInputLength"/> is not positive.</exception>
    public ArticleParser(ParseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Knowledge, $"{nameof(options)}.{nameof(ParseOptions.Knowledge)}");
        ArgumentNullException.ThrowIfNull(options.TimeProvider, $"{nameof(options)}.{nameof(ParseOptions.TimeProvider)}");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxInputLength, $"{nameof(options)}.{nameof(ParseOptions.MaxInputLength)}");
        Options = options;
        _knowledge = new CompiledKnowledge(options.Knowledge);
    }

    /// <summary>The options this parser was built with.</summary>
    public ParseOptions Options { get; }

    /// <summary>Parses one article.</summary>
    /// <param name="text">The article as plain text; any string is accepted.</param>
    /// <returns>The article, possibly empty, with diagnostics for what could not be read.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> is null.</exception>
    public Article Parse(string text) => Parse(text, out _);

    /// <summary>Parses one article and tells the steps the stages counted (<see cref="ParseContext.Work"/>), for the scaling tests.</summary>
    internal Article Parse(string text, out long work) => Parse(text, null, null, out work);

    /// <summary>
    /// Parses one article and tells <paramref name="observer"/> of every pronoun the speaker stage resolves, with the
    /// candidates it weighed, ranking them with <paramref name="pronounWeights"/> (null: the shipped ones): what the
    /// ranker's training tool learns from and measures with.
    /// </summary>
    internal Article Parse(string text, Action<Speakers.PronounDecision>? observer, double[]? pronounWeights, out long work)
    {
        ArgumentNullException.ThrowIfNull(text);
        work = 0;
        if (text.Length > Options.MaxInputLength)
        {
            var tooLong = new ParseContext(text, Options, _knowledge);
            tooLong.Report(DiagnosticDescriptors.InputTooLong, new TextSpan(0, text.Length));
            return BuildAndReturnPooled(tooLong);
        }
        var ctx = new ParseContext(text, Options, _knowledge) { Observer = observer, PronounWeights = pronounWeights };
        // The first walk over the text: the layout's lines, and the odd units reported here.
        var (control, loneSurrogate) = LayoutStage.ReadLines(ctx);
        if (loneSurrogate >= 0)
        {
            // The article's texts are substrings of what the stages read. An unpaired surrogate is not text:
            // System.Text.Json would write it as U+FFFD and the JSON would then not read back equal. Replacing it here,
            // one unit for one unit, keeps every span valid and makes every article the parser returns round-trip.
            // The lines are where they were; they are split again from the text the stages read (rare input).
            ctx.ReleaseScratch();
            ctx = new ParseContext(ReplaceLoneSurrogates(text), Options, _knowledge) { Observer = observer, PronounWeights = pronounWeights };
            LayoutStage.ReadLines(ctx);
        }
        if (control >= 0)
        {
            ctx.Report(DiagnosticDescriptors.ControlCharacters, new TextSpan(control, 1));
        }
        if (loneSurrogate >= 0)
        {
            ctx.Report(DiagnosticDescriptors.LoneSurrogate, new TextSpan(loneSurrogate, 1));
        }
        if (IsAllSpace(text))
        {
            ctx.Report(DiagnosticDescriptors.EmptyInput);
            ctx.ReleaseScratch();
            return BuildAndReturnPooled(ctx);
        }
        if (EnglishScreen.LooksNotEnglish(text))
        {
            ctx.Report(DiagnosticDescriptors.NotEnglish);
        }
        // The test hook, read once for the parse rather than at each of the five stage ends (an AsyncLocal read is a
        // walk of the execution context's values, about 37 instructions).
        var finishing = StageFinishing.Value;
        try
        {
            RunStages(ctx, finishing);
            work = ctx.Work;
            // The model is built from the blocks and drafts, never from tokens: giving the scratch back first lets
            // the tokens of a huge input go before the model is made, so the two never add up.
            ctx.ReleaseScratch();
            return BuildGuarded(ctx, finishing);
        }
        finally
        {
            ctx.ReleaseScratch();
            // The article is built: nothing reads the blocks any more.
            ctx.ReturnPooled();
        }
    }

    /// <summary>
    /// Runs the stages in order, each reading what the ones before it left in the <see cref="ParseContext"/>:
    /// <list type="number">
    /// <item><see cref="LayoutStage"/> (Parsing/Layout): the text → the frame (headline, rubric, time, dateline) and the blocks.</item>
    /// <item><see cref="AttributionStage"/> (Parsing/Attribution): the blocks → statement drafts with the words naming each speaker.</item>
    /// <item><see cref="SpeakerStage"/> (Parsing/Speakers): those words → speakers, and each draft's speaker.</item>
    /// <item><see cref="TreatyStage"/> (Parsing/Treaties): the blocks → treaties with their mentions and article references.</item>
    /// </list>
    /// <see cref="ArticleBuilder"/> (Parsing/Pipeline) then makes the immutable article. A fault in a stage is a bug,
    /// but one article must not take down a batch of millions, nor one stage the work of the others: each stage runs
    /// on its own, a fault costs that stage's output only (what it left half-made is dropped) and is reported as
    /// <see cref="DiagnosticCodes.InternalError"/> naming the stage. A layout that faults keeps the blocks it had
    /// made; attribution that faults leaves no statements; speakers that fault leave the statements without
    /// speakers; treaties that fault leave no treaties.
    /// </summary>
    private static void RunStages(ParseContext ctx, Action<string>? finishing)
    {
        RunStage(ctx, DiagnosticDescriptors.Stages.Layout, LayoutStage.Run, static _ => { }, finishing);
        RunStage(ctx, DiagnosticDescriptors.Stages.Attribution, AttributionStage.Run, static c => c.Statements.Clear(), finishing);
        RunStage(ctx, DiagnosticDescriptors.Stages.Speakers, SpeakerStage.Run, static c =>
        {
            c.Speakers.Clear();
            foreach (var d in c.Statements) d.SpeakerId = null;
        }, finishing);
        RunStage(ctx, DiagnosticDescriptors.Stages.Treaties, TreatyStage.Run, static c => c.Treaties.Clear(), finishing);
    }

    /// <summary>The article of a parse that ran no stage (too long, empty), its thread's pooled lists given back once built.</summary>
    private static Article BuildAndReturnPooled(ParseContext ctx)
    {
        var article = ArticleBuilder.Build(ctx);
        ctx.ReturnPooled();
        return article;
    }

    /// <summary>The article of what the stages found; should building it fault, the article of the frame alone.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "Parse is total by contract; the fault is reported as a diagnostic.")]
    private static Article BuildGuarded(ParseContext ctx, Action<string>? finishing)
    {
        try
        {
            finishing?.Invoke(DiagnosticDescriptors.Stages.Build);
            return ArticleBuilder.Build(ctx);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            ctx.Statements.Clear();
            ctx.Speakers.Clear();
            ctx.Treaties.Clear();
            ctx.Report(DiagnosticDescriptors.InternalError, message: DiagnosticDescriptors.InternalErrorIn(DiagnosticDescriptors.Stages.Build));
            return ArticleBuilder.Build(ctx);
        }
    }

    /// <summary>
    /// Told the name of each stage as it finishes, inside the stage's fault boundary, on the parse's own async flow
    /// only; tests set it to inject a fault into one stage. Read once, as the parse starts.
    /// </summary>
    internal static readonly AsyncLocal<Action<string>?> StageFinishing = new();

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "Parse is total by contract; the fault is reported as a diagnostic.")]
    private static void RunStage(ParseContext ctx, string name, Action<ParseContext> run, Action<ParseContext> dropOutput, Action<string>? finishing)
    {
        try
        {
            run(ctx);
            finishing?.Invoke(name);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            dropOutput(ctx);
            ctx.Report(DiagnosticDescriptors.InternalError, message: DiagnosticDescriptors.InternalErrorIn(name));
        }
        finally
        {
            ctx.EndStage();
        }
    }

    /// <summary>Reads <paramref name="reader"/> to its end and parses what it read.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="reader"/> is null.</exception>
    /// <exception cref="IOException">When reading fails.</exception>
    public Article Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var buffer = new char[8192];
        var builder = new System.Text.StringBuilder();
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            builder.Append(buffer, 0, read);
            if (builder.Length > Options.MaxInputLength)
            {
                // Stop reading: the parse reports the input as too long without holding all of it.
                var ctx = new ParseContext("", Options, _knowledge);
                ctx.Report(DiagnosticDescriptors.InputTooLong);
                return BuildAndReturnPooled(ctx);
            }
        }
        return Parse(builder.ToString());
    }

    private static bool IsAllSpace(string text)
    {
        // Every character up to the space is whitespace or a control character, which count as space: skip them
        // vectorized, and look closer only from the first character above them (in real text, its first letter).
        var span = text.AsSpan();
        int first = span.IndexOfAnyExceptInRange('\0', ' ');
        if (first < 0) return true;
        foreach (var c in span[first..])
        {
            if (!Chars.IsSpace(c)) return false;
        }
        return true;
    }

    private static string ReplaceLoneSurrogates(string s) => string.Create(s.Length, s, static (chars, source) =>
    {
        source.CopyTo(chars);
        for (int i = 0; i < chars.Length; i++)
        {
            if (!char.IsSurrogate(chars[i])) continue;
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else chars[i] = '\uFFFD';
        }
    });
}
