using CsCheck;
using FluentAssertions;
using NewsModel.Parsing.Speakers;
using NewsModel.Tests.Robustness;

namespace NewsModel.Tests.Parsing.Speakers;

/// <summary>
/// The entity index skips its name and surname tables for a word <see cref="KeyShapes"/> rules out: the shapes may let
/// through a word no key equals, never turn away one that a key equals ignoring case.
/// </summary>
public sealed class KeyShapesTests
{
    [Fact]
    public void Holds_every_word_equal_to_a_key_ignoring_case()
    {
        var chars = Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['A', 'Z'], Gen.Const(' '), Gen.Const('é'), Gen.Const('É'), Gen.Const('İ'),
            Gen.Const('\u017F'), Gen.Const('\u212A'), Gen.Char);
        Gen.Select(chars.Array[0, 8].Select(a => new string(a)).Array[1, 8], chars.Array[0, 8].Select(a => new string(a))).Sample((keys, probe) =>
        {
            var shapes = new KeyShapes();
            foreach (var key in keys) shapes.Add(key);
            foreach (var word in keys.Append(probe).SelectMany(w => new[] { w, w.ToUpperInvariant(), w.ToLowerInvariant() }))
            {
                if (keys.Any(k => k.Equals(word, StringComparison.OrdinalIgnoreCase))) shapes.MayHold(word).Should().BeTrue();
                // The shape asked apart, as the name pass's links ask it once for two tables, answers alike.
                KeyShapes.Shape(word).Should().BeInRange(0, KeyShapes.Count - 1);
                shapes.MayHold(KeyShapes.Shape(word)).Should().Be(shapes.MayHold(word));
            }
        }, iter: PropertyBudget.Iter(3_000));
    }

    [Fact]
    public void Rules_out_most_other_words_and_forgets_its_keys_when_cleared()
    {
        var shapes = new KeyShapes();
        foreach (var key in new[] { "Sergey Ryabkov", "Ryabkov", "Kremlin", "Foreign Ministry" }) shapes.Add(key);
        shapes.MayHold("RYABKOV").Should().BeTrue();
        var others = new[] { "Iowa", "Medicare", "Monday", "Washington", "Lavrov", "Senate", "NATO", "Brussels" };
        others.Count(w => shapes.MayHold(w)).Should().BeLessThanOrEqualTo(1);
        shapes.Clear();
        shapes.MayHold("Ryabkov").Should().BeFalse();
    }

    [Fact]
    public void Clearing_forgets_every_shape()
    {
        var shapes = new KeyShapes();
        // Words of every length from 2 to 6 between every pair of printable ASCII characters.
        for (char first = '!'; first <= '~'; first++)
        {
            for (char last = '!'; last <= '~'; last++)
            {
                for (int length = 2; length <= 6; length++) shapes.Add(first + new string('m', length - 2) + last);
            }
        }
        Enumerable.Range(0, KeyShapes.Count).Count(shapes.MayHold).Should().Be(KeyShapes.Count, "the words fill every shape");
        shapes.Clear();
        Enumerable.Range(0, KeyShapes.Count).Where(shapes.MayHold).Should().BeEmpty();
    }
}
