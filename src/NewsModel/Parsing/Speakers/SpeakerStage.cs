using NewsModel.Knowledge;
using NewsModel.Model;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Speakers;

/// <summary>
/// The speaker stage: turns the words naming each statement's speaker into entities (people with titles and
/// affiliations, organisations, countries and the capitals standing for them), then resolves pronouns,
/// descriptions ("the ministry", "the president", "the statement"), surnames and generic names to them.
/// Every form used becomes an alias with its mentions.
/// Reads <see cref="ParseContext.Statements"/> (each draft's <see cref="StatementDraft.SpeakerSpan"/>); writes
/// <see cref="ParseContext.Speakers"/> and each draft's <see cref="StatementDraft.SpeakerId"/>.
/// </summary>
internal static class SpeakerStage
{
    private static readonly WordSet OrganizationHeads = new([
        "Ministry", "Department", "Office", "Commission", "Committee", "Council", "Party", "Agency", "Bank", "Union", "Court",
        "Government", "Parliament", "Duma", "Assembly", "Service", "Institute", "Organization", "Organisation", "Corporation",
        "Corp", "Group", "Company", "Association", "Board", "Senate", "House", "Administration", "Fund", "Cabinet", "Embassy",
        "Mission", "Command", "Army", "Forces", "Police", "Bureau", "Authority", "Federation", "Secretariat", "Foundation",
        "Center", "Centre", "University", "Inc", "Ltd", "Reserve", "Treasury", "Congress", "Navy", "Staff", "Coalition",
        "Front", "Movement", "Alliance", "Network", "Club", "Society", "Exchange", "Lords", "Commons", "Tribunal",]);

    /// <summary>Heads of a phrase that speaks for the body or person named before them ("a Siemens spokesman", "Ms Lind's spokesman").</summary>
    private static readonly WordSet SpokesHeads = new([
        "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "official", "officials", "source", "sources",
        "representative", "representatives",]);

    private enum Class { None, Named, Pronoun, Description, Generic }

    /// <summary>Which entities a pronoun can stand for.</summary>
    private enum PronounFit { Any, Person, Body, Group }

    private sealed record Analysis(Class Class, string Name, SpeakerKind Kind, string? Title = null, string? Affiliation = null,
        PronounFit Pronoun = PronounFit.Any, DescriptionEntry? Description = null, GazetteerEntity? Gazetteer = null);

    private sealed class Entity
    {
        public required string Name { get; set; }
        public SpeakerKind Kind { get; set; }
        /// <summary>A bare capitalised name taken for a person for want of anything better ("Pravda", "Liberty").</summary>
        public bool Guessed { get; set; }
        public string? Title { get; set; }
        public string? Affiliation { get; set; }
        public GazetteerEntity? Gazetteer { get; init; }
        /// <summary>Made on the first alias: most entities never get one.</summary>
        public List<string>? Aliases { get; set; }
        /// <summary>Filled once every statement is resolved, in an array of the final size.</summary>
        public Mention[]? Mentions { get; set; }
        public int MentionCount { get; set; }
        public int LastUse { get; set; } = -1;
        public int FirstPosition { get; set; } = int.MaxValue;
        /// <summary>Its place in the order entities were made: the tie-break when two are first mentioned at one place.</summary>
        public int Order { get; init; }
        public string Id { get; set; } = "";
    }

    /// <summary>One token list reused for every speaker phrase of a parse, kept in the thread's scratch.</summary>
    private sealed class PhraseTokens : IParseScratch
    {
        /// <summary>A list grown past this many tokens by a huge phrase is not kept.</summary>
        private const int MaxKeptTokens = 4096;

        public List<Token> Tokens { get; } = [];

        public bool Release() => Tokens.Capacity <= MaxKeptTokens;
    }

