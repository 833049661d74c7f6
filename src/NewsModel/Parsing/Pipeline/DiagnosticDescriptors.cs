using NewsModel.Model;

namespace NewsModel.Parsing.Pipeline;

/// <summary>Every diagnostic the parser reports, each a code and message of <see cref="DiagnosticCodes"/> with its severity.</summary>
internal static class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor EmptyInput = new(DiagnosticCodes.EmptyInput, DiagnosticSeverity.Warning, DiagnosticCodes.EmptyInputMessage);
    public static readonly DiagnosticDescriptor InputTooLong = new(DiagnosticCodes.InputTooLong, DiagnosticSeverity.Error, DiagnosticCodes.InputTooLongMessage);
    public static readonly DiagnosticDescriptor ControlCharacters = new(DiagnosticCodes.ControlCharacters, DiagnosticSeverity.Warning, DiagnosticCodes.ControlCharactersMessage);
    public static readonly DiagnosticDescriptor LoneSurrogate = new(DiagnosticCodes.LoneSurrogate, DiagnosticSeverity.Warning, DiagnosticCodes.LoneSurrogateMessage);
    public static readonly DiagnosticDescriptor NotEnglish = new(DiagnosticCodes.NotEnglish, DiagnosticSeverity.Warning, DiagnosticCodes.NotEnglishMessage);
    public static readonly DiagnosticDescriptor NoHeadline = new(DiagnosticCodes.NoHeadline, DiagnosticSeverity.Info, DiagnosticCodes.NoHeadlineMessage);
    public static readonly DiagnosticDescriptor BadTime = new(DiagnosticCodes.BadTime, DiagnosticSeverity.Warning, DiagnosticCodes.BadTimeMessage);
    public static readonly DiagnosticDescriptor UnclosedQuote = new(DiagnosticCodes.UnclosedQuote, DiagnosticSeverity.Info, DiagnosticCodes.UnclosedQuoteMessage);
    public static readonly DiagnosticDescriptor UnopenedQuote = new(DiagnosticCodes.UnopenedQuote, DiagnosticSeverity.Info, DiagnosticCodes.UnopenedQuoteMessage);
    public static readonly DiagnosticDescriptor TooManyQuotes = new(DiagnosticCodes.TooManyQuotes, DiagnosticSeverity.Warning, DiagnosticCodes.TooManyQuotesMessage);
    public static readonly DiagnosticDescriptor UnresolvedSpeaker = new(DiagnosticCodes.UnresolvedSpeaker, DiagnosticSeverity.Info, DiagnosticCodes.UnresolvedSpeakerMessage);
    public static readonly DiagnosticDescriptor InternalError = new(DiagnosticCodes.InternalError, DiagnosticSeverity.Error, DiagnosticCodes.InternalErrorMessage);

    /// <summary>The message of <see cref="InternalError"/> for a fault in the stage named <paramref name="stage"/>: it names the stage and says what the article kept.</summary>
    public static string InternalErrorIn(string stage) => stage switch
    {
        Stages.Layout => DiagnosticCodes.InternalErrorInLayoutMessage,
        Stages.Attribution => DiagnosticCodes.InternalErrorInAttributionMessage,
        Stages.Speakers => DiagnosticCodes.InternalErrorInSpeakersMessage,
        Stages.Treaties => DiagnosticCodes.InternalErrorInTreatiesMessage,
        Stages.Build => DiagnosticCodes.InternalErrorInBuildMessage,
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "no such stage"),
    };

    /// <summary>The names of the stages, as the fault boundaries and the test hook give them.</summary>
    public static class Stages
    {
        public const string Layout = "layout";
        public const string Attribution = "attribution";
        public const string Speakers = "speakers";
        public const string Treaties = "treaties";
        public const string Build = "build";
    }
}
