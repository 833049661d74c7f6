using CsCheck;
using FluentAssertions;
using NewsModel.Parsing.Lookup;
using NewsModel.Tests.Robustness;

namespace NewsModel.Tests.Parsing.Lookup;

/// <summary>A word set answers exactly as a comparison ignoring case would, whatever its quick test rules out.</summary>
public sealed class WordSetTests
{
    [Theory]
    [InlineData("Ministry", true)]
    [InlineData("MINISTRY", true)]
    [InlineData("ministry", true)]
    [InlineData("ministr", false)]
    [InlineData("Mr", true)]
    [InlineData("mR", true)]
    [InlineData("", false)]
    [InlineData("Café", true)]
    [InlineData("CAFÉ", true)]
    [InlineData("Minister", false)]
    public void Answers_ignoring_case(string word, bool expected) =>
        new WordSet("Ministry", "Mr", "café", "a").Contains(word).Should().Be(expected);

    [Fact]
    public void Agrees_with_a_comparison_ignoring_case()
    {
        var letters = Gen.OneOf(Gen.Char['a', 'e'], Gen.Char['A', 'E'], Gen.Const('é'), Gen.Const('É'), Gen.Const('ı'), Gen.Const('@'), Gen.Const('`'));
        var word = letters.Array[1, 4].Select(a => new string(a));
        Gen.Select(word.Array[1, 12], word.Array[1, 30]).Sample((keys, probes) =>
        {
            var set = new WordSet(keys);
            foreach (var probe in probes.Concat(keys).Concat(keys.Select(k => k.ToUpperInvariant())))
            {
                set.Contains(probe).Should().Be(keys.Any(k => string.Equals(k, probe, StringComparison.OrdinalIgnoreCase)), $"\"{probe}\" among {string.Join(", ", keys)}");
            }
        }, iter: PropertyBudget.Iter(2_000));
    }
}
