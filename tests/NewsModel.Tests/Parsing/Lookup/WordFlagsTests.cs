using CsCheck;
using FluentAssertions;
using NewsModel.Parsing.Lookup;
using NewsModel.Tests.Robustness;

namespace NewsModel.Tests.Parsing.Lookup;

/// <summary>Word flags answer, for each set, exactly as that set's comparison ignoring case would, whatever the quick test rules out.</summary>
public sealed class WordFlagsTests
{
    [Theory]
    [InlineData("May", 3)]
    [InlineData("MAY", 3)]
    [InlineData("may", 3)]
    [InlineData("The", 1)]
    [InlineData("tHE", 1)]
    [InlineData("However", 1)]
    [InlineData("HOWEVER", 1)]
    [InlineData("September", 2)]
    [InlineData("Mr", 2)]
    [InlineData("Café", 2)]
    [InlineData("CAFÉ", 2)]
    [InlineData("Ma", 0)]
    [InlineData("Mays", 0)]
    // Five to eight characters: keyed by their first four and last four, which overlap below eight.
    [InlineData("Monday", 3)]
    [InlineData("MONDAY", 3)]
    [InlineData("Mondays", 0)]
    [InlineData("Monda", 0)]
    [InlineData("Mxnday", 0)]
    [InlineData("February", 2)]
    [InlineData("FebruarY", 2)]
    [InlineData("Febuary", 0)]
    [InlineData("Police", 1)]
    [InlineData("Policé", 0)]
    [InlineData("", 0)]
    public void Gives_each_set_that_holds_the_word_ignoring_case(string word, int expected) =>
        new WordFlags((["The", "May", "However", "Monday", "Police"], 1), (["May", "September", "Mr", "café", "Monday", "February"], 2)).Of(word).Should().Be((byte)expected);

    [Fact]
    public void Agrees_with_a_comparison_ignoring_case_per_set()
    {
        // The letters' ends and the marks beside them, and characters beyond ASCII, as the word set's test draws them:
        // the short words' keys upper-case letters by arithmetic on their codes.
        var letters = Gen.OneOf(Gen.Char['a', 'e'], Gen.Char['A', 'E'], Gen.Const('é'), Gen.Const('É'), Gen.Const('ı'), Gen.Const('@'), Gen.Const('`'),
            Gen.Char['x', '\u007F'], Gen.Char['X', '['], Gen.Const('Z'), Gen.Const('z'), Gen.Const('\u0080'), Gen.Const('\u00FF'), Gen.Const('\u0100'));
        var word = letters.Array[1, 10].Select(a => new string(a));
        Gen.Select(word.Array[1, 10], word.Array[1, 10], word.Array[1, 30]).Sample((first, second, probes) =>
        {
            var flags = new WordFlags((first, 1), (second, 4));
            foreach (var probe in probes.Concat(first).Concat(second).Concat(first.Select(k => k.ToUpperInvariant())))
            {
                int expected = (first.Any(k => string.Equals(k, probe, StringComparison.OrdinalIgnoreCase)) ? 1 : 0)
                    | (second.Any(k => string.Equals(k, probe, StringComparison.OrdinalIgnoreCase)) ? 4 : 0);
                flags.Of(probe).Should().Be((byte)expected, $"\"{probe}\" among {string.Join(", ", first)} / {string.Join(", ", second)}");
            }
        }, iter: PropertyBudget.Iter(2_000));
    }

    [Fact]
    public void Agrees_with_word_sets_of_the_same_lists()
    {
        string[] openers = ["The", "A", "But", "In", "However", "Meanwhile", "May", "Will"];
        string[] never = ["January", "May", "I", "He", "Mr", "Dr", "Wednesday"];
        var flags = new WordFlags((openers, 1), (never, 2));
        var (openerSet, neverSet) = (new WordSet(openers), new WordSet(never));
        foreach (var w in openers.Concat(never).Concat(["Smith", "Trump", "Th", "Mrs", "Januar", "mAY", "i", "a", "IN"]))
        {
            flags.Of(w).Should().Be((byte)((openerSet.Contains(w) ? 1 : 0) | (neverSet.Contains(w) ? 2 : 0)), w);
        }
    }
}
