using CsCheck;
using FluentAssertions;
using NewsModel.Parsing.Speakers;

namespace NewsModel.Tests.Parsing.Speakers;

/// <summary>
/// A person's bare first and last name, kept as an alias: the name is split only when a word after the first may be an
/// initial or a suffix, and the answer must be the one splitting every name gave.
/// </summary>
public sealed class FirstAndLastNameTests
{
    [Theory]
    [InlineData("Joseph R. Murray II", "Joseph Murray")]
    [InlineData("Martin Luther King Jr.", "Martin Luther King")]
    [InlineData("John Smith Jr.,", "John Smith")]
    [InlineData("George W. Bush", "George Bush")]
    [InlineData("Hillary Rodham Clinton", null)]
    [InlineData("Ana Ruiz", null)]
    [InlineData("Li Na Wu", null)]
    [InlineData("Ana  B  Ruiz", "Ana Ruiz")]
    public void First_and_last_name_drops_initials_and_suffixes_only(string name, string? expected) =>
        SpeakerStage.FirstAndLastName(name).Should().Be(expected);

    [Fact]
    public void First_and_last_name_answers_as_splitting_every_name_did()
    {
        string[] wordList = ["Ana", "Li", "B.", "B", "b.", "Jr.", "Jr", "Jr.,", "Sr", "II", "III", "IV", "Wu", "Ruiz", "St.", "Kowalski", "O'Neil", "Ng,", ",,"];
        var words = Gen.Int[0, wordList.Length - 1].Select(i => wordList[i]);
        var spaces = Gen.OneOf(Gen.Const(" "), Gen.Const("  "));
        Gen.Select(words, spaces).Array[1, 6].Select(parts => string.Concat(parts.Select(p => p.Item1 + p.Item2)).TrimEnd())
            .Sample(name => SpeakerStage.FirstAndLastName(name).Should().Be(SplitEveryName(name), name));
    }

    /// <summary>What the stage gave before it told the names with nothing to drop without splitting them.</summary>
    private static string? SplitEveryName(string name)
    {
        string[] suffixes = ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"];
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3) return null;
        int last = words.Length - 1;
        while (last > 1 && Array.IndexOf(suffixes, words[last].TrimEnd(',')) >= 0) last--;
        var kept = new List<string>(last + 1) { words[0] };
        for (int i = 1; i < last; i++)
        {
            var w = words[i];
            bool initial = w.Length <= 2 && char.IsUpper(w[0]) && (w.Length == 1 || w[1] == '.');
            if (!initial) kept.Add(w);
        }
        kept.Add(words[last]);
        return kept.Count >= 2 && kept.Count < words.Length ? string.Join(' ', kept) : null;
    }
}
