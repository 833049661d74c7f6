using NewsModel.Knowledge;
using NewsModel.Model;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Speakers;

/// <summary>Reading one speaker phrase: what it names, and how.</summary>
internal static partial class SpeakerStage
{
    internal static readonly string[] OrganizationHeadWords = [
        "Ministry", "Department", "Office", "Commission", "Committee", "Council", "Party", "Agency", "Bank", "Union", "Court",
        "Government", "Parliament", "Duma", "Assembly", "Service", "Institute", "Organization", "Organisation", "Corporation",
        "Corp", "Group", "Company", "Association", "Board", "Senate", "House", "Administration", "Fund", "Cabinet", "Embassy",
        "Mission", "Command", "Army", "Forces", "Police", "Bureau", "Authority", "Federation", "Secretariat", "Foundation",
        "Center", "Centre", "University", "Inc", "Ltd", "Reserve", "Treasury", "Congress", "Navy", "Staff", "Coalition",
        "Front", "Movement", "Alliance", "Network", "Club", "Society", "Exchange", "Lords", "Commons", "Tribunal",];

    private static readonly WordSet OrganizationHeads = new(OrganizationHeadWords);

    /// <summary>Heads of a phrase that speaks for the body or person named before them ("a Siemens spokesman", "Ms Lind's spokesman").</summary>
    /// <summary>Words that open an object or an adjunct's noun phrase ("sounded a hopeful note", "in his blog").</summary>
    private static readonly string[] ObjectOpenerWords = ["a", "an", "the", "his", "her", "its", "their"];

    private static readonly string[] SpokesHeadWords = [
        "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "official", "officials", "source", "sources",
        "representative", "representatives",];

    private static readonly WordSet SpokesHeads = new(SpokesHeadWords);

    /// <summary>
    /// The words <see cref="Read"/> tests ignoring case that a name's run can hold ("The", "Of", "And", "Official", "He"):
    /// the pronouns, the articles it drops, "even" and the words before a noun of time it drops ("Last Week"), the
    /// words that join or split a name ("of", "from", "and", "to" …), the heads of a spokesman's phrase, "s", and the
    /// words that open an object after a name. A run holding none of them may be read by
    /// <see cref="TryReadPlainName"/>. Here, after <see cref="SpokesHeadWords"/>: static fields are set in order within
    /// one file, in no set order across the partial files.
    /// </summary>
    private static readonly WordSet PlainNameBreakers = new([
        .. SpokesHeadWords, .. Pronouns.Subject, .. Pronouns.Object, .. ObjectOpenerWords,
        "even", "last", "this", "of", "from", "and", "to", "in", "at", "for", "s",]);

    /// <summary>Heads of a body that a person's possessive owns, named after the person ("Hart's campaign": Hart campaign).</summary>
    private static readonly WordSet OwnedBodyHeads = new(OwnedBodies.Heads);

    /// <summary>
    /// Adverbs of time and focus that can stand between a subject and its verb ("Hart then said", "Hart often says",
    /// "Hart himself said"): words about the saying, never part of whom the phrase names.
    /// </summary>
    private static readonly WordSet SayingAdverbs = new([
        "then", "often", "first", "later", "also", "again", "now", "still", "too", "once", "earlier", "already", "himself",
        "herself", "themselves", "itself", "initially", "previously", "recently", "repeatedly", "subsequently", "ultimately",]);

    /// <summary>Nouns of time after "at the", "last" or "this" that close a phrase ("Hart at the time said", "Hart last week said").</summary>
    private static readonly WordSet TimeNouns = new(["time", "week", "month", "year", "night", "weekend", "moment"]);



    /// <summary>The longest parenthesis after a name read as its party or place ("(D-N.Y.)").</summary>
    private const int MaxNameParenthesisTokens = 10;

    private enum Class { None, Named, Pronoun, Description, Generic }

    /// <summary>Which entities a pronoun can stand for.</summary>
    private enum PronounFit { Any, Person, Body, Group }

