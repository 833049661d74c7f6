using FluentAssertions;
using NewsModel.Knowledge;
using NewsModel.Parsing.Attribution;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Tests.Parsing.Attribution;

/// <summary>The cue word memo answers a word only as the cue phrase index matches it, wherever the word stands.</summary>
public sealed class CueWordMemoTests
{
    private static readonly CompiledKnowledge Knowledge = new(KnowledgeBase.Default);

    private static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        return tokens;
    }

    /// <summary>Offers the index's match at every token, for the whole text as its limit, as the reader does.</summary>
    private static void Learn(CueWordMemo memo, string text, List<Token> tokens)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            if (memo.Of(text, tokens[i], out _, out _) != CueWordMemo.Answer.Unknown) continue;
            if (!Knowledge.Cues.TryMatch(text, tokens, i, tokens.Count, out var entry, out int end)) continue;
            memo.Offer(text, tokens[i], entry, end == i + 1 ? text[tokens[i].Start..tokens[i].End] : null, Knowledge.CueLeads);
        }
    }

    [Fact]
    public void Keeps_only_words_whose_match_is_the_same_at_every_limit_over_random_word_sequences()
    {
        var words = new HashSet<string>(StringComparer.Ordinal) { "the", "a", "on", "to", "for", "out", "not", "that", "Hart" };
        foreach (var cue in KnowledgeBase.Default.Cues)
        {
            foreach (var form in cue.Forms)
            {
                foreach (var word in Tokenizer.PhraseWords(form))
                {
                    words.Add(word);
                    words.Add(char.ToUpperInvariant(word[0]) + word[1..]);
                }
            }
        }
        var pool = words.Order(StringComparer.Ordinal).ToList();
        var random = new Random(20261129);
        var memo = new CueWordMemo().For(Knowledge.Cues);
        int kept = 0;
        for (int n = 0; n < 5_000; n++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(2, 6)).Select(_ => pool[random.Next(pool.Count)]));
            var tokens = Tokens(text);
            Learn(memo, text, tokens);
            for (int i = 0; i < tokens.Count; i++)
            {
                if (memo.Of(text, tokens[i], out var entry, out var cueText) != CueWordMemo.Answer.Kept) continue;
                kept++;
                cueText.Should().Be(text[tokens[i].Start..tokens[i].End]);
                for (int limit = i + 1; limit <= tokens.Count; limit++)
                {
                    Knowledge.Cues.TryMatch(text, tokens, i, limit, out var matched, out int end).Should().BeTrue($"\"{text}\" at token {i}, limit {limit}");
                    matched.Should().BeSameAs(entry);
                    end.Should().Be(i + 1, $"\"{text}\" at token {i}, limit {limit}");
                }
            }
        }
        kept.Should().BeGreaterThan(1_000);
    }

    [Fact]
    public void Keeps_a_one_word_cue_by_its_spelling_and_not_a_word_of_a_longer_phrase()
    {
        var memo = new CueWordMemo().For(Knowledge.Cues);
        const string text = "Hart said , Hart was quoted as saying";
        var tokens = Tokens(text);
        Learn(memo, text, tokens);
        memo.Of(text, tokens[1], out var said, out var saidText).Should().Be(CueWordMemo.Answer.Kept);
        said.Forms.Should().Contain("said");
        saidText.Should().Be("said");
        // "was" opens "was quoted as saying" only: never kept.
        memo.Of(text, tokens[4], out _, out _).Should().NotBe(CueWordMemo.Answer.Kept);
        // "called" is a cue alone and opens "called for": read alone first, it is not kept, or "called for" would
        // read as "called".
        const string called = "Hart called , Hart called for calm";
        var calledTokens = Tokens(called);
        Learn(memo, called, calledTokens);
        memo.Of(called, calledTokens[1], out _, out _).Should().Be(CueWordMemo.Answer.NotKept);
        Knowledge.Cues.TryMatch(called, calledTokens, 4, calledTokens.Count, out _, out int calledEnd).Should().BeTrue();
        calledEnd.Should().Be(6);
        // Kept by its characters as written: another case is not known yet.
        const string upper = "SAID";
        memo.Of(upper, Tokens(upper)[0], out _, out _).Should().Be(CueWordMemo.Answer.Unknown);
        // Another index: forgotten.
        memo.For(new CompiledKnowledge(KnowledgeBase.Default).Cues).Of(text, tokens[1], out _, out _).Should().Be(CueWordMemo.Answer.Unknown);
    }
}
