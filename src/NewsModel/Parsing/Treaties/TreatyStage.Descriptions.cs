using System.Globalization;
using System.Text;
using NewsModel.Knowledge;
using NewsModel.Model;
using NewsModel.Parsing.Layout;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Treaties;

/// <summary>Treaties named by description, anaphora and appositions: noun phrases headed by a treaty noun.</summary>
internal static partial class TreatyStage
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

    /// <summary>
    /// Words that say what field an instrument belongs to but not which one it is: "the arms control treaty", "a
    /// bilateral agreement", "the multilateral nuclear disarmament treaty" name no treaty of their own.
    /// </summary>
    private static readonly WordSet Generic = new(
        "arms", "control", "nuclear", "disarmament", "nonproliferation", "proliferation", "international", "bilateral",
        "multilateral", "trilateral", "interstate", "intergovernmental", "global", "regional", "military", "security",
        "defense", "defence", "peace", "trade", "economic", "quality", "comprehensive", "strategic", "legal", "political",
        "weapons", "missile", "missiles", "ambitious", "improved", "better", "good", "fair", "major", "big", "most", "more", "very", "less", "least",
        "important", "only", "remaining", "sole", "last", "main", "fundamental", "basic", "key", "mutual", "treaty");

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


    /// <summary>
    /// A noun phrase headed by a treaty noun: anaphora of the treaty in scope ("the Treaty", "the nonbinding pact"),
    /// an apposition to the treaty just named ("the ABM treaty, the only arms control agreement left"), or a treaty
    /// named by its description ("an investment protection agreement", "the treaty on … between Russia and Iran").
    /// </summary>
    /// <remarks>
    /// The head nouns' first words are a few dozen, and their filter of shapes turns away nearly every token the
    /// screen marked for the catalog's names ("new", "U", "first", "United"), whose lookup
    /// in the nouns' table cost about 320 instructions (1,633 asks over bulk200, 6 found a noun).
    /// </remarks>
    private static int TryDescription(State st, List<Token> tokens, int i)
    {
        var s = st.S;
        var token = tokens[i];
        if (token.Kind != TokenKind.Word) return i;
        TreatyNounEntry? noun = null;
        int headEnd = i + 1;
        var nouns = st.Ctx.Knowledge.TreatyKnowledge.Nouns;
        if (nouns.FirstShapes.MayContain(s, token.Start, token.Length) && nouns.TryMatch(s, tokens, i, tokens.Count, out var matched, out int nounEnd))
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
        // "the New START arms treaty", "the CFE pact": the catalog name just read stands among the modifiers.
        if (st.Last is { Described: false } named && st.LastEnd >= modifiersStart && st.LastEnd < i)
        {
            Mentioned(st, named, tokens, modifiersStart, end);
            return end - 1;
        }
        bool definite = !IndefiniteDeterminers.Contains(det);
        int nameStart = firstContent >= 0 ? firstContent : i;
        string core = Phrase(s, tokens, nameStart, headEnd);
        // Words that say what the instrument is about, beyond the generic ("arms control", "bilateral", "nuclear").
        bool specific = HasSpecificWord(s, tokens, nameStart, i, out bool capitalized);
        if (definite && !complement && st.InScope is { } current && firstContent >= 0 && !HasWordOf(s, tokens, modifiersStart, i, Another)
            && (!specific || (current.Described && (capitalized || SpecificWordsIn(s, tokens, nameStart, i, current.Entry.Name)))) && FindByWords(st, core) is null)
        {
            // "the landmark arms pact", "the Russia-North Korea treaty": another description of the treaty in scope.
            Mentioned(st, current, tokens, determiner, headEnd);
            return headEnd - 1;
        }
        // A generic description with nothing in scope names no treaty of its own: precision comes first.
        if (firstContent >= 0 && !specific && !complement) return headEnd - 1;
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
        // "between NATO and the Warsaw Pact", "the Warsaw Pact countries": a bloc, named beside a body or for its members.
        if (!complement && (IsBlocUse(st, tokens, determiner, headEnd))) return headEnd - 1;
        string name = Phrase(s, tokens, nameStart, end);
        var found = FindByWords(st, name) ?? (complement ? DescribedWithSameSubject(st, tokens, headEnd + 1, end) : null) ?? st.Add(new TreatyEntry { Id = IdOf(name), Name = name, Kind = head.Kind }, LastWord(head.Noun));
        // The mention's words are the name's (the same tokens, collapsed the same way): one string for both.
        Mentioned(st, found, new Mention(name, TextSpan.FromBounds(tokens[nameStart].Start, tokens[end - 1].End)), end);
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

    /// <summary>Nouns for the members of a bloc: "the Warsaw Pact countries" names an alliance, not a treaty.</summary>
    private static readonly WordSet MemberNouns = new("countries", "states", "members", "nations", "forces", "armies", "allies", "troops");

    private static readonly WordSet Coordinators = new("and", "or", "versus", "vs");

    /// <summary>How many treaties found last a described complement is compared with.</summary>
    private const int MaxSubjectCandidates = 8;

    /// <summary>How many words a known body's name before "and" may have ("the European Union and the … Pact").</summary>
    private const int MaxBodyNameWords = 4;

    /// <summary>
    /// True when the treaty-like name from <paramref name="determiner"/> to <paramref name="headEnd"/> names a bloc: a
    /// plural of its members follows it, or it is coordinated with a known organisation or country.
    /// </summary>
    private static bool IsBlocUse(State st, List<Token> tokens, int determiner, int headEnd)
    {
        var s = st.S;
        var k = st.Ctx.Knowledge;
        if (headEnd < tokens.Count && tokens[headEnd].Kind == TokenKind.Word && MemberNouns.Contains(s.AsSpan(tokens[headEnd].Start, tokens[headEnd].Length))) return true;
        if (determiner >= 2 && tokens[determiner - 1].Kind == TokenKind.Word && Coordinators.Contains(s.AsSpan(tokens[determiner - 1].Start, tokens[determiner - 1].Length)))
        {
            for (int b = determiner - 2; b >= Math.Max(0, determiner - 1 - MaxBodyNameWords); b--)
            {
                if (k.Gazetteer.TryMatch(s, tokens, b, determiner - 1, out _, out int bEnd) && bEnd == determiner - 1) return true;
            }
        }
        if (headEnd + 1 < tokens.Count && tokens[headEnd].Kind == TokenKind.Word && Coordinators.Contains(s.AsSpan(tokens[headEnd].Start, tokens[headEnd].Length)))
        {
            int b = headEnd + 1;
            if (b < tokens.Count && IsWord(s, tokens[b], "the")) b++;
            if (b < tokens.Count && k.Gazetteer.TryMatch(s, tokens, b, tokens.Count, out _, out _)) return true;
        }
        return false;
    }

    /// <summary>
    /// A treaty found by description, among the last <see cref="MaxSubjectCandidates"/> found, whose name holds every
    /// word of the complement at [<paramref name="start"/>, <paramref name="end"/>) that says what it is about:
    /// "an agreement on mutual guarantees" after "a treaty on mutual security guarantees" is the same instrument.
    /// </summary>
    private static Found? DescribedWithSameSubject(State st, List<Token> tokens, int start, int end)
    {
        var s = st.S;
        for (int f = st.Found.Count - 1, seen = 0; f >= 0 && seen < MaxSubjectCandidates; f--, seen++)
        {
            var found = st.Found[f];
            if (!found.Described) continue;
            bool any = false, all = true;
            for (int m = start; m < end && all; m++)
            {
                var t = tokens[m];
                if (t.Kind != TokenKind.Word) continue;
                var w = s.AsSpan(t.Start, t.Length);
                if (Vague.Contains(w) || Generic.Contains(w) || TrailingFunctionWords.Contains(w) || ComplementStarts.Contains(w)) continue;
                any = true;
                all = Occurs(found.Entry.Name, s.AsSpan(t.Start, t.Length));
            }
            st.Steps += end - start;
            if (any && all) return found;
        }
        return null;
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
            // "the treaty on March 4", "… guarantees in December": a date says when, not what.
            else if (t.Kind == TokenKind.Number || (t.Kind == TokenKind.Word && (Months.Parse(text) != 0
                || (end + 1 < tokens.Count && (tokens[end + 1].Kind == TokenKind.Number || (tokens[end + 1].Kind == TokenKind.Word && Months.Parse(s.AsSpan(tokens[end + 1].Start, tokens[end + 1].Length)) != 0)) && TrailingFunctionWords.Contains(text)))))
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
        // "… agreement between the two countries": a "between" that names no party is no part of the name.
        if (IsWord(s, tokens[headEnd], "between") && !HasCapitalized(s, tokens, headEnd + 1, end)) return headEnd;
        return words > 0 && end > headEnd + 1 ? end : headEnd;
    }

    /// <summary>
    /// True when a modifier between <paramref name="start"/> and <paramref name="end"/> is neither vague, generic, a
    /// month nor a figure; <paramref name="capitalized"/> tells whether one such word is capitalised (a proper name).
    /// </summary>
    private static bool HasSpecificWord(string s, List<Token> tokens, int start, int end, out bool capitalized)
    {
        capitalized = false;
        bool specific = false;
        for (int m = start; m < end; m++)
        {
            var t = tokens[m];
            if (t.Kind != TokenKind.Word) continue;
            var w = s.AsSpan(t.Start, t.Length);
            if (Vague.Contains(w) || Generic.Contains(w) || Months.Parse(w) != 0) continue;
            specific = true;
            capitalized |= char.IsUpper(w[0]);
        }
        return specific;
    }

    /// <summary>True when every specific modifier between <paramref name="start"/> and <paramref name="end"/> stands in <paramref name="name"/>.</summary>
    private static bool SpecificWordsIn(string s, List<Token> tokens, int start, int end, string name)
    {
        for (int m = start; m < end; m++)
        {
            var t = tokens[m];
            if (t.Kind != TokenKind.Word) continue;
            var w = s.AsSpan(t.Start, t.Length);
            if (Vague.Contains(w) || Generic.Contains(w) || Months.Parse(w) != 0) continue;
            if (!Occurs(name, s.AsSpan(t.Start, t.Length))) return false;
        }
        return true;
    }

    private static bool HasCapitalized(string s, List<Token> tokens, int start, int end)
    {
        for (int m = start; m < end; m++)
        {
            if (Chars.IsCapitalized(s, tokens[m])) return true;
        }
        return false;
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

    /// <summary>
    /// The first treaty found by description whose name holds <paramref name="phrase"/>, or which the phrase holds
    /// (whole words, ignoring case): "the grains agreement" after "their bilateral grains agreement". Looked up by
    /// key in <see cref="DescribedTreatyIndex"/>, then confirmed on the text.
    /// </summary>
    private static Found? FindByWords(State st, string phrase)
    {
        var (holds, held) = st.Described.Find(phrase);
        Found? first = null;
        foreach (int position in (ReadOnlySpan<int>)[holds, held])
        {
            if (position < 0 || (first is not null && first.Position <= position)) continue;
            var f = st.Found[position];
            if (f.Entry.Name.Contains(phrase, StringComparison.OrdinalIgnoreCase) || phrase.Contains(f.Entry.Name, StringComparison.OrdinalIgnoreCase)) first = f;
        }
        return first;
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
}
