using CsCheck;
using FluentAssertions;
using NewsModel.Knowledge;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;
using NewsModel.Tests.Robustness;

namespace NewsModel.Tests.Parsing.Lookup;

/// <summary>The word classes' table of short words answers as the word table does, for every word it is asked.</summary>
public sealed class WordClassesShortWordsTests
{
    private static readonly CompiledKnowledge Knowledge = new(KnowledgeBase.Default);

    // A table of few words, some listed twice in another case or list: their classes are merged.
    private static readonly WordClasses Small = new(["is", "HAS"], ["the", "Has"], [], ["said", "a", "it's"], [], ["Mr", "so-called"]);

    [Fact]
    public void Agrees_with_the_word_table_on_words_of_up_to_eight_characters()
    {
        // Listed words in any case, and words of letters, marks, digits and characters beyond ASCII (among them 'ſ' and
        // 'ı', whose upper case is ASCII, and the ASCII characters next to the letters, '@', '[', '`', '{').
        var letters = Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['A', 'Z'], Gen.Const('\''), Gen.Const('-'), Gen.Const('&'), Gen.Const('@'),
            Gen.Const('['), Gen.Const('`'), Gen.Const('{'), Gen.Const('é'), Gen.Const('ſ'), Gen.Const('ı'), Gen.Const('1'), Gen.Const('\u8000'));
        var listed = Gen.OneOf(Gen.Const("the"), Gen.Const("said"), Gen.Const("he"), Gen.Const("is"), Gen.Const("has"), Gen.Const("a"), Gen.Const("Mr"),
            Gen.Const("says"), Gen.Const("minister"), Gen.Const("however"), Gen.Const("it's"), Gen.Const("added"), Gen.Const("according"));
        var cased = listed.SelectMany(w => Gen.Int[0, 2].Select(c => c == 0 ? w : c == 1 ? w.ToUpperInvariant() : char.ToUpperInvariant(w[0]) + w[1..]));
        var word = Gen.OneOf(cased, letters.Array[1, WordClasses.MaxShortLength].Select(a => new string(a)));
        Gen.Select(word, Gen.Int[0, 3], Gen.Bool).Sample((w, before, small) =>
        {
            var table = small ? Small : Knowledge.Words;
            // Characters around the word, which the read of eight takes in and must leave out.
            string source = new string('x', before) + w + "Zebra$é\u8000Q";
            ref char first = ref System.Runtime.CompilerServices.Unsafe.AsRef(in source.GetPinnableReference());
            if (w.Length > WordClasses.MaxShortLength)
            {
                WordClasses.TryShortKey(w, out _).Should().BeFalse();
                return;
            }
            ulong key = BlockText.ShortKey(ref System.Runtime.CompilerServices.Unsafe.Add(ref first, before), w.Length, out bool ascii);
            ascii.Should().Be(System.Text.Ascii.IsValid(w), "\"{0}\"", w);
            WordClasses.TryShortKey(w, out ulong scalarKey).Should().Be(ascii, "\"{0}\"", w);
            if (!ascii) return;
            scalarKey.Should().Be(key, "\"{0}\" read whole or character by character", w);
            table.OfShort(key).Should().Be(table.Of(w), "\"{0}\"", w);
        }, iter: PropertyBudget.Iter(2_000));
    }

    [Fact]
    public void Merges_a_word_listed_in_several_cases_and_lists()
    {
        Small.OfShort(Key("has")).Should().Be(Small.Of("has"));
        Small.OfShort(Key("has")).Should().HaveFlag(WordClass.Known | WordClass.Auxiliary | WordClass.NounPhraseWord);
        Small.OfShort(Key("IT'S")).Should().Be(Small.Of("it's"));
        Small.OfShort(Key("mr")).Should().Be(Small.Of("MR"));
        WordClasses.TryShortKey("so-called", out _).Should().BeFalse("a word of nine characters is the word table's");
        Small.OfShort(Key("nothing")).Should().Be(WordClass.Known);
        // Every listed word of the default knowledge of eight characters or fewer is in the table (a sample of them).
        foreach (var w in new[] { "the", "said", "he", "she", "they", "told", "added", "however", "minister", "while", "&", "via", "i" })
        {
            Knowledge.Words.OfShort(Key(w)).Should().Be(Knowledge.Words.Of(w), "\"{0}\"", w);
            Knowledge.Words.OfShort(Key(w.ToUpperInvariant())).Should().Be(Knowledge.Words.Of(w), "\"{0}\"", w);
        }
    }

    private static ulong Key(string word)
    {
        WordClasses.TryShortKey(word, out ulong key).Should().BeTrue();
        return key;
    }
}
