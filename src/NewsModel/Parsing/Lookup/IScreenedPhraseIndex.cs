using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Lookup;

/// <summary>
/// A phrase index whose first-word filter <see cref="TokenScreen"/> asks for every token and keeps the answer on the
/// token, so that the index reads one bit at a screened token instead of making the token's shape key again.
/// </summary>
internal interface IScreenedPhraseIndex
{
    /// <summary>The shapes of the phrases' first words, as the index itself asks them.</summary>
    ShapeFilter FirstShapes { get; }

    /// <summary>
    /// Called once by the screen that folded <see cref="FirstShapes"/> into its table: a token that screen marked
    /// (<see cref="TokenMarks.Screened"/>) starts a phrase only if it carries <paramref name="mark"/>. No phrase may be
    /// added afterwards, since the screen would not know its first word.
    /// </summary>
    void ScreenedAs(TokenMarks mark);
}
