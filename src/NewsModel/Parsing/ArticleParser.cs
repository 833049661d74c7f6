using NewsModel.Model;
using NewsModel.Parsing.Internal;

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
    /// <exception cref="ArgumentNullException">When <paramref name="options"/> or its knowledge is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When <see cref="ParseOptions.MaxInputLength"/> is not positive.</exception>
    public ArticleParser(ParseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Knowledge, $"{nameof(options)}.{nameof(ParseOptions.Knowledge)}");
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
    public Article Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ctx = new ParseContext(text, Options, _knowledge);
        if (text.Length > Options.MaxInputLength)
        {
            ctx.Report(DiagnosticCodes.InputTooLong, DiagnosticSeverity.Error, DiagnosticCodes.InputTooLongMessage, new TextSpan(0, text.Length));
            return ArticleBuilder.Build(ctx);
        }
        CheckCharacters(ctx);
        if (text.AsSpan().Trim().IsEmpty || IsAllSpace(text))
        {
            ctx.Report(DiagnosticCodes.EmptyInput, DiagnosticSeverity.Warning, DiagnosticCodes.EmptyInputMessage);
            return ArticleBuilder.Build(ctx);
        }
        LayoutStage.Run(ctx);
        AttributionStage.Run(ctx);
        SpeakerStage.Run(ctx);
        TreatyStage.Run(ctx);
        return ArticleBuilder.Build(ctx);
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
                ctx.Report(DiagnosticCodes.InputTooLong, DiagnosticSeverity.Error, DiagnosticCodes.InputTooLongMessage);
                return ArticleBuilder.Build(ctx);
            }
        }
        return Parse(builder.ToString());
    }

    private static bool IsAllSpace(string text)
    {
        foreach (var c in text)
        {
            if (!Text.IsSpace(c)) return false;
        }
        return true;
    }

    private static void CheckCharacters(ParseContext ctx)
    {
        var s = ctx.Source;
        bool control = false, surrogate = false;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c < ' ' && c is not ('\n' or '\r' or '\t' or '\f' or '\v'))
            {
                if (!control) ctx.Report(DiagnosticCodes.ControlCharacters, DiagnosticSeverity.Warning, DiagnosticCodes.ControlCharactersMessage, new TextSpan(i, 1));
                control = true;
            }
            else if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    i++;
                    continue;
                }
                if (!surrogate) ctx.Report(DiagnosticCodes.LoneSurrogate, DiagnosticSeverity.Warning, DiagnosticCodes.LoneSurrogateMessage, new TextSpan(i, 1));
                surrogate = true;
            }
        }
    }
}
