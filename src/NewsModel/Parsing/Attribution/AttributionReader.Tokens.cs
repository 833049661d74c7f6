using System.Runtime.CompilerServices;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Attribution;

internal sealed partial class AttributionReader
{
    // The token tests of BlockText (IsCapitalized, Is), asked of a token already read from the block's span: the walks
    // that read a token several times read it once, and not through the list's indexer, which loads the list, checks its
    // count, loads its array and checks the array's length at every read.

    /// <summary>True for a word whose first character is upper case (<see cref="BlockText.IsCapitalized"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsCapitalized(in Token token) => token.Kind == TokenKind.Word && Chars.IsUpper(_s[token.Start]);

    /// <summary>True when <paramref name="token"/> is spelled <paramref name="word"/>, ignoring case (<see cref="BlockText.Is"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Spells(in Token token, string word) =>
        token.Length == word.Length && _s.AsSpan(token.Start, token.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a word (<see cref="BlockText.IsWord"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWord(in Token token) => token.Kind == TokenKind.Word;

    /// <summary>True for a punctuation mark <paramref name="c"/> (<see cref="BlockText.IsPunct"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsPunct(in Token token, char c) => token.Kind == TokenKind.Punct && _s[token.Start] == c;

    /// <summary>True for a comma (<see cref="BlockText.IsComma"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsComma(in Token token) => IsPunct(token, ',');

    /// <summary>The token's characters (<see cref="BlockText.Word"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<char> WordOf(in Token token) => _s.AsSpan(token.Start, token.Length);

    /// <summary>
    /// True when token <paramref name="i"/> closes its quote (<see cref="BlockText.IsQuoteClose"/>): only a quotation mark
    /// does, a punctuation token the screen marks <see cref="TokenMarks.QuoteMark"/>, so the words inside a quote are
    /// ruled out by their marks before the call (6,155 calls of 200 bulk articles before, 3,846 after).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsQuoteClose(int i) => t.QuoteOf[i] >= 0 && (t.TokenAt(i).Marks & TokenMarks.QuoteMark) != 0 && t.IsQuoteClose(i);
}
