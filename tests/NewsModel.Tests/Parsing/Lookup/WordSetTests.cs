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
        // The ends of the ASCII letters and the marks beside them ('@', '[', '`', '{', DEL) too: the short words' keys
        // upper-case letters by arithmetic on their codes.
        var letters = Gen.OneOf(Gen.Char['a', 'e'], Gen.Char['A', 'E'], Gen.Const('é'), Gen.Const('É'), Gen.Const('ı'), Gen.Const('@'), Gen.Const('`'),
            Gen.Char['x', '\u007F'], Gen.Char['X', '['], Gen.Const('Z'), Gen.Const('z'), Gen.Const('\u0080'), Gen.Const('\u00FF'), Gen.Const('\u0100'));
        var word = letters.Array[1, 10].Select(a => new string(a));
        Gen.Select(word.Array[1, 12], word.Array[1, 30]).Sample((keys, probes) =>
        {
            var set = new WordSet(keys);
            foreach (var probe in probes.Concat(keys).Concat(keys.Select(k => k.ToUpperInvariant())))
            {
                set.Contains(probe).Should().Be(keys.Any(k => string.Equals(k, probe, StringComparison.OrdinalIgnoreCase)), $"\"{probe}\" among {string.Join(", ", keys)}");
            }
        }, iter: PropertyBudget.Iter(2_000));
    }

    [Fact]
    public void Words_of_every_length_around_the_short_keys_answer_ignoring_case()
    {
        string[] keys = ["a", "Mr", "The", "Also", "March", "Friday", "However", "Thursday", "Yesterday", "Meanwhile"];
        var set = new WordSet(keys);
        foreach (var key in keys)
        {
            set.Contains(key.ToUpperInvariant()).Should().BeTrue(key);
            set.Contains(key.ToLowerInvariant()).Should().BeTrue(key);
            // Each one letter off, at the first, the middle and the last place: the short keys' halves overlap below eight.
            foreach (int at in new[] { 0, key.Length / 2, key.Length - 1 })
            {
                var other = key.ToCharArray();
                other[at] = other[at] == 'q' ? 'r' : 'q';
                set.Contains(new string(other)).Should().Be(keys.Contains(new string(other), StringComparer.OrdinalIgnoreCase), new string(other));
            }
            set.Contains(key + "s").Should().BeFalse(key);
            if (key.Length > 1) set.Contains(key.AsSpan(0, key.Length - 1)).Should().BeFalse(key);
        }
    }
}