    /// <summary>What a speaker phrase or a name's run reads as.</summary>
    /// <remarks>
    /// Three references, not five: the affiliation and the description or gazetteer entity (a reading has at most one of
    /// those two) share one field, which holds whichever is set, or both in an <see cref="AffiliatedKnown"/> (a known
    /// organisation with its country, made once per reading of such a name). A struct of four references or more is
    /// copied into an array through the runtime's bulk copy with write barriers, about 112 instructions a copy (the memo
    /// of readings and the statements' distinct readings: 4,900 copies over the 200 bulk articles); one of three, field by
    /// field. The same values are always held the same way, so a reading's equality is its values'.
    /// </remarks>
    private readonly record struct Analysis
    {
        // The affiliation (a string), the description or gazetteer entity, both (AffiliatedKnown), or null.
        private readonly object? _more;

        public Analysis(Class Class, string Name, SpeakerKind Kind, string? Title = null, string? Affiliation = null,
            PronounFit Pronoun = PronounFit.Any, DescriptionEntry? Description = null, GazetteerEntity? Gazetteer = null,
            Gender Gender = Gender.Unknown)
        {
            this.Name = Name;
            this.Title = Title;
            _more = More(Affiliation, (object?)Description ?? Gazetteer);
            this.Class = Class;
            this.Kind = Kind;
            this.Pronoun = Pronoun;
            this.Gender = Gender;
        }

        public string Name { get; init; }
        public string? Title { get; init; }
        public Class Class { get; init; }
        public SpeakerKind Kind { get; init; }
        public PronounFit Pronoun { get; init; }
        public Gender Gender { get; init; }

        public string? Affiliation
        {
            get => _more is string affiliation ? affiliation : (_more as AffiliatedKnown)?.Affiliation;
            init => _more = More(value, Known);
        }

        public DescriptionEntry? Description => Known as DescriptionEntry;
        public GazetteerEntity? Gazetteer => Known as GazetteerEntity;

        /// <summary>True when the reading holds neither a description nor a gazetteer entity.</summary>
        public bool KnowsNothing => _more is null or string;

        /// <summary>False when the reading holds neither an affiliation nor a description or gazetteer entity.</summary>
        public bool HoldsMore => _more is not null;

        private object? Known => _more is AffiliatedKnown both ? both.Known : _more is string ? null : _more;

        private static object? More(string? affiliation, object? known) =>
            affiliation is null ? known : known is null ? affiliation : new AffiliatedKnown(affiliation, known);
    }

    /// <summary>A reading's affiliation beside its description or gazetteer entity.</summary>
    private sealed record AffiliatedKnown(string Affiliation, object Known);

