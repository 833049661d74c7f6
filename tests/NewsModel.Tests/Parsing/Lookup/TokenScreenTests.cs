using CsCheck;
using FluentAssertions;
using NewsModel.Knowledge;
using NewsModel.Tests.Robustness;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Speakers;
using NewsModel.Parsing.Text;
using NewsModel.Parsing.Treaties;

namespace NewsModel.Tests.Parsing.Lookup;

/// <summary>The screen's marks are the filters' own answers, made once per token: a stage reading a mark skips exactly what its filter would.</summary>
public sealed class TokenScreenTests
{
    private static readonly CompiledKnowledge Knowledge = new(KnowledgeBase.Default);

    [Theory]
    [InlineData("The minister said the CTBT and the Treaty on the Non-Proliferation of Nuclear Weapons stand.")]
    [InlineData("According to Article IV of the agreement, “the accord” holds — officials told TASS.")]
    public void Marks_the_words_the_stages_look_up(string text)
    {
        var tokens = Screened(text);
        string Word(Token t) => text.Substring(t.Start, t.Length);
        tokens.Should().OnlyContain(t => (t.Marks & TokenMarks.Screened) != 0);
        tokens.Where(t => Word(t) is "said" or "According" or "told").Should().OnlyContain(t => (t.Marks & TokenMarks.MayOpenCue) != 0);
        tokens.Where(t => Word(t) is "CTBT" or "Treaty" or "Article" or "agreement" or "accord").Should().OnlyContain(t => (t.Marks & TokenMarks.MayStartTreaty) != 0);
        // Punctuation opens no cue, and most words are ruled out for both.
        tokens.Where(t => t.Kind == TokenKind.Punct).Should().OnlyContain(t => (t.Marks & TokenMarks.MayOpenCue) == 0);
        tokens.Count(t => (t.Marks & (TokenMarks.MayOpenCue | TokenMarks.MayStartTreaty)) == 0).Should().BeGreaterThan(tokens.Count / 3);
    }

    /// <summary>The words each stage reacts to, taken from the knowledge the stages read them from (never restated here).</summary>
    public static TheoryData<string, string> StageWords()
    {
        var data = new TheoryData<string, string>();
        foreach (var cue in KnowledgeBase.Default.Cues)
        {
            foreach (var form in cue.Forms) data.Add("cue", Tokenizer.PhraseWords(form)[0]);
        }
        foreach (var anchor in CueAnchorWords.FirstWords) data.Add("cue", anchor);
        foreach (var treaty in KnowledgeBase.Default.Treaties)
        {
            foreach (var name in (string[])[treaty.Name, .. treaty.Aliases, .. treaty.Acronyms]) data.Add("treaty", Tokenizer.PhraseWords(name)[0]);
        }
        // The article-reference word ("Article") is a row of the treaty nouns too.
        foreach (var noun in KnowledgeBase.Default.TreatyNouns) data.Add("treaty", Tokenizer.PhraseWords(noun.Noun)[0]);
        // The name pass looks up titles at lower-case words ("foreign minister Lavrov") and reacts to gendered pronouns,
        // quotation marks and sentence ends.
        foreach (var title in KnowledgeBase.Default.Titles) data.Add("name", Tokenizer.PhraseWords(title.Text)[0]);
        foreach (var word in SpeakerStage.NamePassWords) data.Add("name", word);
        return data;
    }

    [Theory]
    [MemberData(nameof(StageWords))]
    public void Every_word_a_stage_reacts_to_passes_the_screen(string stage, string word)
    {
        // A stage steps only over the tokens the screen marked: a word it reacts to that the screen turned away would
        // never be tried. Each word is checked in lower case, as written, and capitalised, as text has it.
        var mark = stage switch { "cue" => TokenMarks.MayOpenCue, "name" => TokenMarks.MayConcernNames, _ => TokenMarks.MayStartTreaty };
        string[] spellings = stage != "treaty" ? [word, word.ToLowerInvariant(), word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word[1..]] : [word];
        foreach (var spelling in spellings)
        {
            var text = "x " + spelling + " y";
            var token = Screened(text).Single(t => text.Substring(t.Start, t.Length) == spelling);
            (token.Marks & mark).Should().NotBe(TokenMarks.None, $"the {stage} stage reacts to \"{spelling}\"");
        }
    }

