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
}
