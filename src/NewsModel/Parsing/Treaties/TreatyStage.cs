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
internal static class TreatyStage
{
    // Grammar, not knowledge: the closed classes of English that frame a noun phrase.
    private static readonly WordSet SpecificDeterminers = new("the", "a", "an", "this", "its", "their", "his", "her", "our", "your", "my", "whose");
    private static readonly WordSet IndefiniteDeterminers = new("a", "an");
    private static readonly WordSet NonSpecificDeterminers = new("any", "such", "no", "every", "each", "another", "either", "neither", "what", "which", "some", "all");

    /// <summary>Words that end a noun phrase read backwards from its head: prepositions, conjunctions, auxiliaries.</summary>
    private static readonly WordSet Barriers = new(
        "of", "on", "in", "to", "and", "or", "but", "with", "for", "by", "at", "from", "under", "into", "over", "about",
        "as", "than", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "should", "could",
        "can", "may", "might", "must", "not", "said", "says", "that", "which", "who", "whom", "it", "they", "he", "she",
        "we", "i", "you", "there", "here", "if", "when", "while", "because", "so", "do", "does", "did", "toward", "towards",
        "against", "without", "within", "upon", "via", "after", "before", "through", "across", "per", "like", "cannot",
        "me", "him", "them", "us");

    /// <summary>Adjectives that say which or how good an instrument is, not what it is about.</summary>
    private static readonly WordSet Vague = new(
        "new", "next", "last", "first", "final", "previous", "current", "same", "other", "only", "remaining", "existing",
        "old", "latest", "further", "separate", "whole", "entire", "proposed", "draft", "possible", "actual", "original",
        "present", "relevant", "respective", "binding", "nonbinding", "non", "legally", "historic", "landmark",
        "controversial", "key", "major", "important", "crucial", "so", "called", "famous", "earlier", "later", "future",
        "initial", "interim", "formal", "informal", "signed", "operative", "valid", "full", "broad", "second", "third",
        "one", "two", "three", "preliminary", "tentative", "easy", "similar", "unanimous", "eventual");

    /// <summary>Adjectives that point to another instrument than the one in scope: "the next agreement", "a new pact".</summary>
    private static readonly WordSet Another = new("new", "next", "previous", "other", "first", "second", "last", "earlier", "later", "future", "separate", "different", "old", "former");

    /// <summary>Words that start the complement of a treaty noun ("agreement on …", "treaty between …").</summary>
    private static readonly WordSet ComplementStarts = new("on", "between");

