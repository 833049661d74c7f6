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

    /// <summary>A fault in the parser stopped it part-way: a bug, reported so that one article cannot stop a batch.</summary>
    public const string InternalError = "NM9000";
    /// <summary>Message for <see cref="InternalError"/>.</summary>
    public const string InternalErrorMessage = "The parser met an internal fault and stopped part-way; the article holds what was read before it. Please report the input.";
}
