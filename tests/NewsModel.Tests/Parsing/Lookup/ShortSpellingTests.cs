using FluentAssertions;
using NewsModel.Parsing.Lookup;

namespace NewsModel.Tests.Parsing.Lookup;

/// <summary>A short word's spelling as one number tells words apart exactly, wherever they stand in a source.</summary>
public sealed class ShortSpellingTests
{
    [Fact]
    public void Spells_words_apart_anywhere_in_a_source()
    {
        const string source = "he her here hers the then them they said";
        ShortSpelling.Spelling(source, 0, 2).Should().NotBe(ShortSpelling.Spelling(source, 3, 3), "a word's spelling ends with it");
        ShortSpelling.Spelling(source, 0, 2).Should().Be(ShortSpelling.Spelling(source, 3, 2), "the same letters are the same spelling");
        // At the source's end the last four characters are read and shifted: "said" and "id" as elsewhere.
        ShortSpelling.Spelling(source, source.Length - 4, 4).Should().Be(ShortSpelling.Spelling("said", 0, 4));
        ShortSpelling.Spelling(source, source.Length - 2, 2).Should().Be(ShortSpelling.Spelling("id  ", 0, 2));
    }
}
