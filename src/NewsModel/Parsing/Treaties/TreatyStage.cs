using System.Globalization;
using System.Text;
using NewsModel.Knowledge;
using NewsModel.Model;
using NewsModel.Parsing.Layout;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Treaties;

/// <summary>
/// Finds the treaties an article names: catalog names, acronyms and aliases (hyphens and spaces alike), treaties
/// named only by description ("an investment protection agreement", "the treaty on strategic partnership between
/// A and B"), anaphora ("the Treaty", "the pact") bound to the treaty in scope, and article references
/// ("Article 14 of the Treaty", "Article XIV", "paragraph 2 of Article 5") as values.
/// Organisations named after a treaty ("… Treaty Organization") are not treaties.
/// </summary>
internal static partial class TreatyStage
{
    public static void Run(ParseContext ctx)
    {
        // An article whose blocks the screen listed no token of finds no treaty: its state is not set up, no block is
        // stepped over and nothing is merged (on a huge input the blocks' tokens are given up below, block by block).
        if (!ctx.CollectsForLargeInput && NoneListed(ctx)) return;
        var state = ctx.Scratch.Get<State>();
        state.Start(ctx);
        try
        {
            // The last stage to read the blocks' tokens: on a huge input each block's go once it is read, so the
            // treaties found are not made beside the tokens of the whole text.
            if (ctx.Headline is { } headline)
            {
                ReadListed(state, headline);
                ctx.DoneWithTokens(headline);
            }
            if (ctx.Lead is { } lead)
            {
                ReadListed(state, lead);
                ctx.DoneWithTokens(lead);
            }
            foreach (var block in ctx.Body)
            {
                ctx.CheckMemory();
                ReadListed(state, block);
                ctx.DoneWithTokens(block);
            }
            MergeDescribedIntoCatalog(state);
            ctx.CountWork(state.Described.Steps + state.Steps);
            if (ctx.CollectsForLargeInput)
            {
                // The lookups of what was found are read no more: on a huge input they go before the treaties are
                // made beside the found ones (an article describing tens of thousands of treaties keys every run of
                // words of each name: 8 bytes per character of such an input).
                state.ForgetLookups();
                ctx.CollectReleased();
            }
            foreach (var f in state.Found) ctx.Treaties.Add(TreatyOf(f));
        }
        finally
        {
            state.End();
        }
    }

