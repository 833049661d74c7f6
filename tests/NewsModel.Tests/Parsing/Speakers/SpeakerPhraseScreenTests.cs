using CsCheck;
using FluentAssertions;
using NewsModel.Parsing.Speakers;

namespace NewsModel.Tests.Parsing.Speakers;

/// <summary>
/// The phrase reader rules most tokens out as a spokesman's head ("spokesman", "officials", "source") by their length and
/// first letter before asking the set: no word the set holds may be ruled out, in any case. It tells the words that open
/// an object ("a", "the", "their") by their length and first letter before comparing them: as a compare would.
/// </summary>
public sealed class SpeakerPhraseScreenTests
{
    [Fact]
    public void No_head_word_is_screened_out_in_any_case()
    {
        string[] heads = ["spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "official", "officials", "source", "sources", "representative", "representatives"];
        var forms = heads.SelectMany(h => new[] { h, h.ToUpperInvariant(), char.ToUpperInvariant(h[0]) + h[1..], "\u017F" + h[1..], h + "s" });
        SpeakerStage.SpokesHeadsScreenedOut(forms).Should().BeEmpty();
    }

    [Fact]
    public void No_random_word_the_set_holds_is_screened_out()
    {
        var letters = Gen.Char["aeiorsnmptkASOR\u017F"].Array[1, 16].Select(a => new string(a));
        letters.Sample(word => SpeakerStage.SpokesHeadsScreenedOut([word]).Should().BeEmpty());
    }

    [Fact]
    public void Object_openers_are_told_as_a_compare_tells_them_in_any_case()
    {
        string[] openers = ["a", "an", "the", "his", "her", "its", "their"];
        var forms = openers.SelectMany(o => new[] { o, o.ToUpperInvariant(), char.ToUpperInvariant(o[0]) + o[1..], o + "s", "s" + o, "\u0130" + o[1..] });
        SpeakerStage.ObjectOpenersMisread(forms.Concat(["Tony", "theirs", "hers", "I", "A."])).Should().BeEmpty();
    }

    [Fact]
    public void No_random_word_is_misread_as_an_object_opener()
    {
        var letters = Gen.Char["aehinrstAEHINRST\u0130\u212A"].Array[1, 7].Select(a => new string(a));
        letters.Sample(word => SpeakerStage.ObjectOpenersMisread([word]).Should().BeEmpty());
    }

    [Fact]
    public void A_phrases_marks_as_one_rule_an_index_out_exactly_when_each_tokens_marks_do()
    {
        // The phrase reader walks an index's loop only when MayStartWithin of the phrase's marks as one says a token may
        // start a phrase of it: that must be so exactly when one token's own marks say so.
        var k = new NewsModel.Parsing.Pipeline.CompiledKnowledge(NewsModel.Knowledge.KnowledgeBase.Default);
        NewsModel.Parsing.Text.TokenMarks[] marks =
        [
            NewsModel.Parsing.Text.TokenMarks.None,
            NewsModel.Parsing.Text.TokenMarks.Screened,
            NewsModel.Parsing.Text.TokenMarks.Screened | NewsModel.Parsing.Text.TokenMarks.MayStartTitle,
            NewsModel.Parsing.Text.TokenMarks.Screened | NewsModel.Parsing.Text.TokenMarks.MayStartGazetteer | NewsModel.Parsing.Text.TokenMarks.MayConcernNames,
            NewsModel.Parsing.Text.TokenMarks.Screened | NewsModel.Parsing.Text.TokenMarks.MayStartDescription | NewsModel.Parsing.Text.TokenMarks.MayStartAdjective,
            NewsModel.Parsing.Text.TokenMarks.MayStartTitle,
        ];
        var indexes = new Func<NewsModel.Parsing.Text.TokenMarks, bool>[]
        {
            k.Titles.MayStartWithin, k.Gazetteer.MayStartWithin, k.Descriptions.MayStartWithin, k.Adjectives.MayStartWithin,
        };
        var sequences = marks.Select(m => new[] { m })
            .Concat(marks.SelectMany(a => marks.Select(b => new[] { a, b })))
            .Concat(marks.SelectMany(a => marks.SelectMany(b => marks.Select(c => new[] { a, b, c }))));
        foreach (var sequence in sequences)
        {
            var tokens = sequence.Select((m, i) => new NewsModel.Parsing.Text.Token(2 * i, 1, NewsModel.Parsing.Text.TokenKind.Word) { Marks = m }).ToList();
            var asOne = SpeakerStage.MarksWithin(tokens, 0, tokens.Count);
            foreach (var mayStart in indexes) mayStart(asOne).Should().Be(sequence.Any(mayStart), string.Join(", ", sequence));
        }
    }
}
