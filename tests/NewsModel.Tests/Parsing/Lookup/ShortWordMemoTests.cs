using CsCheck;
using FluentAssertions;
using NewsModel.Knowledge;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;
using NewsModel.Tests.Robustness;

namespace NewsModel.Tests.Parsing.Lookup;

/// <summary>The short-word memo answers as the word-class table it was last given, whatever its slots held before.</summary>
public sealed class ShortWordMemoTests
{
    private static readonly CompiledKnowledge Knowledge = new(KnowledgeBase.Default);

    // A second table that holds some of the same words with other classes: the memo must forget the first's answers.
    private static readonly WordClasses Small = new(["is", "HAS"], ["the"], [], ["said", "a"], [], ["Mr"]);

    [Fact]
    public void Agrees_with_the_table_on_short_words_anywhere_in_a_source()
    {
        // Listed words in any case, their neighbours, marks and letters beyond ASCII, at any place of a source, the end
        // included (where the memo reads the source's last four characters).
        var letters = Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['A', 'Z'], Gen.Const('\''), Gen.Const('.'), Gen.Const('é'), Gen.Const('ſ'), Gen.Const('1'));
        var listed = Gen.OneOf(Gen.Const("the"), Gen.Const("said"), Gen.Const("he"), Gen.Const("is"), Gen.Const("has"), Gen.Const("a"), Gen.Const("Mr"), Gen.Const("says"));
        var cased = listed.SelectMany(w => Gen.Int[0, 2].Select(c => c == 0 ? w : c == 1 ? w.ToUpperInvariant() : char.ToUpperInvariant(w[0]) + w[1..]));
        var word = Gen.OneOf(cased, letters.Array[1, ShortWordMemo.MaxLength].Select(a => new string(a)));
        Gen.Select(word.Array[1, 60], Gen.Bool).Sample((words, switchTables) =>
        {
            var memo = new ShortWordMemo();
            string source = string.Join(" ", words);
            if (source.Length < 4) source = "    " + source;
            int at = source.Length - string.Join(" ", words).Length;
            var tables = switchTables ? new[] { Knowledge.Words, Small, Knowledge.Words } : new[] { Knowledge.Words };
            foreach (var table in tables)
            {
                memo.For(table);
                // Twice: the second time most answers come from the slots.
                for (int pass = 0; pass < 2; pass++)
                {
                    int start = at;
                    foreach (var w in words)
                    {
                        // A slot that holds the word answers as the table does, before and after it is asked.
                        if (memo.TryHeld(source, start, w.Length, out var held)) held.Should().Be(table.Of(w), "held \"{0}\"", w);
                        memo.Of(source, start, w.Length).Should().Be(table.Of(w), "for \"{0}\" at {1} of \"{2}\"", w, start, source);
                        memo.TryHeld(source, start, w.Length, out held).Should().BeTrue("\"{0}\" was just asked", w);
                        held.Should().Be(table.Of(w), "held \"{0}\"", w);
                        start += w.Length + 1;
                    }
                }
            }
        }, iter: PropertyBudget.Iter(1_000));
    }

    [Fact]
    public void Tells_apart_words_that_share_a_slot_or_a_beginning()
    {
        var memo = new ShortWordMemo();
        memo.For(Knowledge.Words);
        const string source = "he her here hers the then them they said";
        var words = new List<(string Word, int Start)>();
        int start = 0;
        foreach (var w in source.Split(' '))
        {
            words.Add((w, start));
            start += w.Length + 1;
        }
        // Forwards, then backwards: each word asked after the others have taken their slots.
        foreach (var (w, at) in words.Concat(Enumerable.Reverse(words)))
        {
            memo.Of(source, at, w.Length).Should().Be(Knowledge.Words.Of(w), "for \"{0}\"", w);
        }
        ShortWordMemo.Spelling(source, 0, 2).Should().NotBe(ShortWordMemo.Spelling(source, 3, 3), "a word's spelling ends with it");
        ShortWordMemo.Spelling(source, 0, 2).Should().Be(ShortWordMemo.Spelling(source, 3, 2), "the same letters are the same spelling");
    }

    [Fact]
    public void Agrees_with_the_table_on_words_of_five_to_eight_characters()
    {
        // Listed words in any case and words that share their first four or last four characters with them (or both,
        // at another length: "abccde" and "abcccde"), letters beyond ASCII, at any place of a source, its end included.
        var letters = Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['A', 'Z'], Gen.Const('\''), Gen.Const('é'), Gen.Const('ſ'), Gen.Const('1'));
        var listed = Gen.OneOf(Gen.Const("added"), Gen.Const("stated"), Gen.Const("however"), Gen.Const("minister"), Gen.Const("several"),
            Gen.Const("addled"), Gen.Const("minister"), Gen.Const("abccde"), Gen.Const("abcccde"), Gen.Const("abcde"), Gen.Const("though"),
            Gen.Const("addLed"), Gen.Const("MINISTER"[..7]));
        var cased = listed.SelectMany(w => Gen.Int[0, 2].Select(c => c == 0 ? w : c == 1 ? w.ToUpperInvariant() : char.ToUpperInvariant(w[0]) + w[1..]));
        var word = Gen.OneOf(cased, letters.Array[ShortWordMemo.MaxLength + 1, ShortWordMemo.MaxMidLength].Select(a => new string(a)));
        var small = new WordClasses(["abccde", "HOWEVER"], ["stated"], [], ["added", "abcccde"], [], ["Minister"]);
        Gen.Select(word.Array[1, 60], Gen.Bool).Sample((words, switchTables) =>
        {
            var memo = new ShortWordMemo();
            string source = string.Join(" ", words);
            var tables = switchTables ? new[] { Knowledge.Words, small, Knowledge.Words } : new[] { Knowledge.Words };
            foreach (var table in tables)
            {
                memo.For(table);
                for (int pass = 0; pass < 2; pass++)
                {
                    int start = 0;
                    foreach (var w in words)
                    {
                        memo.OfMid(source, start, w.Length).Should().Be(table.Of(w), "for \"{0}\" at {1} of \"{2}\"", w, start, source);
                        start += w.Length + 1;
                    }
                }
            }
        }, iter: PropertyBudget.Iter(1_000));
    }
}
