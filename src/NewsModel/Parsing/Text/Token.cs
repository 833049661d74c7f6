using NewsModel.Parsing.Lookup;

namespace NewsModel.Parsing.Text;

/// <summary>A word, number or punctuation mark of the source, by position.</summary>
internal readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;

    /// <summary>Set by <see cref="TokenScreen"/> for a block's tokens; its 16 bits fit in the struct's padding (12 bytes either way).</summary>
    public TokenMarks Marks { get; init; }
}
