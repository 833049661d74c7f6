using CsCheck;
using FluentAssertions;
using NewsModel.Knowledge;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;
using NewsModel.Tests.Robustness;

namespace NewsModel.Tests.Parsing.Lookup;

/// <summary>The word classes' quick test turns away only words in no list.</summary>
public sealed class WordClassesTests
{
    private static readonly CompiledKnowledge Knowledge = new(KnowledgeBase.Default);

    [Fact]
    public void Every_listed_word_passes_the_quick_test_in_any_case()
    {
        var words = new WordClasses(["has", "Been", "ALSO"], ["former", "officials"], ["troops"], ["according", "Said", "so-called", "Ölçer", "it's"], [], ["minister"]);
        foreach (var word in (string[])["Been", "also", "Also", "former", "FORMER", "Officials", "troops", "according", "ACCORDING", "so-called", "SO-CALLED", "ölçer", "ÖLÇER", "It's"])
        {
            var text = "x " + word + " y";
            words.MayHold(text, 2, word.Length).Should().BeTrue("\"{0}\" is listed", word);
            words.Of(word).Should().NotBe(WordClass.Known);
        }
    }

    [Fact]
    public void A_word_turned_away_is_in_no_list()
    {
        // Listed words recased and changed a little, random words, and words with characters beyond ASCII and marks
        // that fold to the same bits: a word the test turns away has no class.
        var listed = Knowledge.Words;
        var known = (string[])["according", "officials", "minister", "however", "spokesman", "declined", "Kremlin", "Lavrov", "añadió", "d'Estaing", "@home", "`quote"];
        var letters = Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['A', 'Z'], Gen.Const('\''), Gen.Const('-'), Gen.Const('@'), Gen.Const('`'), Gen.Const('é'), Gen.Const('ſ'), Gen.Char);
        var word = Gen.OneOf(Gen.Int[0, known.Length - 1].Select(i => known[i]), letters.Array[4, 14].Select(a => new string(a)));
        int turnedAway = 0;
        word.Sample(w =>
        {
            var text = "x " + w + " y";
            if (listed.MayHold(text, 2, w.Length)) return;
            turnedAway++;
            listed.Of(w).Should().Be(WordClass.Known, "\"{0}\" was turned away", w);
        }, iter: PropertyBudget.Iter(5_000), threads: 1);
        turnedAway.Should().BePositive();
    }
}
