using CsCheck;
using FluentAssertions;
using NewsModel.Parsing.Text;
using NewsModel.Tests.Robustness;

namespace NewsModel.Tests.Parsing.Text;

/// <summary>The English screen's fast path for ASCII words against a reading of the text one character at a time.</summary>
public sealed class EnglishScreenTests
{
    private static readonly Dictionary<ulong, int> Sides =
        EnglishScreen.EnglishWords.Select(w => (EnglishScreen.Key(w), 1)).Concat(EnglishScreen.ForeignWords.Select(w => (EnglishScreen.Key(w), -1)))
            .ToDictionary(p => p.Item1, p => p.Item2);

    [Fact]
    public void Keys_a_word_from_eight_characters_read_as_letter_by_letter()
    {
        // The words of two to six ASCII letters, keyed from the eight characters read from their start whatever follows.
        Gen.Select(Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['A', 'Z']).Array[2, 6], Gen.Char.Array[8]).Sample((letters, after) =>
        {
            var text = new string(letters) + new string(after);
            var eight = System.Runtime.Intrinsics.Vector128.Create(System.Runtime.InteropServices.MemoryMarshal.Cast<char, ushort>(text.AsSpan(0, 8)));
            EnglishScreen.KeyOf(eight, letters.Length).Should().Be(EnglishScreen.Key(text.AsSpan(0, letters.Length)), "for \"{0}\"", text);
        }, iter: PropertyBudget.Iter(2_000));
    }

    [Fact]
    public void Agrees_with_a_character_by_character_reading_on_any_text()
    {
        // Listed words of both sides, their neighbours in length, letters beyond ASCII inside and after ASCII words,
        // other scripts, and separators, so that both verdicts and the word limit are reached.
        var words = Gen.OneOf(
            Gen.Int[0, EnglishScreen.EnglishWords.Length - 1].Select(i => EnglishScreen.EnglishWords[i]),
            Gen.Int[0, EnglishScreen.ForeignWords.Length - 1].Select(i => EnglishScreen.ForeignWords[i]),
            Gen.Char['a', 'z'].Array[1, 9].Select(a => new string(a)),
            // Words that run past the 32 characters the screen reads at once, or fill them.
            Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['A', 'Z']).Array[10, 40].Select(a => new string(a)),
            Gen.Const("Caf\u00E9"), Gen.Const("\u00FCber"), Gen.Const("sa\u00EFd"), Gen.Const("\u041C\u043E\u0441\u043A\u0432\u0430"),
            Gen.Const("THE"), Gen.Const("und\u0301"), Gen.Const("\u1E00a"));
        var foreign = Gen.Int[0, EnglishScreen.ForeignWords.Length - 1].Select(i => EnglishScreen.ForeignWords[i]);
        var mostlyForeign = Gen.OneOf(foreign, foreign, foreign, Gen.Const("\u041C\u043E\u0441\u043A\u0432\u0430"), words);
        var separators = Gen.OneOf(Gen.Const(" "), Gen.Const(", "), Gen.Const("\n"), Gen.Const("-"), Gen.Const("\u2014"), Gen.Const("\u00A0"), Gen.Const("1"),
            Gen.Const("\u2019"), Gen.Const("\u201D "), Gen.Const(" \u201C"), Gen.Const("\u2027"), Gen.Const("\u2028"));
        int notEnglish = 0, english = 0;
        Gen.Bool.SelectMany(f => Gen.Select(f ? mostlyForeign : words, separators).Array[0, 260])
            .Select(parts => string.Concat(parts.Select(p => p.Item1 + p.Item2))).Sample(text =>
            {
                bool verdict = EnglishScreen.LooksNotEnglish(text);
                verdict.Should().Be(Reference(text), "for \"{0}\"", text);
                if (verdict) Interlocked.Increment(ref notEnglish);
                else Interlocked.Increment(ref english);
            }, iter: PropertyBudget.Iter(2_000));
        notEnglish.Should().BePositive("the texts must reach both verdicts");
        english.Should().BePositive("the texts must reach both verdicts");
    }

    [Fact]
    public void Stops_at_the_sample_s_last_word_inside_a_stretch_read_at_once()
    {
        // Texts whose 200th word falls at every place of the 32 characters read at once: twice as many foreign words
        // as English ones in the sample (English, just), then foreign words, which tip the verdict if one is counted.
        for (int english = 10; english <= 30; english += 10)
        {
            for (int pad = 0; pad < 40; pad++)
            {
                int neutral = EnglishScreen.SampleWords - 3 * english - (pad > 0 ? 1 : 0);
                var text = new string('z', pad) + " " + string.Concat(Enumerable.Repeat("der ", 2 * english))
                    + string.Concat(Enumerable.Repeat("xq ", neutral)) + string.Concat(Enumerable.Repeat("the ", english))
                    + string.Concat(Enumerable.Repeat("und ", 60));
                Reference(text).Should().BeFalse();
                EnglishScreen.LooksNotEnglish(text).Should().BeFalse("for {0} English words after {1} letters", english, pad);
            }
        }
    }

    [Fact]
    public void Finds_every_listed_word_by_one_read_of_its_slot()
    {
        // A foreign word that was not found would leave its text English; an English word not found would let ten
        // foreign words before it tip the verdict.
        foreach (var w in EnglishScreen.ForeignWords)
        {
            EnglishScreen.LooksNotEnglish(string.Concat(Enumerable.Repeat(w + " ", 30))).Should().BeTrue("\"{0}\" is another language's", w);
        }
        foreach (var w in EnglishScreen.EnglishWords)
        {
            var text = string.Concat(Enumerable.Repeat("und ", 10)) + string.Concat(Enumerable.Repeat(w + " ", 20));
            EnglishScreen.LooksNotEnglish(text).Should().BeFalse("\"{0}\" is English", w);
        }
    }

    // The rule as first written: one character at a time, a word ending at the first character that is no letter.
    private static bool Reference(string text)
    {
        int words = 0, otherScript = 0, english = 0, foreign = 0, length = 0;
        ulong key = 0;
        bool latin = true, keyable = true;
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : ' ';
            if (c < 0x80 ? char.IsAsciiLetter(c) : char.IsLetter(c))
            {
                if (c > 0xFF)
                {
                    keyable = false;
                    latin &= c < '\u0250' || (c >= '\u1E00' && c <= '\u1EFF');
                }
                // The first letter lowest, as EnglishScreen.Key makes it; a word past eight letters is not looked up.
                if (length < 8) key |= (ulong)(byte)(c | 0x20) << (8 * length);
                length++;
                continue;
            }
            if (length == 0) continue;
            words++;
            if (!latin) otherScript++;
            else if (keyable && length >= 2 && length <= 6 && Sides.TryGetValue(key, out var side))
            {
                if (side > 0) english++;
                else foreign++;
            }
            if (words == EnglishScreen.SampleWords) break;
            length = 0;
            key = 0;
            latin = keyable = true;
        }
        if (words < EnglishScreen.MinimumWords) return false;
        return otherScript * 2 > words || (foreign >= 5 && foreign > 2 * english);
    }
}
