using CsCheck;
using FluentAssertions;
using NewsModel.Knowledge;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;
using NewsModel.Tests.Robustness;

namespace NewsModel.Tests.Parsing.Lookup;

/// <summary>The word classes' shape filter, which the screen marks tokens by, turns away only words in no list.</summary>
public sealed class WordClassesTests
{
    private static readonly CompiledKnowledge Knowledge = new(KnowledgeBase.Default);

    [Fact]
    public void Every_listed_word_passes_the_class_shapes_in_any_case()
    {
        var words = new WordClasses(["has", "Been", "ALSO"], ["former", "officials"], ["troops"], ["according", "Said", "so-called", "Ölçer", "it's"], [], ["minister"]);
        foreach (var word in (string[])["Been", "also", "Also", "former", "FORMER", "Officials", "troops", "according", "ACCORDING", "so-called", "SO-CALLED", "ölçer", "ÖLÇER", "It's", "said", "HAS"])
        {
            words.ClassShapes.MayContain(word).Should().BeTrue("\"{0}\" is listed", word);
            words.Of(word).Should().NotBe(WordClass.Known);
        }
    }

    [Fact]
    public void A_word_the_class_shapes_turn_away_is_in_no_list()
    {
        // The screen marks a token TokenMarks.MayHaveClass by these shapes, and a block answers a token without the mark
        // as in no list: listed words recased, and random words of every length, with characters that fold alike.
        var listed = Knowledge.Words;
        var known = (string[])["said", "the", "he", "&", "according", "officials", "however", "So-called", "It's", "ONE", "Kremlin", "añadió", "@", "`"];
        var letters = Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['A', 'Z'], Gen.Const('\''), Gen.Const('-'), Gen.Const('@'), Gen.Const('`'), Gen.Const('é'), Gen.Const('ſ'), Gen.Char);
        var word = Gen.OneOf(Gen.Int[0, known.Length - 1].Select(i => known[i]), letters.Array[1, 12].Select(a => new string(a)));
        int turnedAway = 0;
        word.Sample(w =>
        {
            if (listed.ClassShapes.MayContain(w)) return;
            turnedAway++;
            listed.Of(w).Should().Be(WordClass.Known, "\"{0}\" was turned away", w);
        }, iter: PropertyBudget.Iter(5_000), threads: 1);
        turnedAway.Should().BePositive();
    }
}
