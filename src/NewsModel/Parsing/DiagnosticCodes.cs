namespace NewsModel.Parsing;

/// <summary>The codes and messages of every diagnostic the parser reports, in one place.</summary>
public static class DiagnosticCodes
{
    /// <summary>The input was empty or whitespace only.</summary>
    public const string EmptyInput = "NM0001";
    /// <summary>Message for <see cref="EmptyInput"/>.</summary>
    public const string EmptyInputMessage = "The input is empty or holds only whitespace; the article is empty.";

    /// <summary>The input was longer than <see cref="ParseOptions.MaxInputLength"/>.</summary>
    public const string InputTooLong = "NM0002";
    /// <summary>Message for <see cref="InputTooLong"/>.</summary>
    public const string InputTooLongMessage = "The input is longer than ParseOptions.MaxInputLength; it was not parsed.";

    /// <summary>The input holds control characters (NUL and the like) that are not text.</summary>
    public const string ControlCharacters = "NM0003";
    /// <summary>Message for <see cref="ControlCharacters"/>.</summary>
    public const string ControlCharactersMessage = "The input holds control characters; they were read as spaces.";

    /// <summary>The input holds unpaired UTF-16 surrogates; the article has U+FFFD in their place (spans are unchanged).</summary>
    public const string LoneSurrogate = "NM0004";
    /// <summary>Message for <see cref="LoneSurrogate"/>.</summary>
    public const string LoneSurrogateMessage = "The input holds an unpaired UTF-16 surrogate; the article reads it as U+FFFD (the replacement character), so its text stays valid Unicode.";

    /// <summary>The text does not look like English: its words are in another script, or its function words are another language's.</summary>
    public const string NotEnglish = "NM0005";
    /// <summary>Message for <see cref="NotEnglish"/>.</summary>
    public const string NotEnglishMessage = "The text does not look like English. The parser reads English copy: statements, speakers and treaties in other languages are not found.";

    /// <summary>No headline could be found.</summary>
    public const string NoHeadline = "NM1001";
    /// <summary>Message for <see cref="NoHeadline"/>.</summary>
    public const string NoHeadlineMessage = "No headline was found; the text was read as body only.";

    /// <summary>A line looked like a time line but its date is impossible.</summary>
    public const string BadTime = "NM1002";
    /// <summary>Message for <see cref="BadTime"/>.</summary>
    public const string BadTimeMessage = "A time line was found but its date or time is not valid; the time is left out.";

    /// <summary>A quote mark was opened and never closed in its paragraph.</summary>
    public const string UnclosedQuote = "NM2001";
    /// <summary>Message for <see cref="UnclosedQuote"/>.</summary>
    public const string UnclosedQuoteMessage = "A quote opened here is not closed in its paragraph; it was taken to end with the paragraph.";

    /// <summary>A closing quote mark had no opening mark.</summary>
    public const string UnopenedQuote = "NM2002";
    /// <summary>Message for <see cref="UnopenedQuote"/>.</summary>
    public const string UnopenedQuoteMessage = "A closing quote mark here has no opening mark; it was ignored.";

    /// <summary>A paragraph held more quote marks than the parser pairs.</summary>
    public const string TooManyQuotes = "NM2003";
    /// <summary>Message for <see cref="TooManyQuotes"/>.</summary>
    public const string TooManyQuotesMessage = "A paragraph holds more quote marks or nesting than the parser pairs; the rest of it was read as plain text.";

    /// <summary>A statement's speaker could not be resolved.</summary>
    public const string UnresolvedSpeaker = "NM3001";
    /// <summary>Message for <see cref="UnresolvedSpeaker"/>.</summary>
    public const string UnresolvedSpeakerMessage = "A statement's speaker could not be resolved from the article.";

    /// <summary>
    /// A stage of the parser met an internal fault (a bug). Each stage runs in its own fault boundary, so the fault
    /// costs that stage's results only; the diagnostic's message is the stage's own (the <c>InternalErrorIn…</c>
    /// messages below): it names the stage and says what the article kept.
    /// </summary>
    public const string InternalError = "NM9000";
    /// <summary>Message for <see cref="InternalError"/> in general; each stage reports its own message, which says more.</summary>
    public const string InternalErrorMessage = "A stage of the parser met an internal fault; the article keeps what the other stages found, without that stage's results. Please report the input.";
    /// <summary>Message for <see cref="InternalError"/> in the layout stage.</summary>
    public const string InternalErrorInLayoutMessage = "The parser's layout stage met an internal fault; the article keeps the headline, time, dateline and paragraphs it had read before the fault, and what the later stages found in them. Please report the input.";
    /// <summary>Message for <see cref="InternalError"/> in the attribution stage.</summary>
    public const string InternalErrorInAttributionMessage = "The parser's attribution stage met an internal fault; the article has no statements and no speakers, and keeps its headline, time, dateline, paragraphs and treaties. Please report the input.";
    /// <summary>Message for <see cref="InternalError"/> in the speakers stage.</summary>
    public const string InternalErrorInSpeakersMessage = "The parser's speakers stage met an internal fault; the article has no speakers and its statements name none, and it keeps its statements, headline, time, dateline, paragraphs and treaties. Please report the input.";
    /// <summary>Message for <see cref="InternalError"/> in the treaties stage.</summary>
    public const string InternalErrorInTreatiesMessage = "The parser's treaties stage met an internal fault; the article has no treaties, and keeps its statements, speakers, headline, time, dateline and paragraphs. Please report the input.";
    /// <summary>Message for <see cref="InternalError"/> while the article was built from what the stages found.</summary>
    public const string InternalErrorInBuildMessage = "The parser met an internal fault while building the article (the build stage); the article has no statements, speakers or treaties, and keeps its headline, time, dateline and paragraphs. Please report the input.";
}
