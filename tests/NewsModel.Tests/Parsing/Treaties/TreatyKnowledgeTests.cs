using CsCheck;
using FluentAssertions;
using NewsModel.Knowledge;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;
using NewsModel.Tests.Robustness;

namespace NewsModel.Tests.Parsing.Treaties;

/// <summary>
/// The treaty stage asks the name index only where <c>TreatyKnowledge.MayStartName</c> lets a word through, and steps at
/// a listed token only where <c>TreatyKnowledge.MayStepAt</c> does: each must let through every word the indexes find a
/// phrase at, and rule out the common words that start none.
/// </summary>
public sealed class TreatyKnowledgeTests
{
    private static readonly CompiledKnowledge Knowledge = new(KnowledgeBase.Default);

    private static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        return tokens;
    }

    private static bool MayStartName(string text, List<Token> tokens, int i) =>
        Knowledge.TreatyKnowledge.MayStartName(text, tokens, i, ShapeFilter.KeyOf(text, tokens[i].Start, tokens[i].Length));

    private static void LetsThroughEveryNameFound(string text)
    {
        var tokens = Tokens(text);
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !Knowledge.TreatyKnowledge.Names.TryMatch(text, tokens, i, tokens.Count, out _, out _)) continue;
            MayStartName(text, tokens, i).Should().BeTrue("the index finds a name at \"{0}\" in \"{1}\"", text.Substring(tokens[i].Start, tokens[i].Length), text);
        }
    }

    /// <summary>
    /// The treaty stage passes over a listed token without its Step where <c>TreatyKnowledge.MayStepAt</c> rules it
    /// out: it must let through every token the name index or the head-noun index finds a phrase at, and every article
    /// word ("Article"), whatever the shape filters say.
    /// </summary>
    private static void StepsAtEveryNameNounAndArticleWord(string text)
    {
        var tokens = Tokens(text);
        var k = Knowledge.TreatyKnowledge;
        for (int i = 0; i < tokens.Count; i++)
        {
            bool found = k.Names.TryMatch(text, tokens, i, tokens.Count, out _, out _) || k.Nouns.TryMatch(text, tokens, i, tokens.Count, out _, out _)
                || tokens[i].Kind == TokenKind.Word && text.AsSpan(tokens[i].Start, tokens[i].Length).SequenceEqual("Article");
            if (!found) continue;
            k.MayStepAt(text, tokens, i).Should().BeTrue("a name, head noun or article word starts at \"{0}\" in \"{1}\"", text.Substring(tokens[i].Start, tokens[i].Length), text);
        }
    }

    private static void LetsThroughEverything(string text)
    {
        LetsThroughEveryNameFound(text);
        StepsAtEveryNameNounAndArticleWord(text);
    }

    /// <summary>Every head noun and the article word, as written, in capitals and in lower case.</summary>
    public static TheoryData<string> Nouns()
    {
        var data = new TheoryData<string>();
        foreach (var noun in KnowledgeBase.Default.TreatyNouns)
        {
            data.Add(noun.Noun);
            data.Add(noun.Noun.ToUpperInvariant());
            data.Add(noun.Noun.ToLowerInvariant());
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Nouns))]
    public void Steps_at_every_head_noun_and_article_word(string noun)
    {
        StepsAtEveryNameNounAndArticleWord(noun);
        StepsAtEveryNameNounAndArticleWord($"They signed the {noun} 5, officials said.");
    }

    [Theory]
    [InlineData("new plans")]
    [InlineData("the first time")]
    [InlineData("the first of them")]
    [InlineData("Washington and Moscow")]
    [InlineData("African American")]
    [InlineData("new")]
    public void Step_is_passed_over_at_a_word_that_starts_no_name_noun_or_article_reference(string text)
    {
        var tokens = Tokens(text);
        int i = tokens.FindIndex(t => Knowledge.TreatyKnowledge.StartShapes.MayContain(text.AsSpan(t.Start, t.Length)));
        i.Should().BeGreaterThanOrEqualTo(0, "the screen marks a word of \"{0}\" as the start of a name", text);
        Knowledge.TreatyKnowledge.MayStepAt(text, tokens, i).Should().BeFalse();
    }

    /// <summary>Every name, alias and acronym of the catalog, as written, in capitals and in lower case.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var treaty in KnowledgeBase.Default.Treaties)
        {
            foreach (var name in treaty.Aliases.Prepend(treaty.Name).Concat(treaty.Acronyms))
            {
                data.Add(name);
                data.Add(name.ToUpperInvariant());
                data.Add(name.ToLowerInvariant());
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Lets_through_every_catalog_name(string name)
    {
        LetsThroughEverything(name);
        LetsThroughEverything($"They signed the {name}, officials said.");
    }

    [Fact]
    public void Lets_through_every_name_the_index_finds_in_any_text()
    {
        // The catalog's words, hyphens and common words in any order: names whole, cut, and run into each other.
        var known = KnowledgeBase.Default.Treaties.SelectMany(t => t.Aliases.Prepend(t.Name).Concat(t.Acronyms))
            .Concat(KnowledgeBase.Default.TreatyNouns.Select(n => n.Noun))
            .SelectMany(Tokenizer.PhraseWords).Concat(["-", "new", "first", "the", "of", "plans", ",", "time"]).Distinct().ToArray();
        var words = Gen.OneOf(Gen.Int[0, known.Length - 1].Select(i => known[i]), Gen.Char['a', 'z'].Array[1, 6].Select(a => new string(a)));
        words.Array[1, 12].Select(w => string.Join(' ', w)).Sample(LetsThroughEverything, iter: PropertyBudget.Iter(5_000));
    }

    [Theory]
    [InlineData("new plans")]
    [InlineData("the first time")]
    [InlineData("United won")]
    [InlineData("new")]
    public void Rules_out_a_word_that_starts_a_name_when_no_name_goes_on_from_it(string text)
    {
        var tokens = Tokens(text);
        int i = tokens.FindIndex(t => Knowledge.TreatyKnowledge.StartShapes.MayContain(text.AsSpan(t.Start, t.Length)));
        i.Should().BeGreaterThanOrEqualTo(0, "the screen marks a word of \"{0}\" as the start of a name", text);
        MayStartName(text, tokens, i).Should().BeFalse();
    }
}