    [Fact]
    public void Agrees_with_each_filter_asked_on_its_own()
    {
        string[] known = ["said", "told", "according", "the", "Treaty", "CTBT", "Article", "accord", "a", "in", "'", "-", "“", "é", "He", "her", "minister", "Ólafur", ".", "?", "\"", "…",
            "Russian", "United", "ministry", "spokesman", "President", "Kremlin", "UN", "Foreign"];
        var words = Gen.OneOf(Gen.Int[0, known.Length - 1].Select(i => known[i]),
            Gen.Char['a', 'z'].Array[1, 9].Select(a => new string(a)), Gen.Char.Array[1, 3].Select(a => new string(a)));
        words.Array[1, 30].Select(w => string.Join(' ', w)).Sample(text =>
        {
            var tokens = Screened(text, out var cueList, out var treatyList, out var nameList);
            // The lists name exactly the marked tokens, in order, after whatever the lists held before.
            cueList.Should().StartWith(-1).And.Equal([-1, .. Enumerable.Range(0, tokens.Count).Where(i => (tokens[i].Marks & TokenMarks.MayOpenCue) != 0)]);
            treatyList.Should().Equal([-1, .. Enumerable.Range(0, tokens.Count).Where(i => (tokens[i].Marks & TokenMarks.MayStartTreaty) != 0)]);
            nameList.Should().Equal([-1, .. Enumerable.Range(0, tokens.Count).Where(i => (tokens[i].Marks & TokenMarks.MayConcernNames) != 0)]);
            foreach (var token in tokens)
            {
                bool cue = token.Kind == TokenKind.Word && Knowledge.Words.CueShapes.MayContain(text.AsSpan(token.Start, token.Length));
                ((token.Marks & TokenMarks.MayOpenCue) != 0).Should().Be(cue);
                ((token.Marks & TokenMarks.MayStartTreaty) != 0).Should().Be(Knowledge.TreatyKnowledge.MayStart(text, token, ShapeFilter.KeyOf(text, token.Start, token.Length)));
                ((token.Marks & TokenMarks.MayHaveClass) != 0).Should().Be(Knowledge.Words.ClassShapes.MayContain(text.AsSpan(token.Start, token.Length)));
                // Each screened phrase index's bit is its own first-word filter's answer.
                foreach (var (shapes, mark) in ScreenedIndexes)
                {
                    ((token.Marks & mark) != 0).Should().Be(shapes.MayContain(text.AsSpan(token.Start, token.Length)), $"{mark} of \"{text.Substring(token.Start, token.Length)}\"");
                }
                // The quotation marks and sentence ends are marked exactly.
                ((token.Marks & TokenMarks.QuoteMark) != 0).Should().Be(token.Kind == TokenKind.Punct && QuoteScanner.IsMark(text[token.Start]));
                ((token.Marks & TokenMarks.SentenceEnd) != 0).Should().Be(token.Kind == TokenKind.Punct && Chars.IsSentenceEnd(text[token.Start]));
                // The name pass must see every capitalised word and every mark that opens or closes a quote or ends a sentence.
                var first = text[token.Start];
                if (Chars.IsCapitalized(text, token) || (token.Kind == TokenKind.Punct && (Chars.IsSentenceEnd(first) || first is '"' or '\u201C' or '\u201D')))
                {
                    (token.Marks & TokenMarks.MayConcernNames).Should().NotBe(TokenMarks.None, $"the name pass reacts to \"{text.Substring(token.Start, token.Length)}\"");
                }
            }
        }, iter: PropertyBudget.Iter(2_000));
    }

    [Fact]
    public void Marks_every_quotation_mark_and_sentence_end_and_no_other_character()
    {
        // Every character, on its own between spaces and after a word and before one, as the tokenizer's loop makes it
        // and as marking after tokenizing does (a source of four characters or more, and one under four).
        for (int c = 1; c <= char.MaxValue; c++)
        {
            char ch = (char)c;
            var expected = QuoteScanner.IsMark(ch) ? TokenMarks.QuoteMark : Chars.IsSentenceEnd(ch) ? TokenMarks.SentenceEnd : TokenMarks.None;
            foreach (var text in (string[])[$"x {ch} y", $"ab{ch}cd", $"{ch}"])
            {
                var tokens = new List<Token>();
                Tokenizer.TokenizeScreened(text, 0, text.Length, tokens, Knowledge.Screen);
                var plain = Screened(text);
                foreach (var marked in (List<Token>[])[tokens, plain])
                {
                    foreach (var token in marked)
                    {
                        var want = token.Start <= text.IndexOf(ch) && text.IndexOf(ch) < token.End && token.Kind == TokenKind.Punct ? expected : TokenMarks.None;
                        if ((token.Marks & (TokenMarks.QuoteMark | TokenMarks.SentenceEnd)) != want)
                        {
                            (token.Marks & (TokenMarks.QuoteMark | TokenMarks.SentenceEnd)).Should().Be(want, "for U+{0:X4} in \"{1}\"", c, text);
                        }
                    }
                }
            }
        }
    }