    /// <summary>Words that end a complement: clause words and times that say when, not what.</summary>
    private static readonly WordSet ComplementEnds = new(
        "at", "as", "that", "which", "who", "was", "were", "is", "are", "will", "would", "should", "could", "can", "may", "might",
        "must", "has", "have", "had", "be", "been", "said", "says", "signed", "reached", "concluded", "today",
        "yesterday", "tomorrow", "last", "next", "this", "earlier", "later", "ago", "but", "because", "if", "when",
        "while", "after", "before", "since", "until", "during", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday");

    private static readonly WordSet TrailingFunctionWords = new("and", "of", "the", "to", "in", "a", "an", "for", "on", "between", "with");

    private const int MaxModifiers = 5;
    private const int MaxComplement = 10;

    private sealed class Found(TreatyEntry entry, bool described, string head)
    {
        public TreatyEntry Entry { get; } = entry;
        /// <summary>The noun that heads its name ("Treaty", "agreement"): "the draft declaration" can stand for "a joint declaration".</summary>
        public string Head { get; } = head;
        /// <summary>True for a treaty found by description, with no catalog entry.</summary>
        public bool Described { get; } = described;
        public string? Acronym { get; set; }
        public List<Mention> Mentions { get; } = [];
        public List<TreatyArticleReference> Articles { get; } = [];
    }

    /// <summary>What the stage knows while it reads one article; one per thread, reset for each article.</summary>
    private sealed class State : IParseScratch
    {
        public ParseContext Ctx { get; private set; } = null!;
        public string S { get; private set; } = "";
        public List<Found> Found { get; } = [];
        public Found? InScope { get; set; }
        /// <summary>The treaty named last in this block and the token its name ends at, for appositions.</summary>
        public Found? Last { get; set; }
        public int LastEnd { get; set; } = -1;
        /// <summary>Acronyms the article defines for treaties it names by description ("… Partnership (CSP)").</summary>
        public Dictionary<string, Found> Learned { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, TreatyEntry> Resolved { get; } = new(StringComparer.Ordinal);

        public void Start(ParseContext ctx)
        {
            End();
            Ctx = ctx;
            S = ctx.Source;
        }

        /// <summary>Forgets the article, so a thread's state does not keep it alive after its parse.</summary>
        public void End()
        {
            Ctx = null!;
            S = "";
            Found.Clear();
            InScope = null;
            Last = null;
            LastEnd = -1;
            Learned.Clear();
            Resolved.Clear();
        }

        public bool Release()
        {
            End();
            return true;
        }

        public Found Add(TreatyEntry entry, string? head = null)
        {
            foreach (var f in Found)
            {
                if (f.Entry.Id == entry.Id) return f;
            }
            var added = new Found(entry, head is not null, head ?? HeadOf(entry.Name, Ctx.Knowledge.Knowledge.TreatyNouns));
            Found.Add(added);
            return added;
        }
    }

    public static void Run(ParseContext ctx)
    {
        var state = ctx.Scratch.Get<State>();
        state.Start(ctx);
        try
        {
            if (ctx.Headline is { } headline) Read(state, headline);
            if (ctx.Lead is { } lead) Read(state, lead);
            foreach (var block in ctx.Body) Read(state, block);
            foreach (var f in state.Found) ctx.Treaties.Add(TreatyOf(f));
        }
        finally
        {
            state.End();
        }
    }

    /// <summary>Reads one block (the headline, the lead, then the body, as <see cref="ParseContext.Blocks"/> orders them).</summary>
    private static void Read(State state, Block block)
    {
        var s = state.S;
        // The attribution stage tokenized and screened the block already; share its tokens.
        var tokens = Tokenizer.Of(state.Ctx, block);
        state.Last = null;
        state.LastEnd = -1;
        bool shouting = IsShouting(s, block.Start, block.End);
        // Step also reads words the article itself defines: its acronyms, and the head of the treaty in scope
        // (which IsHead compares only at an equal length of three or more). Both change only in Step.
        var (learned, headLength) = Defined(state);
        // Nearly every token starts nothing: the screen listed the few that may, and while the article has defined
        // no words of its own the stage steps from one listed token to the next without looking at the others.
        var marked = ParseContext.MarkedIn(state.Ctx.TreatyMarked, block.TreatyMarked);
        int next = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!learned && headLength < 0)
            {
                while (next < marked.Length && marked[next] < i) next++;
                if (next == marked.Length) break;
                i = marked[next];
            }
            else
            {
                var token = tokens[i];
                if ((token.Marks & TokenMarks.MayStartTreaty) == 0 && !(token.Kind == TokenKind.Word && (learned || token.Length == headLength))) continue;
            }
            i = Step(state, tokens, i, shouting);
            (learned, headLength) = Defined(state);
        }
    }

    /// <summary>Whether the article defined acronyms, and the length a word needs to be the head of the treaty in scope (-1: none).</summary>
    private static (bool Learned, int HeadLength) Defined(State state) =>
        (state.Learned.Count > 0, state.InScope is { Head.Length: > 2 and var length } ? length : -1);