    /// <summary>
    /// <see cref="Read"/>, and for a person the gender the phrase signals: a title's ("Mrs", "Congressman"), else the
    /// given name's when the name has two words or more.
    /// </summary>
    private static Analysis Analyze(ParseContext ctx, List<Token> tokens, int from, int to)
    {
        var a = Read(ctx, tokens, from, to);
        if (a.Class == Class.Pronoun)
        {
            var word = ctx.Source.AsSpan(tokens[from].Start, tokens[from].Length);
            return a with { Gender = PronounGender(word) };
        }
        if (a.Class != Class.Named || a.Kind != SpeakerKind.Person) return a;
        var k = ctx.Knowledge;
        for (int i = from; i < to; i++)
        {
            if (k.Titles.TryMatch(ctx.Source, tokens, i, to, out var title, out int end))
            {
                if (title.Gender != Gender.Unknown) return a with { Gender = title.Gender };
                i = end - 1;
            }
        }
        int space = a.Name.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && k.GivenNames.TryGetValue(a.Name.AsSpan(0, space), out var gender)) return a with { Gender = gender };
        return a;
    }

    /// <summary>
    /// Reads the speaker phrase made of <c>tokens[from..to)</c>. A phrase inside it (the owner of "the ministry's
    /// statement", the body of "a spokesman for the ministry") is read from the same tokens: tokenizing its text
    /// again gave the very same tokens.
    /// </summary>
    private static Analysis Read(ParseContext ctx, List<Token> tokens, int from, int to)
    {
        var s = ctx.Source;
        var k = ctx.Knowledge;
        int start = from, end = to;

        if (end - start == 1 && tokens[start].Kind == TokenKind.Word && (IsAnyWordAt(s, tokens, start, Pronouns.Subject) || IsAnyWordAt(s, tokens, start, Pronouns.Object)))
        {
            // Only what the pronoun can stand for is needed: its name is never read.
            return new Analysis(Class.Pronoun, "", SpeakerKind.Other, Pronoun: ClassifyPronoun(s.AsSpan(tokens[start].Start, tokens[start].Length)));
        }
        while (start < end && (IsWordAt(s, tokens, start, "the") || IsWordAt(s, tokens, start, "a") || IsWordAt(s, tokens, start, "an"))) start++;
        (start, end) = WithoutSayingAdverbs(s, tokens, start, end);
        // "Prime Minister Ana Ruiz's promise": the possessive is not part of the name.
        if (end - start > 2 && IsWordAt(s, tokens, end - 1, "s") && tokens[end - 2].Kind == TokenKind.Punct && Chars.IsApostrophe(s[tokens[end - 2].Start])) end -= 2;
        // "Sen. Ana Ruiz (D-Calif.)", "Gov. Tom Hale (R)": a short parenthesis after the name says party or place.
        if (end - start > 3 && tokens[end - 1].Kind == TokenKind.Punct && s[tokens[end - 1].Start] == ')')
        {
            int open = end - 2;
            while (open > start && end - open <= MaxNameParenthesisTokens && !(tokens[open].Kind == TokenKind.Punct && s[tokens[open].Start] is '(' or ')')) open--;
            if (open > start && s[tokens[open].Start] == '(' && Chars.IsCapitalized(s, tokens[open - 1])) end = open;
        }
        if (start >= end) return new Analysis(Class.None, "", SpeakerKind.Other);
        if (NameBeforeClause(k, s, tokens, start, end) is var clauseAt and > 0)
        {
            var beforeClause = Analyze(ctx, tokens, start, clauseAt);
            if (beforeClause.Class == Class.Named) return beforeClause;
        }

        // "the ministry's statement", "the president's words": a document or words stand for their author.
        if (end - start > 3 && IsWordAt(s, tokens, end - 2, "s") && tokens[end - 3].Kind == TokenKind.Punct && Chars.IsApostrophe(s[tokens[end - 3].Start])
            && k.Descriptions.TryMatch(s, tokens, end - 1, end, out var document, out _) && document.Kind is null)
        {
            var owner = Analyze(ctx, tokens, start, end - 3);
            if (owner.Class != Class.None) return owner;
        }

        // "a Siemens spokesman", "Ms Lind's spokesman", "a spokeswoman for the Information Commissioner's Office".
        for (int h = start; h < end; h++)
        {
            if (!MayBeSpokesHead(s, tokens[h]) || !SpokesHeads.Contains(s.AsSpan(tokens[h].Start, tokens[h].Length))) continue;
            if (h == end - 1 && h > start)
            {
                int modEnd = h;
                bool possessive = modEnd - 2 >= start && IsWordAt(s, tokens, modEnd - 1, "s") && Chars.IsApostrophe(s[tokens[modEnd - 2].Start]);
                if (possessive) modEnd -= 2;
                bool named = true;
                for (int m = start; m < modEnd; m++) named &= tokens[m].Kind != TokenKind.Word || Chars.IsCapitalized(s, tokens[m]) || IsWordAt(s, tokens, m, "of") || IsWordAt(s, tokens, m, "and");
                if (modEnd > start && (possessive || named) && !k.Adjectives.TryMatch(s, tokens, start, modEnd, out _, out int adjEnd) | adjEnd != modEnd)
                {
                    var inner = Analyze(ctx, tokens, start, modEnd);
                    if (inner.Class == Class.Named && !possessive && inner.Kind == SpeakerKind.Person && inner.Title is null) inner = inner with { Kind = SpeakerKind.Organization };
                    if (inner.Class is Class.Named or Class.Generic or Class.Description) return inner;
                }
            }
            else if (h + 2 < end && (IsWordAt(s, tokens, h + 1, "for") || IsWordAt(s, tokens, h + 1, "of") || IsWordAt(s, tokens, h + 1, "at")))
            {
                var inner = Analyze(ctx, tokens, h + 2, end);
                if (inner.Class is Class.Named or Class.Generic or Class.Description) return inner;
            }
            break;
        }

        // The index loops below probe at each token; one walk tells an index no token of the phrase may start (most
        // phrases: a name with a title), and its loop is not walked.
        var marks = MarksWithin(tokens, start, end);

        // A known organisation or country, covering the phrase to its end.
        if (k.Gazetteer.MayStartWithin(marks))
        {
            for (int i = start; i < end; i++)
            {
                if (k.Gazetteer.TryMatch(s, tokens, i, end, out var hit, out int hitEnd) && hitEnd == end && AllBeforeAreModifiers(s, tokens, start, i))
                {
                    // "the Chinese Foreign Ministry": a generic name owned by another country is another body.
                    if (hit.Generic && i > start && AffiliationIn(k, s, tokens, start, i) is { } owner && owner != hit.Entity.Country) break;
                    // "Statistics Canada", "Air Canada": a capitalised noun right before a country's name makes a body's name.
                    if (hit.Entity.Kind == SpeakerKind.Country && i > start && tokens[i - 1].Kind == TokenKind.Word && Chars.IsCapitalized(s, tokens[i - 1])
                        && !k.Adjectives.TryMatch(s, tokens, i - 1, i, out _, out _) && !k.Titles.TryMatch(s, tokens, i - 1, i, out _, out _)
                        && !IsWordAt(s, tokens, i - 1, "the") && !k.Gazetteer.TryMatch(s, tokens, i - 1, i, out _, out _))
                    {
                        return new Analysis(Class.Named, Text(s, tokens, i - 1, end), SpeakerKind.Organization, Affiliation: hit.Entity.Name);
                    }
                    return KnownName(hit);
                }
            }
        }

        // "Sen. Arlo Finch of Montana", "Jeffrey Lewis of the James Martin Center": the person is named before "of"
        // or "from", and what follows is where they belong.
        for (int i = start + 2; i < end - 1; i++)
        {
            if (!(IsWordAt(s, tokens, i, "of") || IsWordAt(s, tokens, i, "from")) || !Chars.IsCapitalized(s, tokens[i - 1]) || !Chars.IsCapitalized(s, tokens[i - 2])) continue;
            var person = Analyze(ctx, tokens, start, i);
            // Known for a person by a title or a given name, or by two capitalised words that end in no body's head
            // ("Lena Hart of Bergen", not "Federal Reserve Bank of New York").
            bool twoNames = person.Name.Contains(' ', StringComparison.Ordinal) && !OrganizationHeads.Contains(s.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length));
            if (person.Class == Class.Named && person.Kind == SpeakerKind.Person && (person.Title is not null || person.Gender != Gender.Unknown || twoNames))
            {
                int place = i + 1;
                while (place < end && (IsWordAt(s, tokens, place, "the") || IsWordAt(s, tokens, place, "a"))) place++;
                return person with { Affiliation = person.Affiliation ?? (place < end ? Text(s, tokens, place, end) : null) };
            }
            break;
        }

        // A person with a title: "Russian Deputy Foreign Minister Sergey Ryabkov", "Tory leader Michael Howard".
        int titleStart = -1, titleEnd = -1;
        TitleEntry? title = null;
        if (k.Titles.MayStartWithin(marks))
        {
            for (int i = start; i < end; i++)
            {
                if (k.Titles.TryMatch(s, tokens, i, end, out var entry, out int e))
                {
                    titleStart = i;
                    titleEnd = e;
                    title = entry;
                    i = e - 1;
                }
            }
        }
        if (title is not null)
        {
            int n = titleEnd;
            while (n < end && tokens[n].Kind == TokenKind.Punct) n++;
            if (n < end && (IsWordAt(s, tokens, n, "to") || IsWordAt(s, tokens, n, "of") || IsWordAt(s, tokens, n, "in") || IsWordAt(s, tokens, n, "at") || IsWordAt(s, tokens, n, "for")))
            {
                // "Ambassador to Oslo Maria Keller": the place ends where the two-word name begins.
                int nameRun = CapitalRunStart(s, tokens, start, end, end);
                if (nameRun > n && end - nameRun >= 3 && tokens[end - 1].Kind == TokenKind.Word && tokens[end - 2].Kind == TokenKind.Word) n = end - 2;
            }
            if (n < end && CapitalRun(s, tokens, n, end) == end)
            {
                string? affiliation = MinistryOf(k, Text(s, tokens, titleStart, titleEnd), AffiliationIn(k, s, tokens, start, titleStart));
                return new Analysis(Class.Named, Text(s, tokens, n, end), SpeakerKind.Person,
                    Title: title.IsHonorific ? null : Text(s, tokens, titleStart, titleEnd), Affiliation: affiliation);
            }
        }

        return ReadUntitled(ctx, tokens, start, end, marks);
    }

    /// <summary>
    /// <see cref="Read"/> of a phrase <c>tokens[start..end)</c> (its articles, adverbs, possessive and parenthesis
    /// dropped) that names no person by a title, is no spokesman's and no known body or country: a body owned by a person,
    /// a description, a capitalised name, a group or a noun phrase. <paramref name="marks"/>: <see cref="MarksWithin"/> of
    /// the phrase.
    /// </summary>
    /// <remarks>
    /// Apart from the first steps: as one method the phrase reader held about 1 KB of stack that each call zeroed, and
    /// past some point of the method the compiler inlined none of its small calls (the token list's indexer 5,951 calls
    /// over the 200 bulk articles, the word tests 1,430).
    /// </remarks>
    private static Analysis ReadUntitled(ParseContext ctx, List<Token> tokens, int start, int end, TokenMarks marks)
    {
        var s = ctx.Source;
        var k = ctx.Knowledge;
        // "Hart's campaign", "House Speaker Tom Reyes's office": a person's body, named after the person.
        if (end - start >= 3 && tokens[end - 1].Kind == TokenKind.Word && OwnedBodyHeads.Contains(s.AsSpan(tokens[end - 1].Start, tokens[end - 1].Length)))
        {
            for (int p = end - 2; p > start && p >= end - 4; p--)
            {
                // "Hart's campaign", and "Reyes' campaign" with the apostrophe alone after a name ending in s.
                bool bare = tokens[p].Kind == TokenKind.Punct && Chars.IsApostrophe(s[tokens[p].Start]) && tokens[p - 1].Kind == TokenKind.Word
                    && tokens[p - 1].End == tokens[p].Start && s[tokens[p - 1].End - 1] == 's';
                if (!bare && (!IsWordAt(s, tokens, p, "s") || !Chars.IsApostrophe(s[tokens[p - 1].Start]) || tokens[p - 1].Kind != TokenKind.Punct)) continue;
                var owner = Analyze(ctx, tokens, start, bare ? p : p - 1);
                if (owner.Class == Class.Named && owner.Kind == SpeakerKind.Person)
                {
                    return new Analysis(Class.Named, string.Concat(owner.Name, " ", s.AsSpan(tokens[end - 1].Start, tokens[end - 1].Length)), SpeakerKind.Organization, Affiliation: owner.Name);
                }
                break;
            }
        }

        // A description: "the ministry", "the Russian president", "the head of state", "the statement".
        if (k.Descriptions.MayStartWithin(marks))
        {
            for (int i = start; i < end; i++)
            {
                if (k.Descriptions.TryMatch(s, tokens, i, end, out var d, out int dEnd) && dEnd == end)
                {
                    if (d.Kind == SpeakerKind.Organization && i > start && !char.IsUpper(s[tokens[i].Start]))
                    {
                        // "the official Tanjug news agency", "Postimees newspaper": the capitalised word is the body's name,
                        // unless it names an owner ("the Communist Party newspaper").
                        int r = i;
                        while (r > start && Chars.IsCapitalized(s, tokens[r - 1])) r--;
                        var runLast = r < i ? s.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length) : default;
                        if (r < i && !OrganizationHeads.Contains(runLast) && !(k.Adjectives.TryMatch(s, tokens, r, i, out _, out int aEnd) && aEnd == i)
                            && !(k.Gazetteer.TryMatch(s, tokens, r, i, out _, out int gEnd) && gEnd == i))
                        {
                            return new Analysis(Class.Named, Text(s, tokens, r, i), SpeakerKind.Organization);
                        }
                    }
                    return new Analysis(Class.Description, Text(s, tokens, start, end), d.Kind ?? SpeakerKind.Other, Description: d);
                }
            }
        }

        // A capitalised name: a person, or an organisation by its head word.
        int run = CapitalRunStart(s, tokens, start, end, end);
        bool joinedBody = false;
        // "the Federal Reserve Bank of New York", "the Center for Responsive Politics": a body's head joined by "of" or
        // "for" to the rest of its name.
        while (run < end && run - 2 >= start && (IsWordAt(s, tokens, run - 1, "of") || IsWordAt(s, tokens, run - 1, "for")) && tokens[run - 2].Kind == TokenKind.Word
            && OrganizationHeads.Contains(s.AsSpan(tokens[run - 2].Start, tokens[run - 2].Length)))
        {
            run = CapitalRunStart(s, tokens, start, end, run - 1);
            joinedBody = true;
        }
        if (run < end)
        {
            bool conjoined = false;
            for (int i = start; i < end; i++) conjoined |= IsWordAt(s, tokens, i, "and");
            var lastWord = s.AsSpan(tokens[end - 1].Start, tokens[end - 1].Length);
            if (conjoined) return new Analysis(Class.Named, Text(s, tokens, start, end), SpeakerKind.Organization);
            if (joinedBody || OrganizationHeads.Contains(lastWord)) return new Analysis(Class.Named, Text(s, tokens, run, end), SpeakerKind.Organization, Affiliation: AffiliationIn(k, s, tokens, start, run));
            bool possessive = false;
            for (int i = run; i < end; i++) possessive |= tokens[i].Kind == TokenKind.Punct && Chars.IsApostrophe(s[tokens[i].Start]) && !TightApostrophe(s, tokens, start, end, i);
            if (!possessive) return new Analysis(Class.Named, Text(s, tokens, run, end), SpeakerKind.Person, Affiliation: AffiliationIn(k, s, tokens, start, run));
        }
        // A group: "officials", "lawmakers", "aides".
        for (int i = start; i < end; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && k.IsGroupNoun(s.AsSpan(tokens[i].Start, tokens[i].Length)))
            {
                return new Analysis(Class.Named, Text(s, tokens, start, end), SpeakerKind.Other);
            }
        }
        // Any other short noun phrase ending in a lower-case noun ("the utility", "her brother", "the 45-year-old
        // welder") is a speaker of its own, unless the article ties its noun to someone by title.
        // Words are counted, not tokens: abbreviations and possessives ("N. Korea's U.N. mission") add marks, not words.
        if (WordsIn(tokens, start, end) <= 6 && tokens[end - 1].Kind == TokenKind.Word && char.IsLower(s[tokens[end - 1].Start]))
        {
            var noun = s.Substring(tokens[end - 1].Start, tokens[end - 1].Length);
            return new Analysis(Class.Description, Text(s, tokens, start, end), SpeakerKind.Other,
                Description: new DescriptionEntry { HeadNoun = noun, Kind = SpeakerKind.Other });
        }
        return new Analysis(Class.None, Text(s, tokens, start, end), SpeakerKind.Other);
    }

    /// <summary>
    /// The marks of <c>tokens[from..to)</c> as one: every filter bit any of them carries, and <see cref="TokenMarks.Screened"/>
    /// only when each of them was screened, so that an index's screen rules out these marks
    /// (<see cref="PhraseIndex{T}.MayStartWithin"/> false) exactly when it rules out each of the tokens.
    /// </summary>
    internal static TokenMarks MarksWithin(List<Token> tokens, int from, int to)
    {
        TokenMarks any = TokenMarks.None, all = TokenMarks.Screened;
        foreach (ref readonly var t in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens)[from..to])
        {
            any |= t.Marks;
            all &= t.Marks;
        }
        return (any & ~TokenMarks.Screened) | (all & TokenMarks.Screened);
    }

    /// <summary>The text of <c>tokens[from..to)</c> as <see cref="TokensText"/> gives it, or "" when the range is empty.</summary>
    private static string Text(string s, List<Token> tokens, int from, int to) => from >= to ? "" : TokensText(s, tokens, from, to);

    /// <summary>True when <c>tokens[i]</c> is <paramref name="word"/> ignoring case (<see cref="IsWord"/>).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsWordAt(string s, List<Token> tokens, int i, string word) => IsWord(s, tokens[i], word);

    /// <summary>True when <c>tokens[i]</c> is one of <paramref name="words"/> ignoring case.</summary>
    private static bool IsAnyWordAt(string s, List<Token> tokens, int i, string[] words)
    {
        foreach (var w in words)
        {
            if (IsWord(s, tokens[i], w)) return true;
        }
        return false;
    }

    /// <summary>
    /// Where the name that starts the phrase <c>tokens[from..end)</c> ends when a clause follows it, else -1: "Hart
    /// sounded a hopeful note", "Hart fired back a reply", "Hart in a blog post", "the Hart campaign sent a letter": a
    /// name followed by a verb or preposition and the object it opens is the name's end; a group after the name ("Hart
    /// aides") is no verb.
    /// </summary>
    private static int NameBeforeClause(CompiledKnowledge k, string s, List<Token> tokens, int from, int end)
    {
        // The object's opener stands one to three words past the name (after the verb, its particle, or a group noun
        // owned by the name), and the name has a word: with no opener from the third token on, nothing below can find
        // a clause (most phrases have none), and the name's run is not walked; with none in those three words, the
        // lookups are not asked.
        if (!OpenerWithin(s, tokens, from + 2, end)) return -1;
        int r = CapitalRun(s, tokens, from, end);
        if (r == from || r >= end - 1) return -1;
        if (!OpenerWithin(s, tokens, r + 1, Math.Min(r + 4, end))) return -1;
        // "Many in the crowd": a capitalised function word opening a sentence is no name.
        if (r == from + 1 && (k.Words.Of(s.AsSpan(tokens[from].Start, tokens[from].Length)) & WordClass.ClosedClass) != 0) return -1;
        if (tokens[r].Kind == TokenKind.Word && OwnedBodyHeads.Contains(s.AsSpan(tokens[r].Start, tokens[r].Length))) r++;
        int w = r;
        if (w + 1 >= end || tokens[w].Kind != TokenKind.Word || !char.IsLower(s[tokens[w].Start]) || IsWordAt(s, tokens, w, "of") || IsWordAt(s, tokens, w, "for")
            || IsWordAt(s, tokens, w, "and") || IsWordAt(s, tokens, w, "s") || k.IsGroupNoun(s.AsSpan(tokens[w].Start, tokens[w].Length))) return -1;
        int d = w + 1;
        if (d + 1 < end && (IsWordAt(s, tokens, d, "back") || IsWordAt(s, tokens, d, "to") || IsWordAt(s, tokens, d, "as") || IsWordAt(s, tokens, d, "up")
            || IsWordAt(s, tokens, d, "out"))) d++;
        return IsObjectOpener(s, tokens[d]) ? r : -1;
    }

    /// <summary>How many of <c>tokens[from..to)</c> are words.</summary>
    private static int WordsIn(List<Token> tokens, int from, int to)
    {
        int n = 0;
        for (int i = from; i < to; i++) n += tokens[i].Kind == TokenKind.Word ? 1 : 0;
        return n;
    }

    /// <summary>True when no word of <c>tokens[start..i)</c> starts in lower case.</summary>
    private static bool AllBeforeAreModifiers(string s, List<Token> tokens, int start, int i)
    {
        for (int j = start; j < i; j++)
        {
            if (tokens[j].Kind == TokenKind.Word && !char.IsUpper(s[tokens[j].Start])) return false;
        }
        return true;
    }

    /// <summary>Where the run of capitalised words (with initials' stops, hyphens, apostrophes and "s") from <paramref name="from"/> ends, at most at <paramref name="end"/>.</summary>
    private static int CapitalRun(string s, List<Token> tokens, int from, int end)
    {
        int i = from;
        while (i < end && (Chars.IsCapitalized(s, tokens[i]) || tokens[i].Kind == TokenKind.Punct && s[tokens[i].Start] is '.' or '-' or '\'' or '\u2019' || IsWordAt(s, tokens, i, "s") && i > from)) i++;
        return i;
    }

    /// <summary>"O'Rourke", "D'Amato": an apostrophe at <paramref name="i"/> within <c>tokens[start..end)</c> with a capitalised word touching it on both sides.</summary>
    private static bool TightApostrophe(string s, List<Token> tokens, int start, int end, int i) =>
        tokens[i].Kind == TokenKind.Punct && Chars.IsApostrophe(s[tokens[i].Start]) && i > start && i + 1 < end
        && tokens[i - 1].End == tokens[i].Start && tokens[i].End == tokens[i + 1].Start
        && Chars.IsCapitalized(s, tokens[i - 1]) && Chars.IsCapitalized(s, tokens[i + 1]) && tokens[i + 1].Length > 1;

    /// <summary>
    /// Where the run of capitalised words that ends at <paramref name="to"/> starts, at the earliest at <paramref name="start"/>;
    /// leading marks dropped. <paramref name="end"/>: the phrase's end, for <see cref="TightApostrophe"/>.
    /// </summary>
    private static int CapitalRunStart(string s, List<Token> tokens, int start, int end, int to)
    {
        int i = to;
        while (i > start && (Chars.IsCapitalized(s, tokens[i - 1]) || tokens[i - 1].Kind == TokenKind.Punct && s[tokens[i - 1].Start] is '.' or '-'
            || TightApostrophe(s, tokens, start, end, i - 1)))
        {
            i--;
        }
        while (i < to && tokens[i].Kind == TokenKind.Punct) i++;
        return i;
    }


    /// <summary>
    /// True when <paramref name="token"/> is <paramref name="word"/> ignoring case. Words of another length differ without
    /// the compare's call (about 40 instructions): the phrase reader asks most tokens whether they are "the", "of" or "s".
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsWord(string s, Token token, string word) =>
        token.Length == word.Length && s.AsSpan(token.Start, token.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when one of <c>tokens[from..to)</c> is one of <see cref="ObjectOpenerWords"/> (<see cref="IsObjectOpener"/>).</summary>
    private static bool OpenerWithin(string s, List<Token> tokens, int from, int to)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        for (int i = from; i < to; i++)
        {
            if (IsObjectOpener(s, span[i])) return true;
        }
        return false;
    }

    /// <summary>
    /// True when <paramref name="token"/> is one of <see cref="ObjectOpenerWords"/> ignoring case: told by its length and
    /// first letter before any compare (each opener has at most five letters and starts with a, t, h or i; no character
    /// beyond ASCII equals an ASCII one ignoring case).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsObjectOpener(string s, Token token) =>
        token.Length <= 5 && (s[token.Start] | 0x20) is 'a' or 't' or 'h' or 'i' && IsListedOpener(s, token);

    private static bool IsListedOpener(string s, Token token)
    {
        foreach (var w in ObjectOpenerWords)
        {
            if (IsWord(s, token, w)) return true;
        }
        return false;
    }

    /// <summary>
    /// The words of <paramref name="candidates"/> that <see cref="IsObjectOpener"/> takes otherwise than a compare with
    /// each of <see cref="ObjectOpenerWords"/> ignoring case (none, or its screen is wrong): for tests.
    /// </summary>
    internal static List<string> ObjectOpenersMisread(IEnumerable<string> candidates)
    {
        var misread = new List<string>();
        foreach (var word in ObjectOpenerWords.Concat(candidates))
        {
            if (word.Length == 0) continue;
            bool opener = ObjectOpenerWords.Any(w => w.Equals(word, StringComparison.OrdinalIgnoreCase));
            if (opener != IsObjectOpener(word, new Token(0, word.Length, TokenKind.Word))) misread.Add(word);
        }
        return misread;
    }

    /// <summary>
    /// False when <paramref name="token"/> is surely none of <see cref="SpokesHeadWords"/>: not a word, shorter than six
    /// characters, or starting with an ASCII character other than s, o or r in either case (every head word starts so;
    /// a character beyond ASCII is left to the set). Most of a phrase's tokens are ruled out here, before the set.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool MayBeSpokesHead(string s, Token token)
    {
        if (token.Kind != TokenKind.Word || token.Length < MinSpokesHeadLength) return false;
        char first = s[token.Start];
        return first >= '\u0080' || (first | 0x20) is 's' or 'o' or 'r';
    }

    /// <summary>The shortest of <see cref="SpokesHeadWords"/> ("source").</summary>
    private const int MinSpokesHeadLength = 6;

    /// <summary>
    /// The words of <paramref name="candidates"/> that <see cref="SpokesHeads"/> holds but <see cref="MayBeSpokesHead"/>
    /// rules out (none, or the screen would hide a head): for tests, with every head word among the candidates.
    /// </summary>
    internal static List<string> SpokesHeadsScreenedOut(IEnumerable<string> candidates)
    {
        var missed = new List<string>();
        foreach (var word in SpokesHeadWords.Concat(candidates))
        {
            if (word.Length > 0 && SpokesHeads.Contains(word) && !MayBeSpokesHead(word, new Token(0, word.Length, TokenKind.Word))) missed.Add(word);
        }
        return missed;
    }

    /// <summary>
    /// "Russian Deputy Foreign Minister": a minister belongs to the ministry of the same name, when it is known; else
    /// to <paramref name="country"/>.
    /// </summary>
    private static string? MinistryOf(CompiledKnowledge k, string titleText, string? country)
    {
        if (country is null) return null;
        int m = titleText.IndexOf("Minister", StringComparison.Ordinal);
        if (m <= 0) return country;
        var words = titleText[..m].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var field = string.Join(' ', words.Where(w => w is not ("Deputy" or "First" or "Vice" or "Acting" or "Former" or "Prime")));
        if (field.Length == 0) return country;
        var head = field.ToLowerInvariant() + " ministry";
        foreach (var org in k.Knowledge.Organizations)
        {
            if (org.Country == country && org.HeadNouns.Any(h => h.Equals(head, StringComparison.OrdinalIgnoreCase))) return org.Name;
        }
        return country;
    }

    /// <summary>The country or body the words <c>tokens[from..to)</c> before a title or a name say it belongs to, or null.</summary>
    private static string? AffiliationIn(CompiledKnowledge k, string s, List<Token> tokens, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (k.Adjectives.TryMatch(s, tokens, i, to, out var country, out _)) return country.Name;
            if (k.Gazetteer.TryMatch(s, tokens, i, to, out var hit, out _)) return hit.Entity.Name;
        }
        return null;
    }

    /// <summary>What a phrase that is a known organisation or country (a gazetteer entry) names.</summary>
    private static Analysis KnownName(GazetteerHit hit) => hit.Generic
        ? new Analysis(Class.Generic, hit.Entity.Name, hit.Entity.Kind, Gazetteer: hit.Entity)
        : new Analysis(Class.Named, hit.Entity.Name, hit.Entity.Kind, Affiliation: hit.Entity.Kind == SpeakerKind.Organization ? hit.Entity.Country : null, Gazetteer: hit.Entity);

    /// <summary>
    /// The text of <c>tokens[from..to)</c> (<paramref name="from"/> before <paramref name="to"/>) with each run of
    /// whitespace one space, as <see cref="Chars.Collapse(ReadOnlySpan{char})"/> gives it. A token holds no whitespace and the tokenizer
    /// leaves nothing but whitespace between tokens, so when each gap is empty or one plain space the text is copied
    /// as it stands, without the scan for runs of spaces.
    /// </summary>
    internal static string TokensText(string s, List<Token> tokens, int from, int to)
    {
        var run = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens)[from..to];
        int start = run[0].Start, end = run[^1].End;
        for (int t = 1; t < run.Length; t++)
        {
            int gap = run[t].Start - run[t - 1].End;
            if (gap != 0 && (gap != 1 || s[run[t - 1].End] != ' ')) return Chars.Collapse(s.AsSpan(start, end - start));
        }
        return s.Substring(start, end - start);
    }

    /// <summary>
    /// The phrase <c>tokens[from..to)</c> without the adverbs of time and focus after its name ("Hart then", "Hart at
    /// the time", "Hart last week") and an "even" before it; a phrase made of nothing else is kept whole.
    /// </summary>
    /// <remarks>
    /// The phrase's last word is read once a step, and the words before a noun of time are compared (by length first)
    /// before the set of time nouns is asked: most phrases end in a name, which is no word of either set.
    /// </remarks>
    private static (int From, int To) WithoutSayingAdverbs(string s, List<Token> tokens, int from, int to)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        int start = from, end = to;
        while (end - start > 1)
        {
            var last = span[end - 1];
            if (last.Kind != TokenKind.Word) break;
            var word = s.AsSpan(last.Start, last.Length);
            if (char.IsLower(s[last.Start]) && SayingAdverbs.Contains(word)) end--;
            else if (end - start > 3 && IsWord(s, span[end - 2], "the") && IsWord(s, span[end - 3], "at") && TimeNouns.Contains(word)) end -= 3;
            else if (end - start > 2 && (IsWord(s, span[end - 2], "last") || IsWord(s, span[end - 2], "this")) && TimeNouns.Contains(word)) end -= 2;
            else break;
        }
        // Before the name only "even" is dropped: a capitalised first word may be a headline's ("TOO EARLY - Ana Ruiz").
        if (end - start > 1 && IsWord(s, span[start], "even") && !char.IsUpper(s[span[start].Start + 1])) start++;
        return (start, end);
    }
}