    /// <summary>True when every block is tokenized and the screen listed none of its tokens as one that may start a treaty's name.</summary>
    private static bool NoneListed(ParseContext ctx)
    {
        if (ctx.Headline is { } headline && !Unlisted(headline)) return false;
        if (ctx.Lead is { } lead && !Unlisted(lead)) return false;
        foreach (var block in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ctx.Body))
        {
            if (!Unlisted(block)) return false;
        }
        return true;
    }

    /// <summary>A block tokenized with no token listed for this stage: <see cref="Read"/> would leave it at once while the article has defined no words.</summary>
    private static bool Unlisted(Block block) => block.Tokens is not null && block.TreatyMarked.Count == 0;

    /// <summary>
    /// <see cref="Read"/>, but a block it would leave at once (no token listed, while the article has defined no words
    /// of its own: most blocks of a bulk article) is left here, without the call (about 40 instructions a block).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void ReadListed(State state, Block block)
    {
        if (Unlisted(block) && state.Learned.Count == 0 && state.InScope is not { Head.Length: > 2 })
        {
            state.Last = null;
            state.LastEnd = -1;
            return;
        }
        Read(state, block);
    }

    /// <summary>Reads one block (the headline, the lead, then the body, as <see cref="ParseContext.Blocks"/> orders them).</summary>
    private static void Read(State state, Block block)
    {
        state.Last = null;
        state.LastEnd = -1;
        // Step also reads words the article itself defines: its acronyms, and the head of the treaty in scope
        // (which IsHead compares only at an equal length of three or more). Both change only in Step.
        var (learned, headLength) = Defined(state);
        // A block the screen listed no token of is done with before its tokens are asked for, while the article has
        // defined no words of its own (the loop below would stop at once): most blocks of a bulk article are such
        // (a short block's tokens would be made again). A block not tokenized yet has no list of its own.
        if (block.Tokens is not null && block.TreatyMarked.Count == 0 && !learned && headLength < 0) return;
        // The attribution stage tokenized and screened the block already; share its tokens.
        var tokens = Tokenizer.Of(state.Ctx, block);
        // Nearly every token starts nothing: the screen listed the few that may, and while the article has defined
        // no words of its own the stage steps from one listed token to the next without looking at the others.
        var marked = ParseContext.MarkedIn(state.Ctx.TreatyMarked, block.TreatyMarked);
        var knowledge = state.Ctx.Knowledge.TreatyKnowledge;
        int next = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!learned && headLength < 0)
            {
                while (next < marked.Length && marked[next] < i) next++;
                if (next == marked.Length) break;
                i = marked[next];
                // Most listed words start a name of several words and are followed by none of its second words ("new
                // plans", "first time"): a word whose edges Step would surely turn away is passed over without its call
                // (about 1,100 of the 1,640 listed on bulk200, at ~250 instructions a Step).
                if (!knowledge.MayStepAt(state.S, tokens, i)) continue;
            }
            else
            {
                var token = tokens[i];
                if ((token.Marks & TokenMarks.MayStartTreaty) == 0 && !(token.Kind == TokenKind.Word && (learned || token.Length == headLength))) continue;
            }
            i = Step(state, tokens, i, block);
            (learned, headLength) = Defined(state);
        }
    }

    /// <summary>Whether the article defined acronyms, and the length a word needs to be the head of the treaty in scope (-1: none).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static (bool Learned, int HeadLength) Defined(State state) =>
        (state.Learned.Count > 0, state.InScope is { Head.Length: > 2 and var length } ? length : -1);

    private static Treaty TreatyOf(Found f)
    {
        var acronym = f.Acronym ?? (f.Entry.Acronyms.Count > 0 ? f.Entry.Acronyms[0] : null);
        var aliases = new List<string>();
        HashSet<string>? seen = null;
        foreach (var m in f.Mentions)
        {
            if (!string.Equals(m.Text, f.Entry.Name, StringComparison.OrdinalIgnoreCase)
                && m.Text != acronym
                && (seen ??= new(StringComparer.Ordinal)).Add(m.Text))
            {
                aliases.Add(m.Text);
            }
        }
        return new Treaty
        {
            Id = f.Entry.Id,
            Name = f.Entry.Name,
            Acronym = acronym,
            Kind = f.Entry.Kind,
            Aliases = aliases.ToEquatableArray(),
            Mentions = f.Mentions.ToEquatableArray(),
            Articles = f.Articles.ToEquatableArray(),
        };
    }

    /// <summary>Reads what starts at token <paramref name="i"/>; returns the last token it used.</summary>
    private static int Step(State st, List<Token> tokens, int i, Block block)
    {
        var s = st.S;
        var k = st.Ctx.Knowledge;
        var token = tokens[i];
        if (token.Kind == TokenKind.Word && st.Learned.Count > 0 && st.Learned.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(s.AsSpan(token.Start, token.Length), out var learned))
        {
            Mentioned(st, learned, tokens, i, i + 1);
            return i;
        }
        // The word's shape, made once for the two filters below (the screen made it too, but does not keep it).
        bool word = token.Kind == TokenKind.Word;
        var key = word ? ShapeFilter.KeyOf(s, token.Start, token.Length) : default;
        if ((!word || k.TreatyKnowledge.MayStartName(s, tokens, i, key)) && k.Treaties.TryMatch(s, tokens, i, tokens.Count, out var entry, out int end))
        {
            // "Comprehensive Nuclear-Test-Ban Treaty Organization" is a body, not the treaty.
            if (k.Gazetteer.TryMatch(s, tokens, i, tokens.Count, out _, out int orgEnd) && orgEnd > end) return orgEnd - 1;
            if (end < tokens.Count && IsWord(s, tokens[end], "Organization", "Organisation")) return end;
            // An all-capitals headline makes every word look like an acronym ("TALKS TO START"). Asked only here: the
            // block's characters are read for the rare catalog name found, not for every block.
            if (end - i <= 2 && IsShouting(s, block.Start, block.End)) return end - 1;
            if (end - i == 1 && k.TreatyKnowledge.SharedAcronyms.TryGetValue(s.Substring(token.Start, token.Length), out var candidates))
            {
                entry = Resolve(st, candidates, s.Substring(token.Start, token.Length));
            }
            // "make a new start": words in lower case that spell the treaty's acronym are no mention of it.
            if (SpellsAcronymInLowerCase(s, token.Start, tokens[end - 1].End, entry)) return end - 1;
            var found = st.Add(entry);
            Mentioned(st, found, tokens, i, end);
            // "New Strategic Arms Reduction Treaty (START)": the acronym in brackets is this treaty's in this
            // article, even when the catalog gives it to another.
            if (end + 2 < tokens.Count && IsPunct(s, tokens[end], '(') && IsPunct(s, tokens[end + 2], ')') && Chars.IsAllCaps(s, tokens[end + 1]))
            {
                st.Learned.TryAdd(s.Substring(tokens[end + 1].Start, tokens[end + 1].Length), found);
                Mentioned(st, found, tokens, end + 1, end + 2);
                return end + 2;
            }
            return end - 1;
        }
        if (k.TreatyKnowledge.IsArticleWord(s, token, key) && i + 1 < tokens.Count && TryArticleNumber(s, tokens[i + 1], out int number))
        {
            return ArticleReference(st, tokens, i, number);
        }
        // Most words get here as the start of a name ("new", "first", "United"): a noun phrase needs a head noun or the
        // head of the treaty in scope at this word, which TryDescription asks first, behind a frame its long reading needs.
        if (!word || !(k.TreatyKnowledge.Nouns.FirstShapes.MayContain(key) || st.InScope is { } scope && IsHead(scope, s.AsSpan(token.Start, token.Length)))) return i;
        return TryDescription(st, tokens, i);
    }

    private static bool SpellsAcronymInLowerCase(string s, int start, int end, TreatyEntry entry)
    {
        var text = s.AsSpan(start, end - start);
        foreach (var c in text)
        {
            if (char.IsUpper(c)) return false;
        }
        foreach (var acronym in entry.Acronyms)
        {
            if (text.Contains(acronym, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>
    /// A treaty the article described before naming it ("the Tlatelolco Treaty", then "the Treaty of Tlatelolco") is
    /// the catalog's: when every proper word of the description stands in one of the catalog entry's names, the
    /// description's mentions join the entry's. The catalog treaties an article names are few (at most the catalog).
    /// </summary>
    private static void MergeDescribedIntoCatalog(State st)
    {
        List<Found>? catalog = null;
        foreach (var f in st.Found)
        {
            if (!f.Described) (catalog ??= []).Add(f);
        }
        if (catalog is null) return;
        HashSet<Found>? merged = null;
        HashSet<Found>? grown = null;
        // One list of word ranges for every described name: an article may describe tens of thousands of treaties.
        var words = new List<(int Start, int Length)>();
        for (int a = st.Found.Count - 1; a >= 0; a--)
        {
            var described = st.Found[a];
            if (!described.Described) continue;
            var name = described.Entry.Name;
            ProperWords(name, st.Ctx.Knowledge.Knowledge.TreatyNouns, words);
            if (words.Count == 0) continue;
            foreach (var f in catalog)
            {
                st.Steps++;
                if (!NamesAll(f.Entry, name, words)) continue;
                f.Mentions.AddRange(described.Mentions);
                (grown ??= []).Add(f);
                (merged ??= []).Add(described);
                break;
            }
        }
        if (merged is null) return;
        // Removed and sorted once at the end, not per merge: an article may describe a catalog treaty many times.
        st.Found.RemoveAll(merged.Contains);
        foreach (var f in grown!)
        {
            var ordered = f.Mentions.OrderBy(static m => m.Span.Start).ToList();
            f.Mentions.Clear();
            f.Mentions.AddRange(ordered);
        }
    }

    /// <summary>
    /// Fills <paramref name="words"/> with where the capitalised words of <paramref name="name"/> that are not a treaty
    /// noun stand ("Tlatelolco" in "Tlatelolco Treaty"); words are separated by spaces and hyphens.
    /// </summary>
    private static void ProperWords(string name, EquatableArray<TreatyNounEntry> nouns, List<(int Start, int Length)> words)
    {
        words.Clear();
        for (int i = 0; i < name.Length;)
        {
            if (name[i] is ' ' or '-')
            {
                i++;
                continue;
            }
            int start = i;
            while (i < name.Length && name[i] is not (' ' or '-')) i++;
            var word = name.AsSpan(start, i - start);
            if (!char.IsUpper(word[0]) || IsTreatyNoun(word, nouns)) continue;
            words.Add((start, i - start));
        }
    }

    private static bool IsTreatyNoun(ReadOnlySpan<char> word, EquatableArray<TreatyNounEntry> nouns)
    {
        foreach (var n in nouns)
        {
            if (word.Equals(n.Noun, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>True when the name or an alias of <paramref name="entry"/> holds every word of <paramref name="source"/> at <paramref name="words"/>.</summary>
    private static bool NamesAll(TreatyEntry entry, string source, List<(int Start, int Length)> words)
    {
        if (ContainsAllWords(entry.Name, source, words)) return true;
        foreach (var alias in entry.Aliases)
        {
            if (ContainsAllWords(alias, source, words)) return true;
        }
        return false;
    }

    private static bool ContainsAllWords(string name, string source, List<(int Start, int Length)> words)
    {
        foreach (var (start, length) in words)
        {
            if (!Occurs(name, source.AsSpan(start, length))) return false;
        }
        return true;
    }

    /// <summary>True when <see cref="Occurrences"/> of <paramref name="phrase"/> in <paramref name="s"/> would be more than 0, without a string for the phrase.</summary>
    private static bool Occurs(string s, ReadOnlySpan<char> phrase)
    {
        for (int at = IndexOf(s, phrase, 0); at >= 0; at = IndexOf(s, phrase, at + phrase.Length))
        {
            bool startOk = at == 0 || !char.IsLetterOrDigit(s[at - 1]);
            int after = at + phrase.Length;
            bool endOk = after >= s.Length || !char.IsLetterOrDigit(s[after]);
            if (startOk && endOk) return true;
        }
        return false;

        static int IndexOf(string s, ReadOnlySpan<char> phrase, int from)
        {
            int found = s.AsSpan(from).IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            return found < 0 ? -1 : from + found;
        }
    }

    private static void Mentioned(State st, Found f, List<Token> tokens, int start, int end) =>
        Mentioned(st, f, MentionOf(st.S, tokens, start, end), end);

    /// <summary>Adds <paramref name="mention"/>, whose last token is the one before <paramref name="end"/>, to <paramref name="f"/>, and puts <paramref name="f"/> in scope.</summary>
    private static void Mentioned(State st, Found f, Mention mention, int end)
    {
        f.Mentions.Add(mention);
        st.InScope = f;
        st.Last = f;
        st.LastEnd = end - 1;
    }

    /// <summary>
    /// Picks the entry a shared acronym stands for: one the article already names, else the one whose other names
    /// and context words the article uses most, else the first in the catalog.
    /// </summary>
    private static TreatyEntry Resolve(State st, List<TreatyEntry> candidates, string acronym)
    {
        Found? named = null;
        foreach (var candidate in candidates)
        {
            st.Steps++;
            if (st.ById.TryGetValue(candidate.Id, out var f) && f.Entry == candidate && (named is null || f.Position < named.Position)) named = f;
        }
        if (named is not null) return named.Entry;
        if (st.Resolved.TryGetValue(acronym, out var resolved)) return resolved;
        TreatyEntry best = candidates[0];
        int bestScore = 0;
        foreach (var candidate in candidates)
        {
            int score = Occurrences(st.S, candidate.Name);
            foreach (var alias in candidate.Aliases) score += Occurrences(st.S, alias);
            foreach (var word in candidate.Context) score += Occurrences(st.S, word);
            if (score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }
        st.Resolved[acronym] = best;
        return best;
    }

    /// <summary>How often <paramref name="phrase"/> stands in <paramref name="s"/> as whole words, ignoring case.</summary>
    private static int Occurrences(string s, string phrase)
    {
        int count = 0;
        for (int at = s.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0; at = s.IndexOf(phrase, at + phrase.Length, StringComparison.OrdinalIgnoreCase))
        {
            bool startOk = at == 0 || !char.IsLetterOrDigit(s[at - 1]);
            int after = at + phrase.Length;
            bool endOk = after >= s.Length || !char.IsLetterOrDigit(s[after]);
            if (startOk && endOk) count++;
        }
        return count;
    }

    /// <summary>True when a block has letters but no lower-case ones: an all-capitals headline.</summary>
    private static bool IsShouting(string s, int start, int end)
    {
        int upper = 0;
        for (int i = start; i < end; i++)
        {
            char c = s[i];
            if (char.IsLower(c)) return false;
            if (char.IsUpper(c)) upper++;
        }
        return upper >= 8;
    }

    private static string Phrase(string s, List<Token> tokens, int start, int end) =>
        Chars.Collapse(s.AsSpan(tokens[start].Start, tokens[end - 1].End - tokens[start].Start));

    /// <summary>An id made from the words of a described treaty: "investment-protection-agreement".</summary>
    private static string IdOf(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().TrimEnd('-');
    }

    private static bool IsPunct(string s, Token t, char c) => t.Kind == TokenKind.Punct && s[t.Start] == c;

    private static bool IsWord(string s, Token t, params ReadOnlySpan<string> words)
    {
        if (t.Kind != TokenKind.Word) return false;
        var w = s.AsSpan(t.Start, t.Length);
        foreach (var word in words)
        {
            if (w.SequenceEqual(word)) return true;
        }
        return false;
    }

    private static Mention MentionOf(string s, List<Token> tokens, int start, int end)
    {
        var span = TextSpan.FromBounds(tokens[start].Start, tokens[end - 1].End);
        return new Mention(Chars.Collapse(s.AsSpan(span.Start, span.Length)), span);
    }
}
