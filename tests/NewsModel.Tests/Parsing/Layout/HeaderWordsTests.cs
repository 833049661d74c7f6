using CsCheck;
using FluentAssertions;
using NewsModel.Parsing.Layout;
using NewsModel.Tests.Robustness;

namespace NewsModel.Tests.Parsing.Layout;

/// <summary>The header lines' word count, sixteen characters at a time, counts as a reading of one character at a time.</summary>
public sealed class HeaderWordsTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("U.S. President Joe Biden", 4)]
    [InlineData("- By Jane Doe -", 3)]
    [InlineData("Jean-Luc's 10.5% rise ... in the U.K.'s polls, say analysts today", 10)]
    [InlineData("---------------- word ----------------", 1)]
    [InlineData("a.b-c'd.e-f'g.h-i'j.k-l'm.n-o'p.q-r", 1)]
    [InlineData("Москва, 5 марта — «Новости»", 4)]
    [InlineData("It\u2019s the minister\u2019s last day in office, aides said on Friday", 11)]
    [InlineData("\u201CWe\u2019re not \u2014 never \u2026\u201D said the minister\u2019s aide", 7)]
    [InlineData("abcdefghijklmnopq r", 2)]
    [InlineData("abcdefghijklmno-p q", 2)]
    [InlineData("abcdefghijklmnop'", 1)]
    [InlineData("0123456789012345 .5 x", 3)]
    [InlineData("one two three four five six", 6)]
    [InlineData("one two three four five six\u00E9", 6)]
    public void Counts_words_of_letters_digits_and_joiners(string line, int words) =>
        HeaderWords.Count(line, 100).Should().Be(words);

    [Fact]
    public void Stops_one_past_the_cap() =>
        HeaderWords.Count("one two three four five six seven eight nine ten eleven twelve thirteen fourteen", 12).Should().Be(13);

    [Theory]
    [InlineData("one two three four five six seven", 5)]
    [InlineData("one two three four five six seven", 6)]
    public void Stops_one_past_the_cap_in_a_line_s_last_sixteen(string line, int cap) =>
        HeaderWords.Count(line, cap).Should().Be(cap + 1);

    [Fact]
    public void Agrees_with_a_character_by_character_reading_on_any_line()
    {
        // Runs of every class, long enough to cross the sixteen-character steps, joiners at their ends and alone, and
        // characters beyond ASCII of each class anywhere (which send the rest of the line to the one-by-one reading).
        var piece = Gen.OneOf(
            Gen.Char['a', 'z'].Array[1, 20].Select(a => new string(a)),
            Gen.Const("U.S."), Gen.Const("'"), Gen.Const("-"), Gen.Const("."), Gen.Const("--"), Gen.Const("9"), Gen.Const("10.5"),
            Gen.Const(" "), Gen.Const("  "), Gen.Const(", "), Gen.Const("@"), Gen.Const("`"), Gen.Const("["), Gen.Const("/"), Gen.Const(":"),
            Gen.Const("\u2019"), Gen.Const("\u201C"), Gen.Const("\u2010"), Gen.Const("\u2026"), Gen.Const("\u2027"),
            Gen.Const("\u200F"), Gen.Const("\u202D"), Gen.Const("\u00E9"), Gen.Const("\u2014"), Gen.Const("\u00A0"), Gen.Const("\u0663"), Gen.Const("Z"));
        Gen.Select(piece.Array[0, 40], Gen.Int[0, 40]).Sample((pieces, cap) =>
        {
            string line = string.Concat(pieces);
            HeaderWords.Count(line, cap).Should().Be(Reference(line, cap), "for \"{0}\" capped at {1}", line, cap);
        }, iter: PropertyBudget.Iter(5_000));
    }

    // The count as first written: one character at a time, a word from its first letter or digit to the next
    // character that is neither a letter, a digit nor a joiner.
    private static int Reference(string text, int cap)
    {
        static int Class(char c) => char.IsAsciiLetterOrDigit(c) || (c >= 0x80 && char.IsLetterOrDigit(c)) ? 1 : c is '\'' or '-' or '.' or '\u2019' ? 2 : 0;
        int words = 0;
        int i = 0;
        while (i < text.Length)
        {
            if (Class(text[i++]) != 1) continue;
            if (++words > cap) break;
            while (i < text.Length && Class(text[i]) != 0) i++;
        }
        return words;
    }
}
