using NewsModel.Parsing.Lookup;

namespace NewsModel.Parsing.Text;

/// <summary>What <see cref="TokenScreen"/> found a token may be; a token it did not screen has none of the bits.</summary>
/// <remarks>
/// Sixteen bits, in the token's padding (<see cref="Token"/> is twelve bytes either way): the low byte holds the
/// filters' answers, one bit each (the byte the screen's table keeps per hash position), which the marked-token lists
/// are made from; the high byte what the text layer itself asks of a punctuation token, kept with the marks of its
/// character, and <see cref="Screened"/>.
/// </remarks>
[Flags]
internal enum TokenMarks : ushort
{
    None = 0,
    /// <summary>
    /// A token that may be a word of the attribution stage's lists (<see cref="WordClasses"/>): its shape filter's answer,
    /// so that a word in no list is answered without a lookup (<see cref="BlockText.Classes"/>).
    /// </summary>
    MayHaveClass = 1,
    /// <summary>A word that may be the first of a speech cue or a cue anchor ("said", "according").</summary>
    MayOpenCue = 2,
    /// <summary>A token that may start a treaty name, head noun or article reference.</summary>
    MayStartTreaty = 4,
    /// <summary>
    /// A token the pass that finds names over the whole text must see: a capitalised word, a word that may start a
    /// title or be a gendered pronoun, a quotation mark or a sentence end.
    /// </summary>
    MayConcernNames = 8,
    /// <summary>A token that may start a phrase of the gazetteer (organisations, countries): its first-word filter's answer.</summary>
    MayStartGazetteer = 16,
    /// <summary>A token that may start a title ("Foreign Minister"): its first-word filter's answer.</summary>
    MayStartTitle = 32,
    /// <summary>A token that may start a description ("the ministry", "the head of state"): its first-word filter's answer.</summary>
    MayStartDescription = 64,
    /// <summary>A token that may start a country's adjective ("Russian", "South Korean"): its first-word filter's answer.</summary>
    MayStartAdjective = 128,
    /// <summary>A punctuation mark the quote scanner acts on (<see cref="QuoteScanner.IsMark"/>): exact, not a filter's answer.</summary>
    QuoteMark = 256,
    /// <summary>A punctuation mark that may end a sentence (<see cref="Chars.IsSentenceEnd"/>): exact, not a filter's answer.</summary>
    SentenceEnd = 512,
    /// <summary>The token was screened: a clear filter bit means "surely not".</summary>
    Screened = 1024,
}
