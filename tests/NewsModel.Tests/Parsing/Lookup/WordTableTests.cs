using CsCheck;
using FluentAssertions;
using NewsModel.Tests.Robustness;
using NewsModel.Parsing.Lookup;

namespace NewsModel.Tests.Parsing.Lookup;

/// <summary>The word table's fast path answers exactly as a case-insensitive .NET dictionary would.</summary>
public sealed class WordTableTests
{
    // Letters of both cases, marks, and characters whose case mapping leaves or enters ASCII ("ı" upper-cases to "I").
    private static readonly Gen<string> Word = Gen.OneOf(Gen.Char['a', 'e'], Gen.Char['A', 'E'], Gen.Const('\''), Gen.Const('-'),
        Gen.Const('ı'), Gen.Const('é'), Gen.Const('É'), Gen.Const('\u212A'), Gen.Char).Array[0, 5].Select(a => new string(a));

    [Fact]
    public void Agrees_with_a_case_insensitive_dictionary()
    {
        Gen.Select(Word.Array[0, 300], Word.Array[1, 60]).Sample((keys, lookups) =>
        {
            var table = new WordTable<int>();
            var reference = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < keys.Length; i++)
            {
                table.Set(keys[i], i);
                reference[keys[i]] = i;
            }
            // Every key (in other cases too) and unrelated words: found with the last value set, or not found.
            foreach (var w in keys.Concat(keys.Select(k => k.ToUpperInvariant())).Concat(keys.Select(k => k.ToLowerInvariant())).Concat(lookups))
            {
                bool found = table.TryGetValue(w, out int value);
                found.Should().Be(reference.TryGetValue(w, out int expected), "for {0}", w);
                if (found) value.Should().Be(expected);
            }
        }, iter: PropertyBudget.Iter(1_000));
    }

    [Fact]
    public void Replaces_a_value_set_again_in_another_case_and_keeps_the_others_after_growing()
    {
        var table = new WordTable<string>();
        for (int i = 0; i < 1000; i++) table.Set("word" + i, "v" + i);
        table.Set("WORD7", "seven");
        table.TryGetValue("Word7", out var seven).Should().BeTrue();
        seven.Should().Be("seven");
        table.TryGetValue("word999", out var last).Should().BeTrue();
        last.Should().Be("v999");
        table.TryGetValue("word1000", out _).Should().BeFalse();
        table.Keys.Should().HaveCount(1000);
    }

    // Longer words than above, so that the compare's four-character steps, its overlapping last step and its short
    // forms all run: any ASCII character (the marks beside the letters too: '@' '[' '`' '{' differ from letters by
    // bit 0x20), or now and then a character beyond ASCII, including those whose case mapping enters ASCII.
    private static readonly Gen<char> AnyChar = Gen.Frequency((12, Gen.Char[(char)0, (char)0x7F]),
        (1, Gen.OneOf(Gen.Const('ı'), Gen.Const('ſ'), Gen.Const('\u212A'), Gen.Const('é'), Gen.Const('É'), Gen.Char)));

    private static readonly Gen<string> LongWord = AnyChar.Array[0, 20].Select(a => new string(a));

    // Flips the case of each ASCII letter with the given bits: the same word in another case.
    private static string Recase(string word, ulong bits) =>
        string.Create(word.Length, (word, bits), static (into, s) =>
        {
            for (int i = 0; i < into.Length; i++)
            {
                char c = s.word[i];
                into[i] = char.IsAsciiLetter(c) && ((s.bits >> (i & 63)) & 1) != 0 ? (char)(c ^ 0x20) : c;
            }
        });

    // The word with one character replaced by one beyond ASCII, a look-alike where there is one ("ſ" for s, the
    // Kelvin sign for k, dotless "ı" for i).
    private static string Lookalike(string word, ulong bits)
    {
        if (word.Length == 0) return word;
        int at = (int)(bits % (ulong)word.Length);
        char c = char.ToLowerInvariant(word[at]);
        char replacement = c == 's' ? 'ſ' : c == 'k' ? '\u212A' : c == 'i' ? 'ı' : 'é';
        return string.Concat(word.AsSpan(0, at), [replacement], word.AsSpan(at + 1));
    }

    [Fact]
    public void The_fast_compare_agrees_with_ordinal_ignore_case_on_random_and_recased_words()
    {
        Gen.Select(LongWord, LongWord, Gen.ULong).Sample((key, other, bits) =>
        {
            if (!System.Text.Ascii.IsValid(key)) return;
            var upper = key.ToUpperInvariant();
            foreach (var word in new[] { key, Recase(key, bits), Lookalike(key, bits), other, Recase(other, bits), key + other, other[..Math.Min(other.Length, key.Length)] })
                AsciiUpper.EqualsUpper(word, upper).Should().Be(word.Equals(upper, StringComparison.OrdinalIgnoreCase), "for {0} against {1}", word, upper);
        }, iter: PropertyBudget.Iter(5_000));
    }

    [Fact]
    public void A_word_copied_upper_cased_is_its_ASCII_upper_case_and_a_word_beyond_ASCII_is_refused()
    {
        LongWord.Sample(word =>
        {
            if (word.Length == 0) return;
            var into = new char[word.Length];
            bool ascii = AsciiUpper.TryCopyUpper(word, ref into[0]);
            ascii.Should().Be(System.Text.Ascii.IsValid(word), "for {0}", word);
            if (ascii) new string(into).Should().Be(word.ToUpperInvariant());
        }, iter: PropertyBudget.Iter(5_000));
    }

    // The table keeps ASCII keys apart from the others and asks only one part for a word: exact only because no
    // character beyond ASCII equals an ASCII one ignoring case. Checked over every UTF-16 unit against every ASCII one.
    [Fact]
    public void No_character_beyond_ASCII_equals_an_ASCII_character_ignoring_case()
    {
        var equal = new List<int>();
        for (int c = 0x80; c <= 0xFFFF; c++)
        {
            char other = (char)c;
            for (char a = '\0'; a < '\u0080'; a++)
            {
                if (new ReadOnlySpan<char>(in other).Equals(new ReadOnlySpan<char>(in a), StringComparison.OrdinalIgnoreCase)) equal.Add(c);
            }
        }
        equal.Should().BeEmpty();
    }

    [Fact]
    public void Keys_are_every_key_once_as_first_added_in_the_order_added()
    {
        var table = new WordTable<int>();
        foreach (var (word, i) in new[] { "Said", "SAID", "", "Türkiye", "TÜRKIYE", "a", "said", "A", "b" }.Select((w, i) => (w, i)))
            table.Set(word, i);
        table.Keys.Should().Equal("Said", "", "Türkiye", "a", "b");
        table.TryGetValue("said", out int said).Should().BeTrue();
        said.Should().Be(6);
        table.TryGetValue("türkiye", out int turkey).Should().BeTrue();
        turkey.Should().Be(4);
        table.TryGetValue("", out int empty).Should().BeTrue();
        empty.Should().Be(2);
    }

    [Fact]
    public void A_table_sized_in_advance_answers_as_one_that_grew()
    {
        var sized = new WordTable<int>(3000);
        var grown = new WordTable<int>();
        for (int i = 0; i < 3000; i++)
        {
            sized.Set("name" + i, i);
            grown.Set("name" + i, i);
        }
        for (int i = 0; i < 3100; i++)
        {
            sized.TryGetValue("NAME" + i, out int a).Should().Be(i < 3000);
            grown.TryGetValue("NAME" + i, out int b).Should().Be(i < 3000);
            a.Should().Be(b);
        }
    }

    [Fact]
    public void Agrees_with_a_case_insensitive_dictionary_on_longer_words()
    {
        Gen.Select(LongWord.Array[0, 200], LongWord.Array[1, 40], Gen.ULong).Sample((keys, lookups, bits) =>
        {
            var table = new WordTable<int>();
            var reference = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < keys.Length; i++)
            {
                table.Set(keys[i], i);
                reference[keys[i]] = i;
            }
            foreach (var w in keys.Select(k => Recase(k, bits)).Concat(lookups).Concat(lookups.Select(k => Recase(k, ~bits))))
            {
                bool found = table.TryGetValue(w, out int value);
                found.Should().Be(reference.TryGetValue(w, out int expected), "for {0}", w);
                if (found) value.Should().Be(expected);
            }
        }, iter: PropertyBudget.Iter(500));
    }

    [Fact]
    public void A_key_beyond_ASCII_only_in_its_middle_is_found_and_a_short_ASCII_word_is_not_taken_for_it()
    {
        // The fast path reads a word's first and last four characters: a word of up to eight is read whole, a longer
        // one can hide a character beyond ASCII between them, and must still reach the keys that have one.
        var table = new WordTable<int>();
        table.Set("Dvo\u0159\u00E1kov\u00E1", 1);
        table.Set("Jos\u00E9phine", 2);
        table.Set("Josephine", 3);
        table.Set("caf\u00E9", 4);
        table.TryGetValue("DVO\u0158\u00C1KOV\u00C1", out int a).Should().BeTrue();
        a.Should().Be(1);
        table.TryGetValue("jos\u00E9phine", out int b).Should().BeTrue();
        b.Should().Be(2);
        table.TryGetValue("JOSEPHINE", out int c).Should().BeTrue();
        c.Should().Be(3);
        table.TryGetValue("CAF\u00C9", out int d).Should().BeTrue();
        d.Should().Be(4);
        table.TryGetValue("cafe", out _).Should().BeFalse();
        table.TryGetValue("Josephina", out _).Should().BeFalse();
        table.TryGetValue("Jos\u00E8phine", out _).Should().BeFalse();
    }
}
