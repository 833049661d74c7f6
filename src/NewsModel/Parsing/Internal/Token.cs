namespace NewsModel.Parsing.Internal;

internal enum TokenKind : byte
{
    Word,
    Number,
    Punct,
}

/// <summary>A word, number or punctuation mark of the source, by position.</summary>
internal readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;
}

internal static class Tokenizer
{
    /// <summary>The tokens of <paramref name="block"/>, tokenized on first use and kept on the block; callers must not change the list.</summary>
    public static List<Token> Of(string source, Block block)
    {
        if (block.Tokens is { } tokens) return tokens;
        tokens = [];
        Tokenize(source, block.Start, block.End, tokens);
        block.Tokens = tokens;
        return tokens;
    }

    /// <summary>
    /// As <see cref="Of(string, Block)"/>, with the list taken from the parse's pool: it goes back to the pool when the
    /// parse ends, so a thread parsing many articles reuses a few lists instead of allocating about three bytes of
    /// tokens per input character each time.
    /// </summary>
    public static List<Token> Of(ParseContext ctx, Block block)
    {
        if (block.Tokens is { } tokens) return tokens;
        tokens = ctx.RentTokenList();
        Tokenize(ctx.Source, block.Start, block.End, tokens);
        block.Tokens = tokens;
        return tokens;
    }

    /// <summary>Appends the tokens of <c>source[start..end)</c> to <paramref name="into"/>.</summary>
    public static void Tokenize(string source, int start, int end, List<Token> into)
    {
        // News prose runs about five characters a token: reserving for one per four means the list is
        // sized once instead of doubling (and copying) its way up, the largest cost of tokenizing.
        into.EnsureCapacity(into.Count + ((end - start) >> 2) + 4);
        int i = start;
        while (i < end)
        {
            char c = source[i];
            if (c < '\u0080')
            {
                // ASCII, nearly all of English copy: classes without Unicode lookups.
                if (c <= ' ')
                {
                    i++;
                    continue;
                }
                int s0 = i;
                if (char.IsAsciiLetter(c))
                {
                    i++;
                    while (i < end && IsWordPart(source[i])) i++;
                    into.Add(new Token(s0, i - s0, TokenKind.Word));
                }
                else if (char.IsAsciiDigit(c))
                {
                    i++;
                    while (i < end && char.IsDigit(source[i])) i++;
                    into.Add(new Token(s0, i - s0, TokenKind.Number));
                }
                else
                {
                    i++;
                    into.Add(new Token(s0, 1, TokenKind.Punct));
                }
                continue;
            }
            if (Text.IsSpace(c))
            {
                i++;
                continue;
            }
            int s = i;
            if (char.IsAsciiLetter(c) || (c >= '\u0080' && char.IsLetter(c)))
            {
                i++;
                while (i < end && IsWordPart(source[i])) i++;
                into.Add(new Token(s, i - s, TokenKind.Word));
            }
            else if (char.IsAsciiDigit(c) || (c >= '\u0080' && char.IsDigit(c)))
            {
                i++;
                while (i < end && char.IsDigit(source[i])) i++;
                into.Add(new Token(s, i - s, TokenKind.Number));
            }
            else
            {
                i++;
                into.Add(new Token(s, 1, TokenKind.Punct));
            }
        }
    }

    /// <summary>A letter or a combining mark; ASCII is decided without a Unicode category lookup.</summary>
    private static bool IsWordPart(char c)
    {
        if (c < '\u0080') return char.IsAsciiLetter(c);
        return char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>The word tokens of a phrase for matching: hyphens dropped, apostrophes unified.</summary>
    public static string[] PhraseWords(string phrase)
    {
        var tokens = new List<Token>();
        Tokenize(phrase, 0, phrase.Length, tokens);
        var words = new List<string>(tokens.Count);
        foreach (var t in tokens)
        {
            var text = phrase.Substring(t.Start, t.Length);
            if (t.Kind == TokenKind.Punct && Text.IsHyphen(text[0])) continue;
            words.Add(t.Kind == TokenKind.Punct && Text.IsApostrophe(text[0]) ? "'" : text);
        }
        return [.. words];
    }
}
