using FluentAssertions;
using NewsModel.Parsing.Layout;

namespace NewsModel.Tests.Parsing.Layout;

/// <summary>The place reader's kinds of characters, one table read for an ASCII one, against the tests they replace.</summary>
public sealed class PlaceKindTests
{
    [Fact]
    public void Every_character_has_the_kind_its_letter_period_and_joiner_tests_give()
    {
        var wrong = new List<int>();
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char c = (char)i;
            int expected = char.IsLetter(c)
                ? (char.IsLower(c) ? DatelineScanner.LowerLetter : DatelineScanner.Letter)
                : c == '.' ? DatelineScanner.Dot : c is '\'' or '\u2019' or '-' ? DatelineScanner.Joiner : 0;
            if (DatelineScanner.PlaceKind(c) != expected) wrong.Add(i);
        }
        wrong.Should().BeEmpty();
    }
}
