using CsCheck;
using FluentAssertions;
using NewsModel.Knowledge;
using NewsModel.Tests.Robustness;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Text;

namespace NewsModel.Tests.Parsing.Lookup;

/// <summary>
/// <see cref="PhraseIndex{T}.MaxWords"/> is what the speaker stage relies on to skip a title lookup: no match spans more
/// tokens than that, besides the hyphens it skips between words.
/// </summary>
public sealed class PhraseIndexTests
{
    [Fact]
    public void MaxWords_is_the_word_count_of_the_longest_phrase()
    {
        var index = new PhraseIndex<int>();
        index.MaxWords.Should().Be(0);
        index.Add("minister", 1);
        index.Add("deputy foreign minister", 2);
        index.Add("vice-president", 3);
        index.MaxWords.Should().Be(3);
    }

    [Theory]
    [InlineData("deputy foreign minister Lavrov", 3)]
    [InlineData("deputy - foreign - minister Lavrov", 5)]
    [InlineData("vice-president Harris", 3)]
    public void A_match_spans_at_most_MaxWords_tokens_besides_hyphens(string text, int end)
    {
        var index = new PhraseIndex<int>();
        index.Add("deputy foreign minister", 2);
        index.Add("vice president", 3);
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);

        index.TryMatch(text, tokens, 0, tokens.Count, out _, out int matchEnd).Should().BeTrue();
        matchEnd.Should().Be(end);
        int nonHyphens = tokens.Take(matchEnd).Count(t => t.Kind != TokenKind.Punct || !Chars.IsHyphen(text[t.Start]));
        nonHyphens.Should().BeLessThanOrEqualTo(index.MaxWords);
    }

    [Theory]
    [InlineData("New START treaty", 1)]
    [InlineData("NEW start TREATY", 1)]
    [InlineData("TTBT talks", 2)]
    [InlineData("ttbt talks", 0)]
    [InlineData("Ministry of Defence", 3)]
    [InlineData("ministry OF defense", 0)]
    [InlineData("Türkiye\u2019s foreign ministry", 4)]
    [InlineData("TÜRKIYE's Foreign Ministry", 4)]
    [InlineData("Turkiye's foreign ministry", 0)]
    [InlineData("cafés abcdé", 5)]
    [InlineData("CAFÉS ABCDÉ", 5)]
    [InlineData("cafés abcde", 0)]
    [InlineData("the people's republic", 6)]
    [InlineData("THE PEOPLE\u2019S REPUBLIC", 6)]
    [InlineData("the people-s republic", 0)]
    public void Matches_ignoring_case_unless_told_and_any_apostrophe_for_one(string text, int expected)
    {
        var index = new PhraseIndex<int>();
        index.Add("new START treaty", 1);
        index.Add("TTBT", 2, caseSensitive: true);
        index.Add("Ministry of Defence", 3);
        index.Add("Türkiye's foreign ministry", 4);
        index.Add("cafés abcdé", 5);
        index.Add("the people's republic", 6);
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);

        bool found = index.TryMatch(text, tokens, 0, tokens.Count, out int value, out _);
        (found ? value : 0).Should().Be(expected);
    }

    [Fact]
    public void The_longest_phrase_wins_and_a_limit_cuts_it_short()
    {
        var index = new PhraseIndex<int>();
        index.Add("foreign minister", 1);
        index.Add("foreign", 2);
        index.Add("foreign minister of state", 3);
        const string text = "Foreign Minister of State Smith";
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);

        index.TryMatch(text, tokens, 0, tokens.Count, out int longest, out int end).Should().BeTrue();
        (longest, end).Should().Be((3, 4));
        index.TryMatch(text, tokens, 0, 3, out int shorter, out end).Should().BeTrue();
        (shorter, end).Should().Be((1, 2));
        index.TryMatch(text, tokens, 0, 0, out _, out end).Should().BeFalse();
        end.Should().Be(0);
    }

    [Theory]
    [InlineData("Mr Smith", 1, 1)]
    [InlineData("MR Smith", 1, 1)]
    [InlineData("mr. Smith", 1, 1)]
    [InlineData("UN envoy", 3, 1)]
    [InlineData("Un envoy", 0, 0)]
    [InlineData("vice-premier Li", 5, 3)]
    [InlineData("vice premier Li", 5, 2)]
    [InlineData("vice president Li", 4, 1)]
    [InlineData("vice -", 4, 1)]
    [InlineData("vice - - premier", 5, 4)]
    [InlineData("vice premiers", 4, 1)]
    [InlineData("Mrs Smith", 0, 0)]
    [InlineData("Dr. Smith", 6, 1)]
    [InlineData("DR Smith", 6, 1)]
    [InlineData("Drs Smith", 0, 0)]
    public void A_first_word_alone_in_its_group_matches_at_once_and_gives_way_to_a_longer_phrase(string text, int expected, int expectedEnd)
    {
        // "dr" is the only phrase of its first word; "mr" is not ("Mr" a second one of the same length, which does not
        // win over the first added); "UN" is one word but matched by case; "vice" starts a lone word, then a longer phrase.
        var index = new PhraseIndex<int>();
        index.Add("mr", 1);
        index.Add("Mr", 2);
        index.Add("UN", 3, caseSensitive: true);
        index.Add("vice", 4);
        index.Add("vice premier", 5);
        index.Add("dr", 6);
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);

        bool found = index.TryMatch(text, tokens, 0, tokens.Count, out int value, out int end);
        (found ? value : 0, end).Should().Be((expected, expectedEnd));
    }

    [Fact]
    public void A_phrase_is_cut_into_the_words_the_tokenizer_makes_of_it()
    {
        var k = KnowledgeBase.Default;
        var known = k.Cues.SelectMany(c => c.Forms).Concat(k.Titles.Select(t => t.Text)).Concat(k.Descriptions.Select(d => d.HeadNoun))
            .Concat(k.Organizations.SelectMany(o => o.Aliases.Prepend(o.Name))).Concat(k.Countries.SelectMany(c => c.Aliases.Concat(c.Adjectives).Prepend(c.Name)))
            .Concat(k.Treaties.SelectMany(t => t.Aliases.Prepend(t.Name)));
        foreach (var phrase in known) PhraseIndex<int>.WordsOf(phrase).Should().Equal(Tokenizer.PhraseWords(phrase), "for {0}", phrase);

        var chars = Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['A', 'Z'], Gen.Const(' '), Gen.Const('-'), Gen.Const('\''), Gen.Const('é'), Gen.Char['0', '9']);
        chars.Array[0, 16].Select(a => new string(a)).Sample(phrase =>
            PhraseIndex<int>.WordsOf(phrase).Should().Equal(Tokenizer.PhraseWords(phrase), "for \"{0}\"", phrase), iter: PropertyBudget.Iter(5_000));
    }
}
