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
}
