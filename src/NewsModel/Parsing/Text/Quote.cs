namespace NewsModel.Parsing.Text;

/// <summary>
/// A top-level quotation in a block: its opening mark, and its closing mark or the block's end. A mark is one
/// character, or two where a publisher writes the double quote as two apostrophes (<c>''</c>, opened also by <c>``</c>).
/// </summary>
internal readonly record struct Quote(int Open, int Close, bool Closed, int MarkLength = 1)
{
    public int ContentStart => Open + MarkLength;
    /// <summary>End of the quoted words: the closing mark, or the block end for an unclosed quote.</summary>
    public int ContentEnd => Close;
    /// <summary>End of the whole quotation, marks included.</summary>
    public int End => Closed ? Close + MarkLength : Close;
}