    public static void Run(ParseContext ctx)
    {
        var entities = new List<Entity>();
        var drafts = ctx.Statements;
        var analyses = new Analysis?[drafts.Count];
        var resolved = new Entity?[drafts.Count];
        var tokens = ctx.Scratch.Get<PhraseTokens>().Tokens;
        for (int i = 0; i < drafts.Count; i++)
        {
            if (drafts[i].SpeakerSpan is { } span)
            {
                var a = Recent(ctx.Source, drafts, analyses, i, span);
                if (a is null)
                {
                    tokens.Clear();
                    Tokenizer.Tokenize(ctx.Source, span.Start, span.End, tokens);
                    a = Analyze(ctx, tokens, 0, tokens.Count);
                }
                analyses[i] = a;
                if (a.Class == Class.Named) resolved[i] = FindOrCreate(entities, a);
            }
        }
        var inheritCache = (Draft: (StatementDraft?)null, Index: -1);
        for (int i = 0; i < drafts.Count; i++)
        {
            if (resolved[i] is not null)
            {
                resolved[i]!.LastUse = i;
                continue;
            }
            var draft = drafts[i];
            if (draft.InheritFrom is { } inheritFrom && analyses[i] is null)
            {
                int from = IndexOf(drafts, inheritFrom, i, ref inheritCache);
                resolved[i] = from >= 0 ? resolved[from] : null;
            }
            else if (analyses[i] is { } a)
            {
                resolved[i] = a.Class switch
                {
                    Class.Pronoun => Nearest(entities, resolved, i, PronounFits(a.Pronoun)),
                    Class.Description => ResolveDescription(entities, resolved, i, a),
                    Class.Generic => ResolveGeneric(entities, a),
                    _ => null,
                };
                if (resolved[i] is null && a.Class == Class.Description && a.Description?.Kind != null)
                {
                    resolved[i] = FindOrCreate(entities, a with { Class = Class.Named, Kind = SpeakerKind.Other });
                }
            }
            if (resolved[i] is { } e) e.LastUse = i;
            else if (draft.SpeakerSpan is { } unresolved)
            {
                ctx.Report(DiagnosticDescriptors.UnresolvedSpeaker, unresolved);
            }
        }
        // Mentions and aliases, then ids in order of first mention. The mentions are counted first, so each
        // speaker's go straight into an array of their final size, which the model then owns.
        for (int i = 0; i < drafts.Count; i++)
        {
            if (resolved[i] is { } e && drafts[i].SpeakerSpan is not null) e.MentionCount++;
        }
        int used = 0;
        foreach (var e in entities)
        {
            if (e.MentionCount == 0) continue;
            e.Mentions = new Mention[e.MentionCount];
            e.MentionCount = 0;
            used++;
        }
        for (int i = 0; i < drafts.Count; i++)
        {
            if (resolved[i] is not { } e || drafts[i].SpeakerSpan is not { } span) continue;
            var text = Chars.Collapse(ctx.Source.AsSpan(span.Start, span.Length));
            e.Mentions![e.MentionCount++] = new Mention(text, span);
            e.FirstPosition = Math.Min(e.FirstPosition, span.Start);
            if (analyses[i]?.Class != Class.Pronoun && !string.Equals(text, e.Name, StringComparison.OrdinalIgnoreCase)
                && !ContainsIgnoringCase(e.Aliases, text))
            {
                (e.Aliases ??= []).Add(text);
            }
        }
        var speakers = used == 0 ? [] : new Entity[used];
        int n = 0;
        foreach (var e in entities)
        {
            if (e.Mentions is not { } mentions) continue;
            // Mentions already in order, as they mostly are, need no sort; Array.Sort keeps the order of mentions that
            // start together the same as a list sort would.
            if (!InOrder(mentions)) Array.Sort(mentions, static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
            speakers[n++] = e;
        }
        // In order of first mention, ties in the order the entities were made (the stable order LINQ's OrderBy gave).
        Array.Sort(speakers, static (a, b) => a.FirstPosition != b.FirstPosition ? a.FirstPosition.CompareTo(b.FirstPosition) : a.Order.CompareTo(b.Order));
        for (n = 0; n < speakers.Length; n++) speakers[n].Id = ItemIds.Speaker(n + 1);
        for (int i = 0; i < drafts.Count; i++) drafts[i].SpeakerId = resolved[i] is { Id.Length: > 0 } e ? e.Id : null;
        ctx.Speakers.EnsureCapacity(ctx.Speakers.Count + speakers.Length);
        foreach (var e in speakers)
        {
            ctx.Speakers.Add(new Speaker
            {
                Id = e.Id,
                Name = e.Name,
                Kind = e.Kind,
                Title = e.Title,
                Affiliation = e.Affiliation,
                Aliases = e.Aliases is { } aliases ? new(aliases.ToArray(), takeOwnership: true) : default,
                Mentions = new(e.Mentions, takeOwnership: true),
            });
        }
    }

    /// <summary>How many statements back <see cref="Recent"/> looks for the same phrase; a bound keeps it linear.</summary>
    private const int MaxLookBack = 32;

    /// <summary>
    /// The analysis of the same speaker phrase, written the same way, in one of the statements just before, or null.
    /// An analysis depends on the phrase's text and the knowledge alone, and phrases repeat ("he", "Mr Blair"),
    /// so each is read once; analyses are immutable, so statements may share one.
    /// </summary>
    private static Analysis? Recent(string source, List<StatementDraft> drafts, Analysis?[] analyses, int i, TextSpan span)
    {
        var phrase = source.AsSpan(span.Start, span.Length);
        for (int j = i - 1; j >= Math.Max(0, i - MaxLookBack); j--)
        {
            if (analyses[j] is { } a && drafts[j].SpeakerSpan is { } other && other.Length == span.Length
                && source.AsSpan(other.Start, other.Length).SequenceEqual(phrase))
            {
                return a;
            }
        }
        return null;
    }

    /// <summary>
    /// The index of <paramref name="draft"/> among the drafts, looked for outward from <paramref name="near"/>:
    /// a statement inherits from one close by (the one before, or the headline's from the one after it). Each draft
    /// is in the list once. The last answer is kept, since the items of a list all inherit from its heading.
    /// </summary>
    private static int IndexOf(List<StatementDraft> drafts, StatementDraft draft, int near, ref (StatementDraft? Draft, int Index) cache)
    {
        if (cache.Draft == draft) return cache.Index;
        int found = -1;
        for (int d = 1; found < 0 && (near - d >= 0 || near + d < drafts.Count); d++)
        {
            if (near - d >= 0 && drafts[near - d] == draft) found = near - d;
            else if (near + d < drafts.Count && drafts[near + d] == draft) found = near + d;
        }
        cache = (draft, found);
        return found;
    }

    /// <summary>True when each mention starts after the one before.</summary>
    private static bool InOrder(Mention[] mentions)
    {
        for (int i = 1; i < mentions.Length; i++)
        {
            if (mentions[i].Span.Start <= mentions[i - 1].Span.Start) return false;
        }
        return true;
    }

    private static bool ContainsIgnoringCase(List<string>? list, string value)
    {
        if (list is null) return false;
        foreach (var item in list)
        {
            if (string.Equals(item, value, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>What a pronoun can stand for, told once when it is read rather than at every candidate.</summary>
    private static PronounFit ClassifyPronoun(ReadOnlySpan<char> word)
    {
        // Lower-cased (invariant, char by char) and then compared exactly, so odd letters that match a
        // pronoun only ignoring case ("ſhe") still fit anything.
        Span<char> lower = stackalloc char[4];
        if (word.Length > lower.Length) return PronounFit.Any;
        lower = lower[..word.ToLowerInvariant(lower)];
        return Pronouns.In(Pronouns.Person, lower) ? PronounFit.Person
            : Pronouns.In(Pronouns.Body, lower) ? PronounFit.Body
            : Pronouns.In(Pronouns.Group, lower) ? PronounFit.Group
            : PronounFit.Any;
    }

    private static Func<Entity, bool> PronounFits(PronounFit fit) => fit switch
    {
        PronounFit.Person => static e => e.Kind == SpeakerKind.Person,
        PronounFit.Body => static e => e.Kind is SpeakerKind.Organization or SpeakerKind.Country,
        PronounFit.Group => static e => e.Kind is SpeakerKind.Organization or SpeakerKind.Country or SpeakerKind.Other,
        _ => static _ => true,
    };

    /// <summary>How far (in statements) a pronoun or description looks for its antecedent; far above any real article's need.</summary>
    private const int MaxAntecedentDistance = 100;

    /// <summary>The entity of the nearest statement before <paramref name="i"/> that fits, else the nearest after it.</summary>
    /// <remarks>
    /// Looks at most <see cref="MaxAntecedentDistance"/> statements either way: an unbounded search made an article
    /// of many unresolvable pronouns ("\"No,\" he said." ten thousand times) quadratic.
    /// </remarks>
    private static Entity? Nearest(List<Entity> entities, Entity?[] resolved, int i, Func<Entity, bool> fits)
    {
        for (int j = i - 1; j >= Math.Max(0, i - MaxAntecedentDistance); j--)
        {
            if (resolved[j] is { } e && fits(e)) return e;
        }
        for (int j = i + 1; j < Math.Min(resolved.Length, i + 1 + MaxAntecedentDistance); j++)
        {
            if (resolved[j] is { } e && fits(e)) return e;
        }
        return First(entities, fits);
    }

    /// <summary>The first entity made that fits, or null.</summary>
    private static Entity? First(List<Entity> entities, Func<Entity, bool> fits)
    {
        foreach (var e in entities)
        {
            if (fits(e)) return e;
        }
        return null;
    }

    private static Entity? ResolveDescription(List<Entity> entities, Entity?[] resolved, int i, Analysis a)
    {
        var d = a.Description!;
        if (d.Kind is null) return Nearest(entities, resolved, i, static _ => true);
        if (d.Kind == SpeakerKind.Person)
        {
            Func<Entity, bool> titleFits = e => e.Kind == SpeakerKind.Person && (d.Titles.IsEmpty || (e.Title is { } title && ContainsAny(title, d.Titles)));
            return Nearest(entities, resolved, i, titleFits)
                ?? First(entities, titleFits)
                ?? Nearest(entities, resolved, i, static e => e.Kind == SpeakerKind.Person);
        }
        var noun = d.HeadNoun;
        Func<Entity, bool> orgFits = e => e.Kind is SpeakerKind.Organization && (e.Name.Contains(noun, StringComparison.OrdinalIgnoreCase)
            || (e.Gazetteer is { } g && AnyEqualsIgnoringCase(g.HeadNouns, noun)));
        var org = Nearest(entities, resolved, i, orgFits) ?? First(entities, orgFits);
        if (org is null && Nearest(entities, resolved, i, static e => e.Guessed) is { } guessed)
        {
            // "Pravda said …; the newspaper said …": a bare name was a body after all.
            guessed.Kind = SpeakerKind.Organization;
            guessed.Guessed = false;
            org = guessed;
        }
        return org;
    }

    /// <summary>True when <paramref name="text"/> contains one of <paramref name="parts"/>, ignoring case.</summary>
    private static bool ContainsAny(string text, EquatableArray<string> parts)
    {
        foreach (var part in parts)
        {
            if (text.Contains(part, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static bool AnyEqualsIgnoringCase(EquatableArray<string> words, string word)
    {
        foreach (var w in words)
        {
            if (w.Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static Entity ResolveGeneric(List<Entity> entities, Analysis a)
    {
        var g = a.Gazetteer!;
        foreach (var e in entities)
        {
            if (e.Gazetteer == g || string.Equals(e.Name, g.Name, StringComparison.OrdinalIgnoreCase)) return e;
        }
        if (!g.HeadNouns.IsEmpty)
        {
            var head = g.HeadNouns[0];
            foreach (var e in entities)
            {
                if (e.Kind == SpeakerKind.Organization
                    && (e.Name.Contains(head, StringComparison.OrdinalIgnoreCase) || (e.Gazetteer is { } eg && eg.HeadNouns.AsSpan().Contains(head))))
                {
                    return e;
                }
            }
        }
        return FindOrCreate(entities, a with { Class = Class.Named });
    }

    private static Entity FindOrCreate(List<Entity> entities, Analysis a)
    {
        foreach (var e in entities)
        {
            if (string.Equals(e.Name, a.Name, StringComparison.OrdinalIgnoreCase) && (e.Kind == a.Kind || a.Kind == SpeakerKind.Other || e.Guessed || IsGuess(a)))
            {
                e.Title ??= a.Title;
                e.Affiliation ??= a.Affiliation;
                if (IsAllCaps(e.Name) && !IsAllCaps(a.Name)) e.Name = a.Name;
                return e;
            }
        }
        if (a.Kind == SpeakerKind.Person)
        {
            var last = LastWord(a.Name);
            bool single = !a.Name.Contains(' ', StringComparison.Ordinal);
            foreach (var e in entities)
            {
                if (e.Kind != SpeakerKind.Person) continue;
                bool eSingle = !e.Name.Contains(' ', StringComparison.Ordinal);
                if (single && (LastWord(e.Name).Equals(a.Name, StringComparison.OrdinalIgnoreCase) || a.Name.Length >= 6 && WithinOneEdit(LastWord(e.Name), a.Name)))
                {
                    e.Title ??= a.Title;
                    return e;
                }
                if (eSingle && !single && e.Name.AsSpan().Equals(last, StringComparison.OrdinalIgnoreCase))
                {
                    e.Aliases ??= [];
                    if (!e.Aliases.Contains(e.Name)) e.Aliases.Add(e.Name);
                    e.Name = a.Name;
                    e.Title ??= a.Title;
                    e.Affiliation ??= a.Affiliation;
                    return e;
                }
            }
        }
        var created = new Entity
        {
            Name = a.Name, Kind = a.Kind, Title = a.Title, Affiliation = a.Affiliation, Gazetteer = a.Gazetteer, Guessed = IsGuess(a), Order = entities.Count,
        };
        entities.Add(created);
        return created;
    }

    private static bool IsGuess(Analysis a) =>
        a.Class == Class.Named && a.Kind == SpeakerKind.Person && a.Title is null && a.Gazetteer is null && !a.Name.Contains(' ', StringComparison.Ordinal);

    /// <summary>True when the names differ by at most one letter ("Kowalski", "Kowalsky"): a misspelt surname.</summary>
    private static bool WithinOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.ToLowerInvariant(a[i]) == char.ToLowerInvariant(b[j]))
            {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) return false;
            if (a.Length > b.Length) i++;
            else if (b.Length > a.Length) j++;
            else
            {
                i++;
                j++;
            }
        }
        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }

    /// <summary>True when <paramref name="s"/> has a letter and no lower-case one.</summary>
    private static bool IsAllCaps(string s)
    {
        bool letter = false;
        foreach (char c in s)
        {
            if (char.IsLower(c)) return false;
            letter |= char.IsLetter(c);
        }
        return letter;
    }

    private static ReadOnlySpan<char> LastWord(string name)
    {
        int i = name.LastIndexOf(' ');
        return i < 0 ? name : name.AsSpan(i + 1);
    }

    /// <summary>
    /// Reads the speaker phrase made of <c>tokens[from..to)</c>. A phrase inside it (the owner of "the ministry's
    /// statement", the body of "a spokesman for the ministry") is read from the same tokens: tokenizing its text
    /// again gave the very same tokens.
    /// </summary>
    private static Analysis Analyze(ParseContext ctx, List<Token> tokens, int from, int to)
    {
        var s = ctx.Source;
        var k = ctx.Knowledge;
        int start = from, end = to;
        string Str(int a, int b) => a >= b ? "" : Chars.Collapse(s.AsSpan(tokens[a].Start, tokens[b - 1].End - tokens[a].Start));
        bool Is(int i, string w) => s.AsSpan(tokens[i].Start, tokens[i].Length).Equals(w, StringComparison.OrdinalIgnoreCase);
        bool IsAny(int i, string[] words)
        {
            foreach (var w in words)
            {
                if (Is(i, w)) return true;
            }
            return false;
        }

        if (end - start == 1 && tokens[start].Kind == TokenKind.Word && (IsAny(start, Pronouns.Subject) || IsAny(start, Pronouns.Object)))
        {
            // Only what the pronoun can stand for is needed: its name is never read.
            return new Analysis(Class.Pronoun, "", SpeakerKind.Other, Pronoun: ClassifyPronoun(s.AsSpan(tokens[start].Start, tokens[start].Length)));
        }
        while (start < end && (Is(start, "the") || Is(start, "a") || Is(start, "an"))) start++;
        // "Prime Minister Ana Ruiz's promise": the possessive is not part of the name.
        if (end - start > 2 && Is(end - 1, "s") && tokens[end - 2].Kind == TokenKind.Punct && Chars.IsApostrophe(s[tokens[end - 2].Start])) end -= 2;
        if (start >= end) return new Analysis(Class.None, "", SpeakerKind.Other);

        // "the ministry's statement", "the president's words": a document or words stand for their author.
        if (end - start > 3 && Is(end - 2, "s") && tokens[end - 3].Kind == TokenKind.Punct && Chars.IsApostrophe(s[tokens[end - 3].Start])
            && k.Descriptions.TryMatch(s, tokens, end - 1, end, out var document, out _) && document.Kind is null)
        {
            var owner = Analyze(ctx, tokens, start, end - 3);
            if (owner.Class != Class.None) return owner;
        }

        // "a Siemens spokesman", "Ms Lind's spokesman", "a spokeswoman for the Information Commissioner's Office".
        for (int h = start; h < end; h++)
        {
            if (tokens[h].Kind != TokenKind.Word || !SpokesHeads.Contains(s.AsSpan(tokens[h].Start, tokens[h].Length))) continue;
            if (h == end - 1 && h > start)
            {
                int modEnd = h;
                bool possessive = modEnd - 2 >= start && Is(modEnd - 1, "s") && Chars.IsApostrophe(s[tokens[modEnd - 2].Start]);
                if (possessive) modEnd -= 2;
                bool named = true;
                for (int m = start; m < modEnd; m++) named &= tokens[m].Kind != TokenKind.Word || Chars.IsCapitalized(s, tokens[m]) || Is(m, "of") || Is(m, "and");
                if (modEnd > start && (possessive || named) && !k.Adjectives.TryMatch(s, tokens, start, modEnd, out _, out int adjEnd) | adjEnd != modEnd)
                {
                    var inner = Analyze(ctx, tokens, start, modEnd);
                    if (inner.Class == Class.Named && !possessive && inner.Kind == SpeakerKind.Person && inner.Title is null) inner = inner with { Kind = SpeakerKind.Organization };
                    if (inner.Class is Class.Named or Class.Generic or Class.Description) return inner;
                }
            }
            else if (h + 2 < end && (Is(h + 1, "for") || Is(h + 1, "of") || Is(h + 1, "at")))
            {
                var inner = Analyze(ctx, tokens, h + 2, end);
                if (inner.Class is Class.Named or Class.Generic or Class.Description) return inner;
            }
            break;
        }

        // A known organisation or country, covering the phrase to its end.
        for (int i = start; i < end; i++)
        {
            if (k.Gazetteer.TryMatch(s, tokens, i, end, out var hit, out int hitEnd) && hitEnd == end && AllBeforeAreModifiers(i))
            {
                return hit.Generic
                    ? new Analysis(Class.Generic, hit.Entity.Name, hit.Entity.Kind, Gazetteer: hit.Entity)
                    : new Analysis(Class.Named, hit.Entity.Name, hit.Entity.Kind, Affiliation: hit.Entity.Kind == SpeakerKind.Organization ? hit.Entity.Country : null, Gazetteer: hit.Entity);
            }
        }

        // A person with a title: "Russian Deputy Foreign Minister Sergey Ryabkov", "Tory leader Michael Howard".
        int titleStart = -1, titleEnd = -1;
        TitleEntry? title = null;
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
        if (title is not null)
        {
            int n = titleEnd;
            while (n < end && tokens[n].Kind == TokenKind.Punct) n++;
            if (n < end && (Is(n, "to") || Is(n, "of") || Is(n, "in") || Is(n, "at") || Is(n, "for")))
            {
                // "Ambassador to Oslo Maria Keller": the place ends where the two-word name begins.
                int nameRun = CapitalRunStart(end);
                if (nameRun > n && end - nameRun >= 3 && tokens[end - 1].Kind == TokenKind.Word && tokens[end - 2].Kind == TokenKind.Word) n = end - 2;
            }
            if (n < end && CapitalRun(n) == end)
            {
                string? affiliation = Ministry(Str(titleStart, titleEnd), Affiliation(start, titleStart));
                return new Analysis(Class.Named, Str(n, end), SpeakerKind.Person,
                    Title: title.IsHonorific ? null : Str(titleStart, titleEnd), Affiliation: affiliation);
            }
        }

        // A description: "the ministry", "the Russian president", "the head of state", "the statement".
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
                        return new Analysis(Class.Named, Str(r, i), SpeakerKind.Organization);
                    }
                }
                return new Analysis(Class.Description, Str(start, end), d.Kind ?? SpeakerKind.Other, Description: d);
            }
        }

        // A capitalised name: a person, or an organisation by its head word.
        int run = CapitalRunStart(end);
        if (run < end)
        {
            bool conjoined = false;
            for (int i = start; i < end; i++) conjoined |= Is(i, "and");
            var lastWord = s.AsSpan(tokens[end - 1].Start, tokens[end - 1].Length);
            if (conjoined) return new Analysis(Class.Named, Str(start, end), SpeakerKind.Organization);
            if (OrganizationHeads.Contains(lastWord)) return new Analysis(Class.Named, Str(run, end), SpeakerKind.Organization, Affiliation: Affiliation(start, run));
            bool possessive = false;
            for (int i = run; i < end; i++) possessive |= tokens[i].Kind == TokenKind.Punct && Chars.IsApostrophe(s[tokens[i].Start]);
            if (!possessive) return new Analysis(Class.Named, Str(run, end), SpeakerKind.Person, Affiliation: Affiliation(start, run));
        }
        // A group: "officials", "lawmakers", "aides".
        for (int i = start; i < end; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && k.IsGroupNoun(s.AsSpan(tokens[i].Start, tokens[i].Length)))
            {
                return new Analysis(Class.Named, Str(start, end), SpeakerKind.Other);
            }
        }
        return new Analysis(Class.None, Str(start, end), SpeakerKind.Other);

        bool AllBeforeAreModifiers(int i)
        {
            for (int j = start; j < i; j++)
            {
                if (tokens[j].Kind == TokenKind.Word && !char.IsUpper(s[tokens[j].Start])) return false;
            }
            return true;
        }

        int CapitalRun(int from)
        {
            int i = from;
            while (i < end && (Chars.IsCapitalized(s, tokens[i]) || tokens[i].Kind == TokenKind.Punct && s[tokens[i].Start] is '.' or '-' or '\'' or '\u2019' || Is(i, "s") && i > from)) i++;
            return i;
        }

        int CapitalRunStart(int to)
        {
            int i = to;
            while (i > start && (Chars.IsCapitalized(s, tokens[i - 1]) || tokens[i - 1].Kind == TokenKind.Punct && s[tokens[i - 1].Start] is '.' or '-')) i--;
            while (i < to && tokens[i].Kind == TokenKind.Punct) i++;
            return i;
        }

        // "Russian Deputy Foreign Minister": a minister belongs to the ministry of the same name, when it is known.
        string? Ministry(string titleText, string? country)
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

        string? Affiliation(int from, int to)
        {
            for (int i = from; i < to; i++)
            {
                if (k.Adjectives.TryMatch(s, tokens, i, to, out var country, out _)) return country.Name;
                if (k.Gazetteer.TryMatch(s, tokens, i, to, out var hit, out _)) return hit.Entity.Name;
            }
            return null;
        }
    }
}
