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
}
