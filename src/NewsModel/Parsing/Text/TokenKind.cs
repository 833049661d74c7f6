namespace NewsModel.Parsing.Text;

internal enum TokenKind : byte
{
    Word,
    Number,
    Punct,
}