    private static readonly (ShapeFilter Shapes, TokenMarks Mark)[] ScreenedIndexes =
    [
        (Knowledge.Gazetteer.FirstShapes, TokenMarks.MayStartGazetteer), (Knowledge.Titles.FirstShapes, TokenMarks.MayStartTitle),
        (Knowledge.Descriptions.FirstShapes, TokenMarks.MayStartDescription), (Knowledge.Adjectives.FirstShapes, TokenMarks.MayStartAdjective),
    ];

    [Theory]
    [InlineData("Russian Foreign Minister Sergey Lavrov told the ministry and the United Nations.")]
    [InlineData("x")]
    [InlineData("UN")]
    public void A_screened_phrase_index_finds_what_it_finds_without_the_screen(string text)
    {
        // The same tokens asked once as the screen left them and once unscreened (the index then makes the shape key
        // itself): every probe answers the same.
        var screened = Screened(text);
        var plain = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, plain);
        for (int i = 0; i < plain.Count; i++)
        {
            for (int limit = i + 1; limit <= plain.Count; limit++)
            {
                Probe(Knowledge.Gazetteer, i, limit).Should().Be(ProbePlain(Knowledge.Gazetteer, i, limit));
                Probe(Knowledge.Titles, i, limit).Should().Be(ProbePlain(Knowledge.Titles, i, limit));
                Probe(Knowledge.Descriptions, i, limit).Should().Be(ProbePlain(Knowledge.Descriptions, i, limit));
                Probe(Knowledge.Adjectives, i, limit).Should().Be(ProbePlain(Knowledge.Adjectives, i, limit));
            }
        }
        // The words known to start phrases keep their bit.
        if (screened.Count < 3) return;
        string Word(Token t) => text.Substring(t.Start, t.Length);
        screened.Where(t => Word(t) is "Russian").Should().OnlyContain(t => (t.Marks & TokenMarks.MayStartAdjective) != 0);
        screened.Where(t => Word(t) is "Foreign" or "Minister").Should().Contain(t => (t.Marks & TokenMarks.MayStartTitle) != 0);
        screened.Where(t => Word(t) is "United").Should().OnlyContain(t => (t.Marks & TokenMarks.MayStartGazetteer) != 0);
        screened.Where(t => Word(t) is "ministry").Should().OnlyContain(t => (t.Marks & TokenMarks.MayStartDescription) != 0);

