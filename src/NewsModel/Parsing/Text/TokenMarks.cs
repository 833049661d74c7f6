using NewsModel.Parsing.Lookup;

namespace NewsModel.Parsing.Text;

/// <summary>What <see cref="TokenScreen"/> found a token may be; a token it did not screen has none of the bits.</summary>
[Flags]
internal enum TokenMarks : byte
{
    None = 0,
    /// <summary>The token was screened: a clear bit below means "surely not".</summary>
    Screened = 1,
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
}
