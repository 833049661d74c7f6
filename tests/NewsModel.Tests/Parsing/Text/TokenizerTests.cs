using CsCheck;
using FluentAssertions;
using NewsModel.Tests.Robustness;
using NewsModel.Parsing.Text;

namespace NewsModel.Tests.Parsing.Text;

/// <summary>The tokenizer's fast paths (ASCII, eight letters at a time) against a plain reading of its rules.</summary>
public sealed class TokenizerTests
{
    [Theory]
    [InlineData("said", new[] { "said" })]
    [InlineData("  Foreign-Ministry's  spokeswoman, 12.5%", new[] { "Foreign", "-", "Ministry", "'", "s", "spokeswoman", ",", "12", ".", "5", "%" })]
    [InlineData("internationalization(", new[] { "internationalization", "(" })]
    [InlineData("caféterias über naïve", new[] { "caféterias", "über", "naïve" })]
    [InlineData("ABCDEFGHabcdefgh@[`{z", new[] { "ABCDEFGHabcdefgh", "@", "[", "`", "{", "z" })]
    public void Splits_text_into_words_numbers_and_marks(string text, string[] expected)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        tokens.Select(t => text.Substring(t.Start, t.Length)).Should().Equal(expected);
    }

    [Fact]
    public void Every_quotation_mark_and_sentence_end_is_a_punctuation_token_of_its_own()
    {
        // The quote scanner and the sentence splitter find their characters among the punctuation tokens
        // (BlockText.Load): each such character must be one, whatever stands beside it.
        var marks = Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(c => QuoteScanner.IsMark(c) || Chars.IsSentenceEnd(c)).ToList();
        marks.Should().HaveCount(15);
        foreach (char c in marks)
        {
            foreach (var text in new[] { $"ab{c}cd", $"12{c}34", $"\u00E9{c}\u00E9", $"{c}{c}", $"x {c} y" })
            {
                var tokens = new List<Token>();
                Tokenizer.Tokenize(text, 0, text.Length, tokens);
                var at = Enumerable.Range(0, text.Length).Where(i => text[i] == c);
                foreach (int i in at) tokens.Should().Contain(new Token(i, 1, TokenKind.Punct), $"'{c}' in \"{text}\"");
            }
        }
    }

    [Fact]
    public void The_punctuation_kinds_the_block_marks_agree_with_the_scanner_and_splitter_for_every_character()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            uint expected = QuoteScanner.IsMark((char)c) ? 1u : Chars.IsSentenceEnd((char)c) ? 2u : 0u;
            NewsModel.Parsing.Lookup.TokenScreen.PunctuationKind((char)c).Should().Be(expected, "for U+{0:X4}", c);
        }
    }

    [Fact]
    public void Agrees_with_a_character_by_character_reading_on_any_text()
    {
        // Letters on either side of the ASCII range and of the eight-character steps are where a fast path can slip.
        var chars = Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['A', 'Z'], Gen.Char['0', '9'], Gen.Const(' '), Gen.Const('\n'),
            Gen.Const('\''), Gen.Const('-'), Gen.Const('@'), Gen.Const('['), Gen.Const('`'), Gen.Const('{'), Gen.Const('é'),
            Gen.Const('\u0301'), Gen.Const('\u00A0'), Gen.Const('٣'), Gen.Char);
        chars.Array[0, 80].Select(a => new string(a)).Sample(text =>
        {
            var tokens = new List<Token>();
            int start = text.Length / 3;
            Tokenizer.Tokenize(text, start, text.Length, tokens);
            tokens.Should().Equal(Reference(text, start, text.Length));
        }, iter: PropertyBudget.Iter(5_000));
    }

    [Theory]
    [InlineData(3_000)]
    [InlineData(40_000)]
    public void A_long_text_is_tokenized_chunk_by_chunk_into_the_list_after_its_tokens(int length)
    {
        // The tokens are written straight into the list's room, a chunk of 1,024 characters at a time; over 16,384
        // characters they are counted first, so the list holds them and at most one chunk's room more.
        var text = string.Concat(Enumerable.Repeat("Said: \"ab, c\u00E9d 12.5\"\u2014 Xyzzyplughs ", length / 30 + 1))[..length];
        var tokens = new List<Token> { new(0, 1, TokenKind.Word) };
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        tokens[0].Should().Be(new Token(0, 1, TokenKind.Word));
        tokens.Skip(1).Should().Equal(Reference(text, 0, text.Length));
        if (length > 1 << 14) tokens.Capacity.Should().BeLessThanOrEqualTo(tokens.Count + 1024);
    }

    [Fact]
    public void A_block_is_marked_simply_spaced_exactly_when_its_text_is()
    {
        // The tokenizer notes whitespace other than single plain spaces as it steps over it (after a word, a number, a
        // mark, a character beyond ASCII, at a chunk's start); the builder then skips reading a statement's text for it.
        var chars = Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['A', 'Z'], Gen.Char['0', '9'], Gen.Const(' '), Gen.Const(' '), Gen.Const(' '),
            Gen.Const('\n'), Gen.Const('\t'), Gen.Const('\u0001'), Gen.Const(','), Gen.Const('.'), Gen.Const('\u201C'), Gen.Const('\u2019'),
            Gen.Const('\u2014'), Gen.Const('é'), Gen.Const('\u00A0'), Gen.Const('\u2028'), Gen.Const('\u200B'), Gen.Const('\u0085'), Gen.Const('٣'), Gen.Char);
        var knowledge = new NewsModel.Parsing.Pipeline.CompiledKnowledge(TestData.Parser.Options.Knowledge);
        Gen.Select(chars.Array[1, 60], Gen.Int[0, 2], Gen.Bool).Sample((a, repeat, spaceBefore) =>
        {
            // Repeated, some texts run past the tokenizer's chunk of 1,024 characters (and past a block it keeps).
            var text = string.Concat(Enumerable.Repeat(new string(a), repeat == 2 ? 40 : 1));
            // A block is trimmed of whitespace in a parse. One that starts with a space after whitespace outside it
            // may be marked not simply spaced when it is (the space is taken for a doubled one), never the other way.
            var head = spaceBefore ? "Headline\n\n" : "Headline:";
            var source = head + text + "\n\nend";
            var ctx = new NewsModel.Parsing.Pipeline.ParseContext(source, TestData.Parser.Options, knowledge);
            try
            {
                int start = head.Length;
                var block = ctx.NewBlock(start, start + text.Length, NewsModel.Model.StatementLocation.Body, 0);
                Tokenizer.Of(ctx, block);
                if (spaceBefore) block.SimplySpaced.Should().Be(Chars.IsSimplySpaced(text) && text[0] != ' ', $"\"{text}\"");
                else block.SimplySpaced.Should().Be(Chars.IsSimplySpaced(text), $"\"{text}\"");
                block.IsSimplySpaced(start, start + text.Length).Should().Be(block.SimplySpaced);
                block.IsSimplySpaced(start - 1, start + text.Length).Should().BeFalse();
            }
            finally
            {
                ctx.ReleaseScratch();
                ctx.ReturnPooled();
            }
        }, iter: PropertyBudget.Iter(5_000));
    }

    private static List<Token> Reference(string s, int start, int end)
    {
        var tokens = new List<Token>();
        int i = start;
        while (i < end)
        {
            char c = s[i];
            int from = i++;
            if (c <= ' ' || c >= '\u0085' && (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u2060')) continue;
            if (char.IsLetter(c))
            {
                while (i < end && (char.IsLetter(s[i]) || char.GetUnicodeCategory(s[i]) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)) i++;
                tokens.Add(new Token(from, i - from, TokenKind.Word));
            }
            else if (char.IsDigit(c))
            {
                while (i < end && char.IsDigit(s[i])) i++;
                tokens.Add(new Token(from, i - from, TokenKind.Number));
            }
            else
            {
                tokens.Add(new Token(from, 1, TokenKind.Punct));
            }
        }
        return tokens;
    }
}