        (bool, int) Probe<T>(PhraseIndex<T> index, int i, int limit) => (index.TryMatch(text, screened, i, limit, out _, out int end), end);
        (bool, int) ProbePlain<T>(PhraseIndex<T> index, int i, int limit) => (index.TryMatch(text, plain, i, limit, out _, out int end), end);
    }

    [Fact]
    public void A_screened_phrase_index_takes_no_more_phrases()
    {
        var act = () => Knowledge.Gazetteer.Add("Ministry of Silly Walks", default!);
        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Marking_while_tokenizing_gives_the_tokens_marks_and_lists_of_marking_after()
    {
        // The tokenizer marks a block's tokens as it makes them: ASCII words read eight characters at a time (their
        // ends at every place in and across the eight, and near the source's end where no eight can be read), numbers
        // and marks, and everything beyond ASCII out of its loop. Any block of any text gets the same tokens, marks and
        // marked lists as tokenizing and then marking.
        string[] known = ["said", "according", "Treaty", "CTBT", "minister", "President", "UN", "a", "internationalization", "abcdefgh", "abcdefghi",
            "ABCDEFGHIJKLMNOPQ", "1991", "12.5%", "“", "—", "é", "café", "naïve", "٣", "x٣", "7é", "\u00A0", "\u0301", "Trump’s", "said,”", "word…"];
        var parts = Gen.OneOf(Gen.Int[0, known.Length - 1].Select(i => known[i]), Gen.Char['a', 'z'].Array[1, 20].Select(a => new string(a)),
            Gen.Char['0', '9'].Array[1, 5].Select(a => new string(a)), Gen.Char.Array[1, 3].Select(a => new string(a)),
            Gen.OneOf(Gen.Const(" "), Gen.Const("  "), Gen.Const("\n"), Gen.Const(", "), Gen.Const("."), Gen.Const("'"), Gen.Const("-")));
        Gen.Select(parts.Array[0, 24], Gen.Int[0, 100], Gen.Int[0, 100]).Sample((words, a, b) =>
        {
            var text = string.Concat(words);
            int start = text.Length * Math.Min(a, b) / 100, end = text.Length * Math.Max(a, b) / 100;
            FusedAgreesWithPlain(text, start, end);
        }, iter: PropertyBudget.Iter(5_000));
    }

    [Fact]
    public void Marking_while_tokenizing_finds_the_end_of_an_ascii_word_of_any_length_at_any_place()
    {
        // Words of 0 to 70 letters, with the character after them at every offset from the text's start and end: the
        // eight-at-a-time reads see the word's end in every lane, across reads and past the last full read.
        // After it: a space, ASCII, nothing, and beyond ASCII a letter and a combining mark (which go on with the word)
        // and a curly apostrophe, a closing quotation mark and a no-break space (which end it).
        foreach (string after in (string[])[" ", "é", "1", ".", "", "\u0301", "\u2019", "\u201D", "\u00A0"])
        {
            for (int before = 0; before < 10; before++)
            {
                for (int length = 0; length <= 70; length++)
                {
                    var text = new string(' ', before) + new string('q', length) + after + "abc";
                    MarkedTokens cues = [-1], treaties = [-1], names = [-1];
                    var fused = new List<Token>();
                    Tokenizer.TokenizeScreened(text, 0, text.Length, fused, Knowledge.Screen, cues, treaties, names);
                    var plain = new List<Token>();
                    Tokenizer.Tokenize(text, 0, text.Length, plain);
                    Knowledge.Screen.Mark(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(plain), [-1], [-1], [-1]);
                    fused.Should().Equal(plain, $"\"{text}\"");
                    if (length > 0 && after is " " or "1" or ".") fused[0].Should().Be(plain[0]).And.Match<Token>(t => t.Start == before && t.Length == length);
                }
            }
        }
    }

    [Fact]
    public void Marking_while_tokenizing_agrees_for_every_block_in_a_text_of_words_of_every_length()
    {
        // Every block [start, end) of a text whose words of 1 to 17 letters end in every lane of an eight-character
        // read, followed by a space, two, a mark, a digit, a letter beyond ASCII or a general punctuation mark: the
        // tokenizer's loop takes a word whose first read lies within the block without testing the block's end, and
        // the words within the block's last seven characters by the path that tests it, so each word meets the
        // block's end before, inside and after its read, and cut in its middle.
        var text = "Minister a bc def Ghij klmno pqrstu vwxyzab cdefghij klmnopqrs tuvwxyzabc said  told. yes1 " +
            "nocafé Dé x“quoted” internationalization, CTBT’s zz\u00A0yy abcdefghijklmnopq\nEnd";
        for (int start = 0; start < text.Length; start++)
        {
            for (int end = start; end <= text.Length; end++) FusedAgreesWithPlain(text, start, end);
        }
    }

    [Fact]
    public void Marking_while_tokenizing_agrees_on_long_texts_across_chunks()
    {
        // Texts of hundreds to thousands of characters: the tokenizer's chunks of 1,024 characters end inside words,
        // numbers and runs of spaces, words run long and meet characters beyond ASCII anywhere, among them the general
        // punctuation the tokenizer's loop makes itself (U+2010 to U+2027) and the characters just outside it.
        string[] known = ["said", "Treaty", "CTBT", "internationalization", "1991", "12.5%", "“", "”", "’", "—", "…", "\u2010", "\u2027", "\u2028", "\u200F", "é", "café", "٣", "x٣", "7é", "\u00A0", "\u0301", "Ł"];
        var parts = Gen.OneOf(Gen.Int[0, known.Length - 1].Select(i => known[i]), Gen.Char['a', 'z'].Array[1, 12].Select(a => new string(a)),
            Gen.Char['A', 'Z'].Array[1, 90].Select(a => new string(a)), Gen.Char['0', '9'].Array[1, 80].Select(a => new string(a)),
            Gen.Char['\0', '\u00FF'].Array[1, 3].Select(a => new string(a)),
            Gen.OneOf(Gen.Const(" "), Gen.Const("   "), Gen.Const("\n"), Gen.Const(", "), Gen.Const("."), Gen.Const("'"), Gen.Const("-")));
        Gen.Select(parts.Array[10, 600], Gen.Int[0, 100], Gen.Int[0, 100]).Sample((words, a, b) =>
        {
            var text = string.Concat(words);
            int start = text.Length * Math.Min(a, b) / 200, end = text.Length - text.Length * Math.Min(100 - a, 100 - b) / 200;
            FusedAgreesWithPlain(text, start, end);
        }, iter: PropertyBudget.Iter(1_000));
    }

    [Fact]
    public void Marking_while_tokenizing_finds_long_words_and_numbers_at_any_offset()
    {
        // A word or number of 1 to 140 characters starting at offsets 0 to 65, followed by a space, a character beyond
        // ASCII, a mark or the block's end, in a source that goes on past the block (so eight characters can be read).
        foreach (string after in (string[])[" ", "é", ".", ""])
        {
            foreach (char c in (char[])['q', '7'])
            {
                for (int before = 0; before < 66; before += 1)
                {
                    for (int length = 1; length <= 140; length += length < 70 ? 1 : 7)
                    {
                        var text = new string('.', before) + new string(c, length) + after + new string(' ', 70);
                        foreach (int end in (int[])[text.Length, before + length])
                        {
                            var fused = new List<Token>();
                            Tokenizer.TokenizeScreened(text, 0, end, fused, Knowledge.Screen, [-1], [-1], [-1]);
                            var plain = new List<Token>();
                            Tokenizer.Tokenize(text, 0, end, plain);
                            Knowledge.Screen.Mark(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(plain), [-1], [-1], [-1]);
                            // Compared plainly first: the assertion's own work per case would make the test slow.
                            if (!fused.SequenceEqual(plain)) fused.Should().Equal(plain, $"\"{text}\" to {end}");
                            if (after is not "é" && (fused[before].Start != before || fused[before].Length != length))
                            {
                                fused[before].Should().Be(new Token(before, length, c == 'q' ? TokenKind.Word : TokenKind.Number), $"\"{text}\" to {end}");
                            }
                        }
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData("Hi")]
    [InlineData("said")]
    [InlineData("The minister said the treaty, “START”, was dead. ")]
    public void Marking_without_lists_gives_the_marks_of_marking_with_them_for_short_sources_and_huge_blocks(string part)
    {
        // A source under four characters is marked filter by filter, a block of over 16,384 characters after it is
        // tokenized whole: both paths, like the chunks', mark the same without lists as with them.
        foreach (var text in (string[])[part, string.Concat(Enumerable.Repeat(part + " ", 20_000 / (part.Length + 1) + 1))])
        {
            var listed = new List<Token>();
            MarkedTokens cues = [-1], treaties = [-1], names = [-1];
            Tokenizer.TokenizeScreened(text, 0, text.Length, listed, Knowledge.Screen, cues, treaties, names);
            var unlisted = new List<Token>();
            Tokenizer.TokenizeScreened(text, 0, text.Length, unlisted, Knowledge.Screen);
            unlisted.Should().Equal(listed);
            unlisted.Should().OnlyContain(t => (t.Marks & TokenMarks.Screened) != 0);
        }
    }

    [Fact]
    public void A_token_the_name_start_marks_rule_out_starts_no_gazetteer_name_title_or_description()
    {
        // CompiledKnowledge.NameStartMarks answers for the three indexes in one test: a token it rules out must start a
        // phrase of none of them, as each index asked about the token unscreened answers. Every first word of the three,
        // in three cases, and the words around them.
        Knowledge.NameStartMarks.Should().NotBe(TokenMarks.None);
        var words = Knowledge.Gazetteer.FirstWords.Concat(Knowledge.Titles.FirstWords).Concat(Knowledge.Descriptions.FirstWords)
            .SelectMany(w => new[] { w, w.ToUpperInvariant(), w.ToLowerInvariant(), w + "s", "x" + w })
            .Concat(["the", "Minister", "said", "Zorbu", "House", "U.S.", "'s", "-", "Ministry"]);
        int ruledOut = 0, passed = 0;
        foreach (var word in words)
        {
            var text = word + " of the Foreign Ministry";
            var tokens = Screened(text);
            var unscreened = new List<Token>();
            Tokenizer.Tokenize(text, 0, text.Length, unscreened);
            for (int i = 0; i < tokens.Count; i++)
            {
                if ((tokens[i].Marks & Knowledge.NameStartMarks) != TokenMarks.Screened)
                {
                    passed++;
                    continue;
                }
                ruledOut++;
                Knowledge.Gazetteer.TryMatch(text, unscreened, i, unscreened.Count, out _, out _).Should().BeFalse(text);
                Knowledge.Titles.TryMatch(text, unscreened, i, unscreened.Count, out _, out _).Should().BeFalse(text);
                Knowledge.Descriptions.TryMatch(text, unscreened, i, unscreened.Count, out _, out _).Should().BeFalse(text);
            }
        }
        ruledOut.Should().BeGreaterThan(100);
        passed.Should().BeGreaterThan(100);
    }

    private static List<Token> Screened(string text) => Screened(text, out _, out _, out _);

    private static List<Token> Screened(string text, out MarkedTokens cues, out MarkedTokens treaties, out MarkedTokens names)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        cues = [-1];
        treaties = [-1];
        names = [-1];
        Knowledge.Screen.Mark(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), cues, treaties, names);
        return tokens;
    }

    [Fact]
    public void A_mark_after_a_word_at_a_chunks_end_is_made_in_the_next_chunk()
    {
        // The word loop makes the mark right after a word (ASCII or a general punctuation mark) itself; a chunk of 1,024
        // characters where every character starts a token ("a,a,a,") has a slot for each, so a mark after the word at
        // its last character must be left to the next chunk. Words of every length end at and around the chunk's end.
        foreach (string mark in (string[])[",", ".", "'", "\u2019", "\u201D", "\u2014"])
        {
            for (int before = 0; before < 4; before++)
            {
                var packed = new string(',', before) + string.Concat(Enumerable.Repeat("a" + mark, 1_100));
                FusedAgreesWithPlain(packed, 0, packed.Length);
                FusedAgreesWithPlain(packed, 1, packed.Length - 1);
            }
            for (int length = 1; length <= 12; length++)
            {
                for (int shift = -2; shift <= 2; shift++)
                {
                    var text = new string('.', Tokenizer.Chunk - length + shift) + new string('w', length) + mark + " next" + mark + new string('x', 20);
                    FusedAgreesWithPlain(text, 0, text.Length);
                }
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(40)]
    public void Marking_while_tokenizing_agrees_across_chunks_groups_of_sixteen_and_huge_blocks(int seed)
    {
        // Texts of words, marks, quotation marks and sentence ends long enough for several chunks of 1,024 characters
        // and, at the longest, for the huge-block path (over 16,384): the listing walk reads its tokens sixteen at a
        // time, its last sixteen overlapping the ones before, and the blocks cut it at every count of tokens.
        var random = new Random(seed);
        string[] parts = ["said", "The", "\u201C", "\u201D", "\"", "'", ".", "?", "!", "\u2026", ",", "-", "treaty", "CTBT", "Ólafur", "a", "x9", "12", "\u2014", "of"];
        foreach (int length in (int[])[20, 300, 2_500, 20_000])
        {
            var text = new System.Text.StringBuilder();
            while (text.Length < length) text.Append(parts[random.Next(parts.Length)]).Append(random.Next(3) == 0 ? "" : " ");
            var s = text.ToString();
            FusedAgreesWithPlain(s, 0, s.Length);
            for (int cut = 0; cut < 40; cut++) FusedAgreesWithPlain(s, random.Next(s.Length / 2), s.Length / 2 + random.Next(s.Length / 2));
        }
    }

    [Fact]
    public void The_listing_walk_reads_the_marks_where_a_token_holds_them()
    {
        // The walk takes the marks of token k at bytes 12k + 8 (low) and 12k + 9 (high) of sixteen tokens read as bytes,
        // and the tokenizer writes a word's marks and kind (0) as one 32-bit value at offset 8.
        System.Runtime.CompilerServices.Unsafe.SizeOf<Token>().Should().Be(12);
        var token = new Token(0x0102_0304, 0x0506_0708, TokenKind.Punct) { Marks = (TokenMarks)0xA5C3 };
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(new ReadOnlySpan<Token>(in token)).ToArray();
        bytes[..8].Should().Equal(0x04, 0x03, 0x02, 0x01, 0x08, 0x07, 0x06, 0x05);
        bytes[8].Should().Be(0xC3);
        bytes[9].Should().Be(0xA5);
        bytes[10].Should().Be((byte)TokenKind.Punct);
        ((int)TokenKind.Word).Should().Be(0);
    }

    /// <summary>Tokenizing while marking gives [start, end) of <paramref name="text"/> the tokens, marks and lists of tokenizing, then marking.</summary>
    private static void FusedAgreesWithPlain(string text, int start, int end)
    {
        MarkedTokens cues = [-1], treaties = [-1], names = [-1];
        var fused = new List<Token>();
        // A bit per character and 64 more, as the tokenizer's callers give them, not cleared: the listing walk clears
        // the words its tokens' bits reach (and one more), the words a block's reader reads.
        int words = ((end - start) >> 6) + 2;
        ulong[] fusedQuotes = new ulong[words], fusedEnds = new ulong[words];
        fusedQuotes.AsSpan().Fill(ulong.MaxValue);
        fusedEnds.AsSpan().Fill(ulong.MaxValue);
        Tokenizer.TokenizeScreened(text, start, end, fused, Knowledge.Screen, cues, treaties, names, fusedQuotes, fusedEnds);
        var plain = new List<Token>();
        Tokenizer.Tokenize(text, start, end, plain);
        MarkedTokens plainCues = [-1], plainTreaties = [-1], plainNames = [-1];
        ulong[] plainQuotes = new ulong[words], plainEnds = new ulong[words];
        plainQuotes.AsSpan().Fill(ulong.MaxValue);
        plainEnds.AsSpan().Fill(ulong.MaxValue);
        Knowledge.Screen.Mark(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(plain), plainCues, plainTreaties, plainNames, plainQuotes, plainEnds);
        fused.Should().Equal(plain, $"the tokens and marks of [{start}, {end}) of \"{text}\"");
        // A bit at exactly the quotation marks and the sentence ends, by their index among the block's tokens.
        ulong[] quotes = new ulong[words], ends = new ulong[words];
        for (int i = 0; i < plain.Count; i++)
        {
            var t = plain[i];
            if (t.Kind == TokenKind.Punct && QuoteScanner.IsMark(text[t.Start])) quotes[i >> 6] |= 1UL << i;
            if (t.Kind == TokenKind.Punct && Chars.IsSentenceEnd(text[t.Start])) ends[i >> 6] |= 1UL << i;
        }
        int read = (plain.Count >> 6) + 1;
        fusedQuotes[..read].Should().Equal(quotes[..read], $"the quotation marks of [{start}, {end}) of \"{text}\"");
        fusedEnds[..read].Should().Equal(ends[..read], $"the sentence ends of [{start}, {end}) of \"{text}\"");
        plainQuotes[..read].Should().Equal(quotes[..read], $"the quotation marks of [{start}, {end}) of \"{text}\" marked after tokenizing");
        plainEnds[..read].Should().Equal(ends[..read], $"the sentence ends of [{start}, {end}) of \"{text}\" marked after tokenizing");
        var unlisted = new List<Token>();
        Tokenizer.TokenizeScreened(text, start, end, unlisted, Knowledge.Screen);
        unlisted.Should().Equal(plain, $"the unlisted tokens and marks of [{start}, {end}) of \"{text}\"");
        cues.Should().Equal(plainCues);
        treaties.Should().Equal(plainTreaties);
        names.Should().Equal(plainNames);
    }

    [Fact]
    public void The_word_loop_makes_a_token_of_every_mark_and_of_nothing_else()
    {
        // Tokenizer.LoopMarkMarks: none means "not a mark, leave it to the general step", so no mark may have none,
        // and a letter, digit, space or other character must (a token of it would be made as a mark).
        ref ulong table = ref Knowledge.Screen.Table;
        for (char c = '\0'; c < '\u3000'; c++)
        {
            bool mark = c < '\u0080' ? c > ' ' && !char.IsAsciiLetterOrDigit(c) : TokenScreen.IsGeneralPunctuation(c);
            var marks = Tokenizer.LoopMarkMarks(ref table, c);
            if (mark) marks.Should().NotBe(TokenMarks.None, "U+{0:X4} is a mark", (int)c);
            else if (!char.IsAsciiLetter(c)) marks.Should().Be(TokenMarks.None, "U+{0:X4} is no mark", (int)c);
        }
    }
}
