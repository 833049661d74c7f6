using CsCheck;
using FluentAssertions;
using NewsModel.Parsing.Layout;
using NewsModel.Tests.Robustness;

namespace NewsModel.Tests.Parsing.Layout;

/// <summary>The month reader's packed lookup of ASCII words against a dictionary of the names that ignores case.</summary>
public sealed class MonthsTests
{
    private static readonly string[] Full =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly Dictionary<string, int> Reference = BuildReference();

    private static Dictionary<string, int> BuildReference()
    {
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int m = 0; m < 12; m++)
        {
            map[Full[m]] = m + 1;
            map[Full[m][..3]] = m + 1;
        }
        map["Sept"] = 9;
        return map;
    }

    [Fact]
    public void Reads_every_name_and_abbreviation_in_any_case()
    {
        foreach (var (name, month) in Reference)
        {
            foreach (var form in (string[])[name, name.ToUpperInvariant(), name.ToLowerInvariant(), string.Concat(name.Select((c, i) => i % 2 == 0 ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)))])
            {
                Months.Parse(form).Should().Be(month, form);
            }
        }
        // A word with a character beyond ASCII goes to the dictionary, whatever its ordinal casing makes of it.
        foreach (var word in (string[])["\u017Fept", "M\u00E4r", "Ma\u0301y", "\u212Aul"]) Months.Parse(word).Should().Be(Reference.GetValueOrDefault(word), word);
    }

    [Fact]
    public void Agrees_with_the_dictionary_on_any_word()
    {
        // Near misses of the names (a letter changed, added or dropped), marks and letters beyond ASCII among letters.
        var letter = Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['A', 'Z'], Gen.Const('.'), Gen.Const('@'), Gen.Const('['), Gen.Const('\u00E4'), Gen.Const('\u017F'));
        var nearName = Gen.Select(Gen.Int[0, Full.Length - 1], Gen.Int[0, 8], Gen.Char['a', 'z'], Gen.Int[0, 2]).Select((m, at, c, how) =>
        {
            var name = Full[m];
            int k = Math.Min(at, name.Length - 1);
            return how switch
            {
                0 => name[..k] + c + name[(k + 1)..],
                1 => name[..k] + c + name[k..],
                _ => name.Remove(k, 1),
            };
        });
        Gen.OneOf(letter.Array[1, 10].Select(a => new string(a)), nearName).Sample(word =>
        {
            Months.Parse(word).Should().Be(Reference.TryGetValue(word, out int m) ? m : 0, word);
        }, iter: PropertyBudget.Iter(5_000));
    }
}
