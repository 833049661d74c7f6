namespace NewsModel.Parsing.Text;

/// <summary>A top-level quotation in a block: its opening mark, and its closing mark or the block's end.</summary>
internal readonly record struct Quote(int Open, int Close, bool Closed)
{
    public int ContentStart => Open + 1;
    /// <summary>End of the quoted words: the closing mark, or the block end for an unclosed quote.</summary>
    public int ContentEnd => Close;
    /// <summary>End of the whole quotation, marks included.</summary>
    public int End => Closed ? Close + 1 : Close;
}