    private static Treaty TreatyOf(Found f)
    {
        var acronym = f.Acronym ?? (f.Entry.Acronyms.Count > 0 ? f.Entry.Acronyms[0] : null);
        var aliases = new List<string>();
        foreach (var m in f.Mentions)
        {
            if (!string.Equals(m.Text, f.Entry.Name, StringComparison.OrdinalIgnoreCase)
                && m.Text != acronym
                && !aliases.Contains(m.Text, StringComparer.Ordinal))
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
    private static int Step(State st, List<Token> tokens, int i, bool shouting)
    {
        var s = st.S;
        var k = st.Ctx.Knowledge;
        var token = tokens[i];
        if (token.Kind == TokenKind.Word && st.Learned.Count > 0 && st.Learned.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(s.AsSpan(token.Start, token.Length), out var learned))
        {
            Mentioned(st, learned, tokens, i, i + 1);
            return i;
        }
        if (k.Treaties.TryMatch(s, tokens, i, tokens.Count, out var entry, out int end))
        {
            // "Comprehensive Nuclear-Test-Ban Treaty Organization" is a body, not the treaty.
            if (k.Gazetteer.TryMatch(s, tokens, i, tokens.Count, out _, out int orgEnd) && orgEnd > end) return orgEnd - 1;
            if (end < tokens.Count && IsWord(s, tokens[end], "Organization", "Organisation")) return end;
            // An all-capitals headline makes every word look like an acronym ("TALKS TO START").
            if (shouting && end - i <= 2) return end - 1;
            if (end - i == 1 && k.TreatyKnowledge.SharedAcronyms.TryGetValue(s.Substring(token.Start, token.Length), out var candidates))
            {
                entry = Resolve(st, candidates, s.Substring(token.Start, token.Length));
            }
            Mentioned(st, st.Add(entry), tokens, i, end);
            return end - 1;
        }
        if (IsWord(s, token, "Article") && i + 1 < tokens.Count && TryArticleNumber(s, tokens[i + 1], out int number))
        {
            return ArticleReference(st, tokens, i, number);
        }
        return TryDescription(st, tokens, i);
    }

    private static void Mentioned(State st, Found f, List<Token> tokens, int start, int end)
    {
        f.Mentions.Add(MentionOf(st.S, tokens, start, end));
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
        foreach (var f in st.Found)
        {
            if (candidates.Contains(f.Entry)) return f.Entry;
        }
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

    private static int ArticleReference(State st, List<Token> tokens, int i, int number)
    {
        var s = st.S;
        var k = st.Ctx.Knowledge;
        int refEnd = i + 2;
        int? paragraph = null;
        int refStart = i;
        if (i >= 3 && IsWord(s, tokens[i - 1], "of") && tokens[i - 2].Kind == TokenKind.Number && IsWord(s, tokens[i - 3], "paragraph", "Paragraph")
            && int.TryParse(s.AsSpan(tokens[i - 2].Start, tokens[i - 2].Length), NumberStyles.None, CultureInfo.InvariantCulture, out int p) && p is > 0 and < 1000)
        {
            paragraph = p;
            refStart = i - 3;
        }
        var target = st.InScope;
        // "Article 14 of the Treaty" / "Article VI of the NPT"
        if (refEnd + 1 < tokens.Count && IsWord(s, tokens[refEnd], "of"))
        {
            int q = refEnd + 1;
            if (k.Treaties.TryMatch(s, tokens, q, tokens.Count, out var named, out int namedEnd)
                || (IsWord(s, tokens[q], "the") && q + 1 < tokens.Count && k.Treaties.TryMatch(s, tokens, q + 1, tokens.Count, out named, out namedEnd)))
            {
                target = st.Add(named);
                target.Mentions.Add(MentionOf(s, tokens, IsWord(s, tokens[q], "the") ? q + 1 : q, namedEnd));
                refEnd = namedEnd;
            }
            else if (IsWord(s, tokens[q], "the") && q + 1 < tokens.Count && st.InScope is { } scope && IsAnaphoraNoun(st, tokens[q + 1], scope))
            {
                scope.Mentions.Add(MentionOf(s, tokens, q, q + 2));
                refEnd = q + 2;
            }
        }
        if (target is not null)
        {
            target.Articles.Add(new TreatyArticleReference
            {
                Article = number,
                Paragraph = paragraph,
                Text = s[tokens[refStart].Start..tokens[refEnd - 1].End],
                Span = TextSpan.FromBounds(tokens[refStart].Start, tokens[refEnd - 1].End),
            });
            st.InScope = target;
        }
        return refEnd - 1;
    }

    /// <summary>
    /// A noun phrase headed by a treaty noun: anaphora of the treaty in scope ("the Treaty", "the nonbinding pact"),
    /// an apposition to the treaty just named ("the ABM treaty, the only arms control agreement left"), or a treaty
    /// named by its description ("an investment protection agreement", "the treaty on … between Russia and Iran").
    /// </summary>
    private static int TryDescription(State st, List<Token> tokens, int i)
    {
        var s = st.S;
        var token = tokens[i];
        if (token.Kind != TokenKind.Word) return i;
        TreatyNounEntry? noun = null;
        int headEnd = i + 1;
        if (st.Ctx.Knowledge.TreatyKnowledge.Nouns.TryMatch(s, tokens, i, tokens.Count, out var matched, out int nounEnd))
        {
            if (matched.Uses.HasFlag(TreatyNounUses.Excluded)) return nounEnd - 1;
            noun = matched;
            headEnd = nounEnd;
        }
        else if (st.InScope is not { } scope || !IsHead(scope, s.AsSpan(token.Start, token.Length)))
        {
            return i;
        }
        // "the Treaty Organization" is the body, not the treaty.
        if (headEnd < tokens.Count && IsWord(s, tokens[headEnd], "Organization", "Organisation")) return headEnd;
        // A plural or possessive-plural head ("agreements") is a different token and never gets here.
        int determiner = FindDeterminer(s, tokens, i, out int modifiersStart);
        if (determiner < 0) return headEnd - 1;
        var det = s.AsSpan(tokens[determiner].Start, tokens[determiner].Length);
        if (NonSpecificDeterminers.Contains(det)) return headEnd - 1;
        if (!SpecificDeterminers.Contains(det)) return headEnd - 1;

        int firstContent = -1;
        for (int m = modifiersStart; m < i; m++)
        {
            var t = tokens[m];
            if (t.Kind == TokenKind.Punct) continue;
            // A year or a month says when, not what: "the 1986 agreement" is no name.
            if (t.Kind == TokenKind.Number) continue;
            if (t.Kind == TokenKind.Word && (Vague.Contains(s.AsSpan(t.Start, t.Length)) || Months.Parse(s.AsSpan(t.Start, t.Length)) != 0)) continue;
            firstContent = m;
            break;
        }
        int end = headEnd;
        if (noun is { } n && n.Uses.HasFlag(TreatyNounUses.Complement)) end = ReadComplement(s, tokens, headEnd);
        bool complement = end > headEnd;

        // Apposition: ", the … agreement" right after a treaty's name renames it.
        if (st.Last is { } last && st.LastEnd == determiner - 2 && determiner >= 1 && IsPunct(s, tokens[determiner - 1], ','))
        {
            Mentioned(st, last, tokens, determiner, end);
            return end - 1;
        }
        bool definite = !IndefiniteDeterminers.Contains(det);
        int nameStart = firstContent >= 0 ? firstContent : i;
        string core = Phrase(s, tokens, nameStart, headEnd);
        if (definite && !complement && st.InScope is { } inScope)
        {
            // "the grains agreement" after "their bilateral grains agreement"; "the Treaty", "the pact".
            var same = firstContent >= 0 ? FindByWords(st, core) : null;
            if (same is not null)
            {
                Mentioned(st, same, tokens, determiner, headEnd);
                return headEnd - 1;
            }
            if (firstContent < 0 && !HasWordOf(s, tokens, modifiersStart, i, Another) && IsAnaphoraNoun(st, token, inScope, noun))
            {
                Mentioned(st, inScope, tokens, determiner, headEnd);
                return headEnd - 1;
            }
        }
        if (noun is not { } head) return headEnd - 1;
        bool described = complement
            || (firstContent >= 0 && head.Uses.HasFlag(TreatyNounUses.Modified))
            || head.Uses.HasFlag(TreatyNounUses.Alone);
        if (!described) return headEnd - 1;
        string name = Phrase(s, tokens, nameStart, end);
        var found = FindByWords(st, name) ?? st.Add(new TreatyEntry { Id = IdOf(name), Name = name, Kind = head.Kind }, LastWord(head.Noun));
        Mentioned(st, found, tokens, nameStart, end);
        // "… Partnership (CSP)": the article defines an acronym for it.
        if (end + 2 < tokens.Count && IsPunct(s, tokens[end], '(') && IsPunct(s, tokens[end + 2], ')') && Chars.IsAllCaps(s, tokens[end + 1]) && found.Described)
        {
            var acronym = s.Substring(tokens[end + 1].Start, tokens[end + 1].Length);
            found.Acronym ??= acronym;
            st.Learned.TryAdd(acronym, found);
            Mentioned(st, found, tokens, end + 1, end + 2);
            return end + 2;
        }
        return end - 1;
    }

    /// <summary>
    /// Reads back from the head over up to <see cref="MaxModifiers"/> describing words (words, numbers, hyphenated
    /// and dotted compounds such as "U.S.-Soviet") to a determiner; its token index, or -1 when none stands there.
    /// </summary>
    private static int FindDeterminer(string s, List<Token> tokens, int head, out int modifiersStart)
    {
        modifiersStart = head;
        int words = 0;
        for (int j = head - 1; j >= 0 && words <= MaxModifiers; j--)
        {
            var t = tokens[j];
            var text = s.AsSpan(t.Start, t.Length);
            if (t.Kind == TokenKind.Word)
            {
                if (SpecificDeterminers.Contains(text) || NonSpecificDeterminers.Contains(text)) return j;
                if (Barriers.Contains(text)) return -1;
                modifiersStart = j;
                words++;
                continue;
            }
            if (t.Kind == TokenKind.Number)
            {
                modifiersStart = j;
                words++;
                continue;
            }
            // A hyphen joins words only when it touches both ("U.S.-Soviet"); " - " is a dash.
            bool joins = (Chars.IsHyphen(text[0]) && j > 0 && tokens[j - 1].End == t.Start && t.End == tokens[j + 1].Start)
                || (text[0] == '.' && j > 0 && tokens[j - 1].Kind == TokenKind.Word && tokens[j - 1].Length == 1);
            if (!joins) return -1;
            modifiersStart = j;
        }
        return -1;
    }

    /// <summary>The token after an "on …" / "between …" complement, or <paramref name="headEnd"/> when none follows.</summary>
    private static int ReadComplement(string s, List<Token> tokens, int headEnd)
    {
        if (headEnd + 1 >= tokens.Count || tokens[headEnd].Kind != TokenKind.Word) return headEnd;
        if (!ComplementStarts.Contains(s.AsSpan(tokens[headEnd].Start, tokens[headEnd].Length))) return headEnd;
        // A capitalised head is a proper name ("European Convention on Human Rights"): its complement runs over
        // capitalised words and the small words between them only.
        bool properName = char.IsUpper(s[tokens[headEnd - 1].Start]);
        int end = headEnd + 1;
        int words = 0;
        while (end < tokens.Count && end - headEnd <= MaxComplement)
        {
            var t = tokens[end];
            var text = s.AsSpan(t.Start, t.Length);
            if (t.Kind == TokenKind.Punct)
            {
                bool inWord = Chars.IsHyphen(text[0]) || Chars.IsApostrophe(text[0]) || (text[0] == '.' && tokens[end - 1].Kind == TokenKind.Word && tokens[end - 1].Length == 1 && char.IsUpper(s[tokens[end - 1].Start]));
                if (!inWord) break;
            }
            else if (t.Kind == TokenKind.Word && ComplementEnds.Contains(text))
            {
                break;
            }
            else if (t.Kind == TokenKind.Word && IsWord(s, t, "with") && !(end + 1 < tokens.Count && Chars.IsCapitalized(s, tokens[end + 1])))
            {
                break;
            }
            else if (properName && t.Kind == TokenKind.Word && !char.IsUpper(text[0]) && !TrailingFunctionWords.Contains(text))
            {
                break;
            }
            else
            {
                words++;
            }
            end++;
        }
        while (end > headEnd + 1 && (tokens[end - 1].Kind == TokenKind.Punct && !IsAbbreviationDot(s, tokens, end - 1) || TrailingFunctionWords.Contains(s.AsSpan(tokens[end - 1].Start, tokens[end - 1].Length))))
        {
            end--;
        }
        return words > 0 && end > headEnd + 1 ? end : headEnd;
    }

    private static bool HasWordOf(string s, List<Token> tokens, int start, int end, WordSet words)
    {
        for (int m = start; m < end; m++)
        {
            if (tokens[m].Kind == TokenKind.Word && words.Contains(s.AsSpan(tokens[m].Start, tokens[m].Length))) return true;
        }
        return false;
    }

    private static bool IsAbbreviationDot(string s, List<Token> tokens, int index) =>
        s[tokens[index].Start] == '.' && index > 0 && tokens[index - 1].Kind == TokenKind.Word && tokens[index - 1].Length == 1;

    private static Found? FindByWords(State st, string phrase)
    {
        foreach (var f in st.Found)
        {
            if (!f.Described) continue;
            if (f.Entry.Name.Contains(phrase, StringComparison.OrdinalIgnoreCase) || phrase.Contains(f.Entry.Name, StringComparison.OrdinalIgnoreCase)) return f;
        }
        return null;
    }

    private static bool IsAnaphoraNoun(State st, Token t, Found scope, TreatyNounEntry? noun = null)
    {
        var s = st.S;
        if (t.Kind != TokenKind.Word) return false;
        var word = s.AsSpan(t.Start, t.Length);
        if (noun is null && !st.Ctx.Knowledge.TreatyKnowledge.Nouns.TryMatchWord(s, t, out noun))
        {
            return IsHead(scope, word);
        }
        if (!noun.Uses.HasFlag(TreatyNounUses.Anaphora)) return IsHead(scope, word);
        // "the agreement" does not stand for a treaty whose name says Convention; "treaty" and "pact" fit any treaty.
        if (word.Equals("treaty", StringComparison.OrdinalIgnoreCase) || word.Equals("pact", StringComparison.OrdinalIgnoreCase)) return scope.Entry.Kind == TreatyKind.Treaty;
        return scope.Entry.Name.Contains(noun.Noun, StringComparison.OrdinalIgnoreCase)
            || (scope.Entry.Kind == TreatyKind.PoliticalAgreement && word.Equals("accord", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsHead(Found f, ReadOnlySpan<char> word) => word.Length > 2 && word.Equals(f.Head, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The last word of a catalog name that is a treaty noun, singular or plural ("Agreement" in "General Agreement on
    /// Tariffs and Trade", "Conventions" in "Geneva Conventions"); empty when the name has none ("Plan of Action").
    /// </summary>
    private static string HeadOf(string name, EquatableArray<TreatyNounEntry> nouns)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int w = words.Length - 1; w >= 0; w--)
        {
            var word = words[w].AsSpan().TrimEnd(",.;:");
            foreach (var noun in nouns)
            {
                if (noun.Uses.HasFlag(TreatyNounUses.Excluded) || !noun.Uses.HasFlag(TreatyNounUses.Anaphora)) continue;
                var last = LastWord(noun.Noun);
                if (word.Equals(last, StringComparison.OrdinalIgnoreCase)
                    || (word.Length == last.Length + 1 && word.StartsWith(last, StringComparison.OrdinalIgnoreCase) && word[^1] is 's' or 'S'))
                {
                    return word.ToString();
                }
            }
        }
        return "";
    }

    private static string LastWord(string name)
    {
        int end = name.Length;
        while (end > 0 && !char.IsLetterOrDigit(name[end - 1])) end--;
        int start = end;
        while (start > 0 && char.IsLetterOrDigit(name[start - 1])) start--;
        return name[start..end];
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

    private static bool TryArticleNumber(string s, Token t, out int number)
    {
        number = 0;
        var text = s.AsSpan(t.Start, t.Length);
        if (t.Kind == TokenKind.Number) return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number is > 0 and < 1000;
        if (t.Kind != TokenKind.Word || text.Length > 8) return false;
        number = Roman(text);
        return number > 0;
    }

    /// <summary>The value of an upper-case Roman numeral, or 0 when it is not one.</summary>
    internal static int Roman(ReadOnlySpan<char> text)
    {
        int total = 0, previous = 0;
        for (int i = text.Length - 1; i >= 0; i--)
        {
            int v = text[i] switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000, _ => 0 };
            if (v == 0) return 0;
            total += v < previous ? -v : v;
            previous = Math.Max(previous, v);
        }
        return total;
    }

}
