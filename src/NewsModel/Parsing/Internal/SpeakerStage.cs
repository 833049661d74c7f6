using NewsModel.Knowledge;
using NewsModel.Model;

namespace NewsModel.Parsing.Internal;

/// <summary>
/// Fourth and fifth stages: turns the words naming each statement's speaker into entities (people with titles
/// and affiliations, organisations, countries and the capitals standing for them), then resolves pronouns,
/// descriptions ("the ministry", "the president", "the statement"), surnames and generic names to them.
/// Every form used becomes an alias with its mentions.
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

    private sealed record Analysis(Class Class, string Name, SpeakerKind Kind, string? Title = null, string? Affiliation = null,
        string? Pronoun = null, DescriptionEntry? Description = null, GazetteerEntity? Gazetteer = null);

    private sealed class Entity
    {
        public required string Name { get; set; }
        public SpeakerKind Kind { get; set; }
        /// <summary>A bare capitalised name taken for a person for want of anything better ("Pravda", "Liberty").</summary>
        public bool Guessed { get; set; }
        public string? Title { get; set; }
        public string? Affiliation { get; set; }
        public GazetteerEntity? Gazetteer { get; init; }
        public List<string> Aliases { get; } = [];
        public List<Mention> Mentions { get; } = [];
        public int LastUse { get; set; } = -1;
        public int FirstPosition { get; set; } = int.MaxValue;
        public string Id { get; set; } = "";
    }

    public static void Run(ParseContext ctx)
    {
        var entities = new List<Entity>();
        var drafts = ctx.Statements;
        var analyses = new Analysis?[drafts.Count];
        var resolved = new Entity?[drafts.Count];
        for (int i = 0; i < drafts.Count; i++)
        {
            if (drafts[i].SpeakerSpan is { } span)
            {
                analyses[i] = Analyze(ctx, span);
                if (analyses[i]!.Class == Class.Named) resolved[i] = FindOrCreate(entities, analyses[i]!);
            }
        }
        var index = new Dictionary<StatementDraft, int>(drafts.Count);
        for (int i = 0; i < drafts.Count; i++) index[drafts[i]] = i;
        for (int i = 0; i < drafts.Count; i++)
        {
            if (resolved[i] is not null)
            {
                resolved[i]!.LastUse = i;
                continue;
            }
            var draft = drafts[i];
            if (draft.InheritFrom is not null && analyses[i] is null)
            {
                resolved[i] = index.TryGetValue(draft.InheritFrom, out int from) ? resolved[from] : null;
            }
            else if (analyses[i] is { } a)
            {
                resolved[i] = a.Class switch
                {
                    Class.Pronoun => Nearest(entities, resolved, i, e => Fits(a.Pronoun!, e.Kind)),
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
                ctx.Report(DiagnosticCodes.UnresolvedSpeaker, DiagnosticSeverity.Info, DiagnosticCodes.UnresolvedSpeakerMessage, unresolved);
            }
        }
        // Mentions and aliases, then ids in order of first mention.
        for (int i = 0; i < drafts.Count; i++)
        {
            if (resolved[i] is not { } e || drafts[i].SpeakerSpan is not { } span) continue;
            var text = Text.Collapse(ctx.Source.AsSpan(span.Start, span.Length));
            e.Mentions.Add(new Mention(text, span));
            e.FirstPosition = Math.Min(e.FirstPosition, span.Start);
            if (analyses[i]?.Class != Class.Pronoun && !string.Equals(text, e.Name, StringComparison.OrdinalIgnoreCase)
                && !e.Aliases.Contains(text, StringComparer.OrdinalIgnoreCase))
            {
                e.Aliases.Add(text);
            }
        }
        foreach (var e in entities)
        {
            e.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            if (e.FirstPosition == int.MaxValue) e.FirstPosition = int.MaxValue - 1;
        }
        var used = entities.Where(e => e.Mentions.Count > 0).OrderBy(e => e.FirstPosition).ToList();
        for (int n = 0; n < used.Count; n++) used[n].Id = "sp" + (n + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (int i = 0; i < drafts.Count; i++) drafts[i].SpeakerId = resolved[i] is { Id.Length: > 0 } e ? e.Id : null;
        foreach (var e in used)
        {
            ctx.Speakers.Add(new Speaker
            {
                Id = e.Id,
                Name = e.Name,
                Kind = e.Kind,
                Title = e.Title,
                Affiliation = e.Affiliation,
                Aliases = e.Aliases.ToEquatableArray(),
                Mentions = e.Mentions.ToEquatableArray(),
            });
        }
    }

    private static bool Fits(string pronoun, SpeakerKind kind) => pronoun.ToLowerInvariant() switch
    {
        "he" or "she" or "him" or "her" => kind == SpeakerKind.Person,
        "it" => kind is SpeakerKind.Organization or SpeakerKind.Country,
        "they" or "them" => kind is SpeakerKind.Organization or SpeakerKind.Country or SpeakerKind.Other,
        _ => true,
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
        return entities.FirstOrDefault(fits);
    }

    private static Entity? ResolveDescription(List<Entity> entities, Entity?[] resolved, int i, Analysis a)
    {
        var d = a.Description!;
        if (d.Kind is null) return Nearest(entities, resolved, i, _ => true);
        if (d.Kind == SpeakerKind.Person)
        {
            bool TitleFits(Entity e) => e.Kind == SpeakerKind.Person && (d.Titles.IsEmpty
                || (e.Title is { } title && d.Titles.Any(t => title.Contains(t, StringComparison.OrdinalIgnoreCase))));
            return Nearest(entities, resolved, i, TitleFits)
                ?? entities.Where(TitleFits).FirstOrDefault()
                ?? Nearest(entities, resolved, i, e => e.Kind == SpeakerKind.Person);
        }
        var noun = d.HeadNoun;
        bool OrgFits(Entity e) => e.Kind is SpeakerKind.Organization && (e.Name.Contains(noun, StringComparison.OrdinalIgnoreCase)
            || (e.Gazetteer?.HeadNouns.Any(h => h.Equals(noun, StringComparison.OrdinalIgnoreCase)) ?? false));
        var org = Nearest(entities, resolved, i, OrgFits) ?? entities.FirstOrDefault(OrgFits);
        if (org is null && Nearest(entities, resolved, i, e => e.Guessed) is { } guessed)
        {
            // "Pravda said …; the newspaper said …": a bare name was a body after all.
            guessed.Kind = SpeakerKind.Organization;
            guessed.Guessed = false;
            org = guessed;
        }
        return org;
    }

    private static Entity ResolveGeneric(List<Entity> entities, Analysis a)
    {
        var g = a.Gazetteer!;
        var same = entities.FirstOrDefault(e => e.Gazetteer == g || string.Equals(e.Name, g.Name, StringComparison.OrdinalIgnoreCase));
        if (same is not null) return same;
        var head = g.HeadNouns.IsEmpty ? null : g.HeadNouns[0];
        var rival = head is null ? null : entities.FirstOrDefault(e => e.Kind == SpeakerKind.Organization
            && (e.Name.Contains(head, StringComparison.OrdinalIgnoreCase) || (e.Gazetteer?.HeadNouns.Contains(head) ?? false)));
        return rival ?? FindOrCreate(entities, a with { Class = Class.Named });
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
            foreach (var e in entities)
            {
                if (e.Kind != SpeakerKind.Person) continue;
                bool single = !a.Name.Contains(' ', StringComparison.Ordinal);
                bool eSingle = !e.Name.Contains(' ', StringComparison.Ordinal);
                if (single && (string.Equals(LastWord(e.Name), a.Name, StringComparison.OrdinalIgnoreCase) || a.Name.Length >= 6 && WithinOneEdit(LastWord(e.Name), a.Name)))
                {
                    e.Title ??= a.Title;
                    return e;
                }
                if (eSingle && !single && string.Equals(e.Name, last, StringComparison.OrdinalIgnoreCase))
                {
                    if (!e.Aliases.Contains(e.Name)) e.Aliases.Add(e.Name);
                    e.Name = a.Name;
                    e.Title ??= a.Title;
                    e.Affiliation ??= a.Affiliation;
                    return e;
                }
            }
        }
        var created = new Entity { Name = a.Name, Kind = a.Kind, Title = a.Title, Affiliation = a.Affiliation, Gazetteer = a.Gazetteer, Guessed = IsGuess(a) };
        entities.Add(created);
        return created;
    }

    private static bool IsGuess(Analysis a) =>
        a.Class == Class.Named && a.Kind == SpeakerKind.Person && a.Title is null && a.Gazetteer is null && !a.Name.Contains(' ', StringComparison.Ordinal);

    /// <summary>True when the names differ by at most one letter ("Kowalski", "Kowalsky"): a misspelt surname.</summary>
    private static bool WithinOneEdit(string a, string b)
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

    private static bool IsAllCaps(string s) => s.Any(char.IsLetter) && !s.Any(char.IsLower);

    private static string LastWord(string name)
    {
        int i = name.LastIndexOf(' ');
        return i < 0 ? name : name[(i + 1)..];
    }

    private static Analysis Analyze(ParseContext ctx, TextSpan span)
    {
        var s = ctx.Source;
        var k = ctx.Knowledge;
        var tokens = new List<Token>();
        Tokenizer.Tokenize(s, span.Start, span.End, tokens);
        int start = 0, end = tokens.Count;
        string Str(int a, int b) => a >= b ? "" : Text.Collapse(s.AsSpan(tokens[a].Start, tokens[b - 1].End - tokens[a].Start));
        bool Is(int i, string w) => s.AsSpan(tokens[i].Start, tokens[i].Length).Equals(w, StringComparison.OrdinalIgnoreCase);

        if (end - start == 1 && tokens[0].Kind == TokenKind.Word && Is(0, "he") | Is(0, "she") | Is(0, "they") | Is(0, "it") | Is(0, "we") | Is(0, "i") | Is(0, "him") | Is(0, "her") | Is(0, "them"))
        {
            return new Analysis(Class.Pronoun, Str(0, 1), SpeakerKind.Other, Pronoun: Str(0, 1));
        }
        while (start < end && (Is(start, "the") || Is(start, "a") || Is(start, "an"))) start++;
        // "Prime Minister Ana Ruiz's promise": the possessive is not part of the name.
        if (end - start > 2 && Is(end - 1, "s") && tokens[end - 2].Kind == TokenKind.Punct && Text.IsApostrophe(s[tokens[end - 2].Start])) end -= 2;
        if (start >= end) return new Analysis(Class.None, "", SpeakerKind.Other);

        // "the ministry's statement", "the president's words": a document or words stand for their author.
        if (end - start > 3 && Is(end - 2, "s") && tokens[end - 3].Kind == TokenKind.Punct && Text.IsApostrophe(s[tokens[end - 3].Start])
            && k.Descriptions.TryMatch(s, tokens, end - 1, end, out var document, out _) && document.Kind is null)
        {
            var owner = Analyze(ctx, TextSpan.FromBounds(tokens[start].Start, tokens[end - 4].End));
            if (owner.Class != Class.None) return owner;
        }

        // "a Siemens spokesman", "Ms Lind's spokesman", "a spokeswoman for the Information Commissioner's Office".
        for (int h = start; h < end; h++)
        {
            if (tokens[h].Kind != TokenKind.Word || !SpokesHeads.Contains(s.AsSpan(tokens[h].Start, tokens[h].Length))) continue;
            if (h == end - 1 && h > start)
            {
                int modEnd = h;
                bool possessive = modEnd - 2 >= start && Is(modEnd - 1, "s") && Text.IsApostrophe(s[tokens[modEnd - 2].Start]);
                if (possessive) modEnd -= 2;
                bool named = true;
                for (int m = start; m < modEnd; m++) named &= tokens[m].Kind != TokenKind.Word || Text.IsCapitalized(s, tokens[m]) || Is(m, "of") || Is(m, "and");
                if (modEnd > start && (possessive || named) && !k.Adjectives.TryMatch(s, tokens, start, modEnd, out _, out int adjEnd) | adjEnd != modEnd)
                {
                    var inner = Analyze(ctx, TextSpan.FromBounds(tokens[start].Start, tokens[modEnd - 1].End));
                    if (inner.Class == Class.Named && !possessive && inner.Kind == SpeakerKind.Person && inner.Title is null) inner = inner with { Kind = SpeakerKind.Organization };
                    if (inner.Class is Class.Named or Class.Generic or Class.Description) return inner;
                }
            }
            else if (h + 2 < end && (Is(h + 1, "for") || Is(h + 1, "of") || Is(h + 1, "at")))
            {
                var inner = Analyze(ctx, TextSpan.FromBounds(tokens[h + 2].Start, tokens[end - 1].End));
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
                    while (r > start && Text.IsCapitalized(s, tokens[r - 1])) r--;
                    var runLast = r < i ? s.Substring(tokens[i - 1].Start, tokens[i - 1].Length) : "";
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
            var lastWord = s.Substring(tokens[end - 1].Start, tokens[end - 1].Length);
            if (conjoined) return new Analysis(Class.Named, Str(start, end), SpeakerKind.Organization);
            if (OrganizationHeads.Contains(lastWord)) return new Analysis(Class.Named, Str(run, end), SpeakerKind.Organization, Affiliation: Affiliation(start, run));
            bool possessive = false;
            for (int i = run; i < end; i++) possessive |= tokens[i].Kind == TokenKind.Punct && Text.IsApostrophe(s[tokens[i].Start]);
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
            while (i < end && (Text.IsCapitalized(s, tokens[i]) || tokens[i].Kind == TokenKind.Punct && s[tokens[i].Start] is '.' or '-' or '\'' or '\u2019' || Is(i, "s") && i > from)) i++;
            return i;
        }

        int CapitalRunStart(int to)
        {
            int i = to;
            while (i > start && (Text.IsCapitalized(s, tokens[i - 1]) || tokens[i - 1].Kind == TokenKind.Punct && s[tokens[i - 1].Start] is '.' or '-')) i--;
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
