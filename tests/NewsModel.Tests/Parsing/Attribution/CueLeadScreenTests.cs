using FluentAssertions;
using NewsModel.Knowledge;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Tests.Parsing.Attribution;

/// <summary>The cue lead screen rules a token out only where the cue phrase index finds no phrase starting there.</summary>
public sealed class CueLeadScreenTests
{
    private static readonly CompiledKnowledge Knowledge = new(KnowledgeBase.Default);

    /// <summary>Every word of every cue form, as written, capitalised and upper-cased, with words near them and common words.</summary>
    private static List<string> Pool()
    {
        var words = new HashSet<string>(StringComparer.Ordinal) { "the", "a", "is", "it", "on", "to", "not", "that", "be", "of", "and", "Hart", "said" };
        foreach (var cue in KnowledgeBase.Default.Cues)
        {
            foreach (var form in cue.Forms)
            {
                foreach (var word in Tokenizer.PhraseWords(form))
                {
                    words.Add(word);
                    words.Add(char.ToUpperInvariant(word[0]) + word[1..]);
                    words.Add(word.ToUpperInvariant());
                    // The same first and last letters at another length, and another last letter at the same length.
                    if (word.Length > 2) words.Add(word[..1] + word[2..]);
                    words.Add(word + "s");
                    words.Add(word[..^1] + (word[^1] == 'x' ? 'y' : 'x'));
                }
            }
        }
        return [.. words.Order(StringComparer.Ordinal)];
    }

    private static void AssertSound(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        for (int i = 0; i < tokens.Count; i++)
        {
            for (int limit = i + 1; limit <= tokens.Count; limit++)
            {
                if (!Knowledge.CueLeads.OpensNone(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), i, limit)) continue;
                Knowledge.Cues.TryMatch(text, tokens, i, limit, out _, out _).Should().BeFalse($"\"{text}\" at token {i}, limit {limit}");
            }
        }
    }

    [Fact]
    public void Rules_out_no_cue_form_as_written_capitalised_or_hyphenated()
    {
        foreach (var cue in KnowledgeBase.Default.Cues)
        {
            foreach (var form in cue.Forms)
            {
                AssertSound(form + " it");
                AssertSound(form.ToUpperInvariant());
                AssertSound(char.ToUpperInvariant(form[0]) + form[1..]);
                AssertSound(form.Replace(' ', '-'));
                AssertSound(form.Replace(" ", " - "));
            }
        }
    }

    /// <summary>Between the pool's words: mostly spaces, a hyphen (which a match skips) and marks (which it does not).</summary>
    private static readonly string[] Separators = [" ", " ", " ", " ", " ", "-", " - ", ", ", ". ", " \"", "' ", ": ", " \u2014 "];

    [Fact]
    public void Rules_out_only_where_no_phrase_starts_over_random_word_sequences()
    {
        var pool = Pool();
        var random = new Random(20261129);
        for (int n = 0; n < 20_000; n++)
        {
            int count = random.Next(2, 6);
            var text = string.Join(Separators[random.Next(Separators.Length)], Enumerable.Range(0, count).Select(_ => pool[random.Next(pool.Count)]));
            AssertSound(text);
        }
    }

    [Theory]
    [InlineData("was the", true)]
    [InlineData("is a", true)]
    [InlineData("did say", true)]
    [InlineData("was", true)]
    [InlineData("was quoted as", false)]
    [InlineData("was quoted", true)]
    [InlineData("did not", true)]
    [InlineData("did not say", true)]
    [InlineData("did not believe", false)]
    [InlineData("did not-believe", false)]
    [InlineData("made it .", true)]
    [InlineData("made it clear", false)]
    [InlineData("was-quoted", false)]
    [InlineData("said the", false)]
    [InlineData("was \"", true)]
    [InlineData("state .", true)]
    [InlineData("is ,", true)]
    [InlineData("was - quoted", false)]
    [InlineData("is not", true)]
    [InlineData("was to", true)]
    [InlineData("is quoted as saying", false)]
    [InlineData("point out", false)]
    public void Rules_out_a_word_whose_phrases_all_go_on_before_a_word_none_has_second(string text, bool ruledOut)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        Knowledge.CueLeads.OpensNone(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), 0, tokens.Count).Should().Be(ruledOut);
    }
}
