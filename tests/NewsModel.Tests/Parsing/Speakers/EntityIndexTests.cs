using CsCheck;
using FluentAssertions;
using NewsModel.Model;
using NewsModel.Parsing.Speakers;
using NewsModel.Tests.Robustness;

namespace NewsModel.Tests.Parsing.Speakers;

/// <summary>
/// A misspelt surname finds its speaker through near keys hashed by <see cref="EntityIndex.NearKeyHash"/>: words equal
/// ignoring case must hash alike, or a candidate is missed.
/// </summary>
public sealed class EntityIndexTests
{
    [Fact]
    public void No_character_beyond_ASCII_equals_an_ASCII_character_ignoring_case()
    {
        // The near-key hash counts every character beyond ASCII as one: were one equal to an ASCII character ignoring
        // case, two equal keys could hash apart.
        for (int c = 0x80; c <= 0xFFFF; c++)
        {
            char unit = (char)c;
            for (char a = '\0'; a < '\u0080'; a++)
            {
                if (new ReadOnlySpan<char>(in unit).Equals(new ReadOnlySpan<char>(in a), StringComparison.OrdinalIgnoreCase))
                {
                    Assert.Fail($"U+{c:X4} equals '{a}' ignoring case");
                }
            }
        }
    }

    [Fact]
    public void Near_keys_of_words_equal_ignoring_case_hash_alike()
    {
        var chars = Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['A', 'Z'], Gen.Const('é'), Gen.Const('É'), Gen.Const('ß'), Gen.Const('İ'),
            Gen.Const('\u017F'), Gen.Char);
        Gen.Select(chars.Array[5, 12].Select(a => new string(a)), Gen.Int[-1, 11]).Sample((word, skip) =>
        {
            skip = Math.Min(skip, word.Length - 1);
            foreach (var other in new[] { word.ToUpperInvariant(), word.ToLowerInvariant() })
            {
                if (other.Length == word.Length && other.Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    EntityIndex.NearKeyHash(other, skip).Should().Be(EntityIndex.NearKeyHash(word, skip));
                }
            }
        }, iter: PropertyBudget.Iter(3_000));
    }

    [Theory]
    [InlineData("Kowalski", "Kowalsky")]
    [InlineData("Kowalski", "Kowalki")]
    [InlineData("Kowalski", "KOWALSKII")]
    [InlineData("Müller", "MÜLLER")]
    public void A_surname_within_one_letter_finds_the_speaker_of_the_other(string spoken, string written)
    {
        var index = new EntityIndex();
        var speaker = new SpeakerEntity { Name = "Jan " + spoken, Kind = SpeakerKind.Person, Spoke = true };
        index.Add(speaker);
        var found = new List<SpeakerEntity>();
        index.PeopleEndingNear(written, ref found, static (e, ref list) => list.Add(e));
        found.Should().Contain(speaker);
    }
}
