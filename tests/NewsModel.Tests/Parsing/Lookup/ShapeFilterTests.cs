using CsCheck;
using FluentAssertions;
using NewsModel.Tests.Robustness;
using NewsModel.Parsing.Lookup;

namespace NewsModel.Tests.Parsing.Lookup;

/// <summary>The shape filter may let a word through that was never added, but must never turn away one that was.</summary>
public sealed class ShapeFilterTests
{
    private static readonly Gen<char> WordChar = Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['A', 'Z'], Gen.Const('\''), Gen.Const('-'),
        Gen.Const('.'), Gen.Const('é'), Gen.Const('İ'), Gen.Char);

    [Fact]
    public void Holds_every_word_added_however_it_is_read()
    {
        // Words of one to six characters cover the masked lengths; the text around them decides whether the
        // filter reads four characters at once or copies them, so both readings are compared.
        Gen.Select(WordChar.Array[1, 6].Select(a => new string(a)).Array[1, 12], Gen.Int[0, 3], Gen.Bool).Sample((words, padding, caseSensitive) =>
        {
            var filter = new ShapeFilter();
            foreach (var w in words) filter.Add(w, caseSensitive);
            foreach (var w in words)
            {
                string text = new string(' ', padding) + w + new string('x', padding);
                filter.MayContain(w).Should().BeTrue();
                filter.MayContain(text, padding, w.Length).Should().BeTrue();
                if (!caseSensitive && char.IsAsciiLetter(w[0]))
                {
                    // Added ignoring case: the other case of the first letter is let through too.
                    string other = (char)(w[0] ^ 0x20) + w[1..];
                    filter.MayContain(other).Should().BeTrue();
                }
            }
        }, iter: PropertyBudget.Iter(3_000));
    }

    [Fact]
    public void Reads_a_word_the_same_at_the_end_of_the_text_and_inside_it()
    {
        var filter = new ShapeFilter();
        foreach (var w in new[] { "said", "a", "of", "told", "according", "CTBT" }) filter.Add(w, caseSensitive: w == "CTBT");
        WordChar.Array[1, 6].Select(a => new string(a)).Sample(w =>
        {
            // At the end, fewer than four characters may follow the start; inside, the load runs past the word.
            filter.MayContain(w, 0, w.Length).Should().Be(filter.MayContain(w + "zzzz", 0, w.Length));
            filter.MayContain(w, 0, w.Length).Should().Be(filter.MayContain(w.AsSpan()));
        }, iter: PropertyBudget.Iter(3_000));
    }

    [Fact]
    public void Turns_away_most_words_it_was_not_given()
    {
        var filter = new ShapeFilter();
        foreach (var w in new[] { "said", "told", "added", "stressed", "according", "noted" }) filter.Add(w);
        var others = new[] { "the", "minister", "of", "foreign", "affairs", "Russia", "treaty", "on", "and", "test", "ban", ",", "." };
        filter.MayContain("said").Should().BeTrue();
        others.Count(w => filter.MayContain(w)).Should().BeLessThanOrEqualTo(1);
        // Case of the first letter is kept for a word added by case.
        var byCase = new ShapeFilter();
        byCase.Add("TTBT", caseSensitive: true);
        byCase.MayContain("that").Should().BeFalse();
        byCase.MayContain("TTBT").Should().BeTrue();
    }

    [Fact]
    public void Lets_everything_through_once_an_empty_word_is_added()
    {
        var filter = new ShapeFilter();
        filter.Add("Kraków");
        filter.Off.Should().BeFalse("the non-ASCII letter is past the four characters and the last one");
        filter.HasUnshapedWords.Should().BeFalse();
        filter.Add("");
        filter.Off.Should().BeTrue();
        filter.MayContain("anything").Should().BeTrue();
    }

    [Theory]
    [InlineData("été")]
    [InlineData("Türkiye")]
    [InlineData("Łódź")]
    public void A_word_whose_letters_beyond_ASCII_have_no_ASCII_case_leaves_the_filter_on(string word)
    {
        var filter = new ShapeFilter();
        filter.Add("said");
        filter.Add(word);
        filter.Off.Should().BeFalse();
        filter.HasUnshapedWords.Should().BeTrue();
        filter.MayContain("anything").Should().BeFalse();
        filter.MayContain("said").Should().BeTrue();
        // Every word equal to it ignoring case is let through: it has a letter beyond ASCII where the shape reads.
        filter.MayContain(word).Should().BeTrue();
        filter.MayContain(word.ToUpperInvariant()).Should().BeTrue();
        filter.MayContain(word.ToLowerInvariant()).Should().BeTrue();
    }

    [Fact]
    public void Lets_through_every_word_equal_to_one_added_ignoring_case()
    {
        // Letters beyond ASCII whose invariant upper or lower case is ASCII (the long s, the Kelvin sign, the dotless i,
        // the dotted capital I), accented letters, any character.
        var chars = Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['A', 'Z'], Gen.Const('\u017F'), Gen.Const('\u212A'), Gen.Const('\u0131'),
            Gen.Const('é'), Gen.Const('É'), Gen.Const('İ'), Gen.Const('ü'), Gen.Char);
        Gen.Select(chars.Array[1, 6].Select(a => new string(a)).Array[1, 6], chars.Array[1, 6].Select(a => new string(a))).Sample((words, probe) =>
        {
            var filter = new ShapeFilter();
            foreach (var w in words) filter.Add(w);
            foreach (var w in words.Append(probe))
            {
                foreach (var variant in new[] { w, w.ToUpperInvariant(), w.ToLowerInvariant(), "s" + w[1..], "S" + w[1..], "k" + w[1..] })
                {
                    if (variant.Length == w.Length && words.Any(a => a.Equals(variant, StringComparison.OrdinalIgnoreCase)))
                    {
                        filter.MayContain(variant).Should().BeTrue();
                    }
                }
            }
        }, iter: PropertyBudget.Iter(3_000));
    }
}
