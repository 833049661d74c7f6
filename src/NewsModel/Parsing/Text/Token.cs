using NewsModel.Parsing.Lookup;

namespace NewsModel.Parsing.Text;

/// <summary>A word, number or punctuation mark of the source, by position.</summary>
/// <remarks>
/// Twelve bytes: start, length, then the marks before the kind, so that the marks of a word (kind 0) and its kind are
/// one 32-bit store in the tokenizer's loop; the screen's listing walk reads the marks at offset 8
/// (<see cref="TokenScreen"/>).
/// </remarks>
internal readonly record struct Token
{
    public Token(int start, int length, TokenKind kind)
    {
        Start = start;
        Length = length;
        Kind = kind;
    }

    public int Start { get; init; }

    public int Length { get; init; }

    /// <summary>Set by <see cref="TokenScreen"/> for a block's tokens.</summary>
    public TokenMarks Marks { get; init; }

    public TokenKind Kind { get; init; }

    public int End => Start + Length;
}
