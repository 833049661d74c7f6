using NewsModel.Knowledge;
using NewsModel.Model;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Speakers;

/// <summary>Resolving pronouns, descriptions and generic names to the entities the article names.</summary>
internal static partial class SpeakerStage
{
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

    /// <summary>True when an entity of kind <paramref name="kind"/> is one a pronoun that fits <paramref name="fit"/> can stand for.</summary>
    /// <remarks>
    /// A test of two values, not a delegate: the pronoun's search asks it of every name near the pronoun, inlined there
    /// (2,654 calls over the 200 bulk articles).
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool PronounFits(PronounFit fit, SpeakerKind kind) => fit switch
    {
        PronounFit.Person => kind == SpeakerKind.Person,
        PronounFit.Body => kind is SpeakerKind.Organization or SpeakerKind.Country,
        PronounFit.Group => kind is SpeakerKind.Organization or SpeakerKind.Country or SpeakerKind.Other,
        _ => true,
    };

    /// <summary>How far (in statements) a pronoun or description looks for its antecedent; far above any real article's need.</summary>
    private const int MaxAntecedentDistance = 100;

    /// <summary>The entity of the nearest statement before <paramref name="i"/> that fits, else the nearest after it.</summary>
    /// <remarks>
    /// Looks at most <see cref="MaxAntecedentDistance"/> statements either way: an unbounded search made an article
    /// of many unresolvable pronouns ("\"No,\" he said." ten thousand times) quadratic. An entity is asked once per
    /// search: one that did not fit is stamped with the search's number (<see cref="SpeakerEntity.Unfit"/>) and passed
    /// over where it speaks again, before or after the statement and in the first entities made. The tests read only
    /// what stays the same through the search; the statements of an article have a few speakers, each asked again at
    /// every statement of theirs when only the one just asked was passed over ("the mayor" asked each person's title
    /// ignoring case at each of their statements and again among the first made: about 0.1 M instructions over the
    /// 200 bulk articles).
    /// </remarks>
    private static SpeakerEntity? Nearest<T>(EntityIndex entities, SpeakerEntity?[] resolved, int i, T fits) where T : struct, IEntityTest
    {
        int search = entities.NextSearch();
        for (int j = i - 1; j >= Math.Max(0, i - MaxAntecedentDistance); j--)
        {
            entities.CountVisits(1);
            if (resolved[j] is not { } e || e.Unfit == search) continue;
            if (fits.Fits(e)) return e;
            e.Unfit = search;
        }
        for (int j = i + 1; j < Math.Min(resolved.Length, i + 1 + MaxAntecedentDistance); j++)
        {
            entities.CountVisits(1);
            if (resolved[j] is not { } e || e.Unfit == search) continue;
            if (fits.Fits(e)) return e;
            e.Unfit = search;
        }
        return First(entities, fits, search);
    }

    /// <summary>
    /// The first entity made that fits, of the first <see cref="MaxAntecedentDistance"/> made, or null; those stamped
    /// unfit by the search <paramref name="search"/> (0 for none) are not asked again.
    /// </summary>
    /// <remarks>Bounded so that a text naming thousands of entities costs no more per description than one naming a hundred.</remarks>
    private static SpeakerEntity? First<T>(EntityIndex entities, T fits, int search = 0) where T : struct, IEntityTest
    {
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(entities.All);
        int n = Math.Min(all.Length, MaxAntecedentDistance);
        for (int i = 0; i < n; i++)
        {
            if (all[i].Unfit != search && fits.Fits(all[i]))
            {
                entities.CountVisits(i + 1);
                return all[i];
            }
        }
        entities.CountVisits(n);
        return null;
    }

    /// <summary>
    /// What a description's search asks of each entity: a struct for each test, so that the searches are made for each
    /// and call no delegate (a description made a closure and two delegates, and the search a delegate call per entity).
    /// </summary>
    private interface IEntityTest
    {
        bool Fits(SpeakerEntity e);
    }

    private readonly struct AnyEntity : IEntityTest
    {
        public bool Fits(SpeakerEntity e) => true;
    }

    private readonly struct PersonEntity : IEntityTest
    {
        public bool Fits(SpeakerEntity e) => e.Kind == SpeakerKind.Person;
    }

    private readonly struct GuessedEntity : IEntityTest
    {
        public bool Fits(SpeakerEntity e) => e.Guessed;
    }

    /// <summary>A person whose title has the description's noun ("the mayor": Mayor Tom Reyes), or any entity the text gives that role.</summary>
    private readonly struct TitledBy(string noun) : IEntityTest
    {
        // A title shorter than the noun cannot hold it: told before the search's call.
        public bool Fits(SpeakerEntity e) =>
            e.Kind == SpeakerKind.Person && e.Title is { } title && title.Length >= noun.Length && ContainsIgnoringCase(title, noun)
            || e.HasRole(noun);
    }

    /// <summary>A person whose title has one of the description's titles (any person when it lists none), or who has its noun's role.</summary>
    private readonly struct TitleFits(DescriptionEntry d) : IEntityTest
    {
        public bool Fits(SpeakerEntity e) => e.Kind == SpeakerKind.Person
            && (d.Titles.IsEmpty || (e.Title is { } title && ContainsAny(title, d.Titles)) || e.HasRole(d.HeadNoun));
    }

    /// <summary>An organisation whose name has the noun, or whose known head nouns include it.</summary>
    private readonly struct BodyHeadedBy(string noun) : IEntityTest
    {
        public bool Fits(SpeakerEntity e) => e.Kind is SpeakerKind.Organization && (ContainsIgnoringCase(e.Name, noun)
            || (e.Gazetteer is { } g && AnyEqualsIgnoringCase(g.HeadNouns, noun)));
    }

    /// <summary>
    /// "Mike Huckabee, the former Arkansas governor, said": a description set off by a comma straight after a name is
    /// that name in other words. The entity of that name when its kind fits the description's, else null.
    /// </summary>
    private static SpeakerEntity? Apposed(string source, TextMentions text, TextSpan span, Analysis a)
    {
        if (a.Description?.Kind is not { } kind) return null;
        int comma = span.Start - 1;
        while (comma >= 0 && source[comma] == ' ') comma--;
        if (comma < 0 || source[comma] != ',') return null;
        int m = text.FirstAtOrAfter(comma) - 1;
        if (m < 0) return null;
        var mention = text.Mentions[m];
        if (text.EntityOf(mention) is not { } e || mention.End > comma || !source.AsSpan(mention.End, comma - mention.End).IsWhiteSpace()) return null;
        bool fits = kind is SpeakerKind.Person or SpeakerKind.Other ? e.Kind == SpeakerKind.Person : e.Kind == kind;
        return fits ? e : null;
    }

    private static SpeakerEntity? ResolveDescription(EntityIndex entities, SpeakerEntity?[] resolved, int i, Analysis a)
    {
        var d = a.Description!;
        if (d.Kind is null) return Nearest(entities, resolved, i, new AnyEntity());
        if (d.Kind == SpeakerKind.Other)
        {
            // A description no table lists: a person whose title has its noun ("the mayor": Mayor Tom Reyes), else
            // a speaker of its own.
            // Nearest ends with First: the first entities made are asked once.
            return Nearest(entities, resolved, i, new TitledBy(d.HeadNoun)) ?? FindOrCreate(entities, a with { Class = Class.Named, Kind = SpeakerKind.Other });
        }
        if (d.Kind == SpeakerKind.Person)
        {
            return Nearest(entities, resolved, i, new TitleFits(d)) ?? Nearest(entities, resolved, i, new PersonEntity());
        }
        var noun = d.HeadNoun;
        var orgFits = new BodyHeadedBy(noun);
        var org = Nearest(entities, resolved, i, orgFits) ?? FirstHeadedBy(entities, noun, orgFits);
        if (org is null && Nearest(entities, resolved, i, new GuessedEntity()) is { } guessed)
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
            if (ContainsIgnoringCase(text, part)) return true;
        }
        return false;
    }

    /// <summary>
    /// <c>text.Contains(part, StringComparison.OrdinalIgnoreCase)</c>, with a part of ASCII alone (the common case: a
    /// description's noun, a title) matched here: the framework's search cost about 330 instructions a call on a title
    /// and a noun of a few words, which an antecedent search asks of each entity (224 calls over the 200 bulk articles).
    /// An ASCII letter matches itself in either case and any other ASCII character only itself; no character beyond
    /// ASCII equals an ASCII one ignoring case, so a text's such character matches no character of the part. A part
    /// with a character beyond ASCII is left to the framework. The part is a knowledge noun or title, a few characters,
    /// so the compare at each place of the text keeps the search linear in the text.
    /// </summary>
    internal static bool ContainsIgnoringCase(string text, string part)
    {
        foreach (char c in part)
        {
            if (c >= 0x80) return text.Contains(part, StringComparison.OrdinalIgnoreCase);
        }
        for (int i = 0, last = text.Length - part.Length; i <= last; i++)
        {
            int j = 0;
            while (j < part.Length && SameAsciiIgnoringCase(part[j], text[i + j])) j++;
            if (j == part.Length) return true;
        }
        return false;
    }

    /// <summary>True when the ASCII character <paramref name="p"/> equals <paramref name="t"/> ignoring case.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool SameAsciiIgnoringCase(char p, char t) => p == t || (char.IsAsciiLetter(p) && (p | 0x20) == (t | 0x20));

    private static bool AnyEqualsIgnoringCase(EquatableArray<string> words, string word)
    {
        foreach (var w in words)
        {
            if (w.Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>The first body made whose name or known head nouns end in <paramref name="noun"/> and that fits.</summary>
    private static SpeakerEntity? FirstHeadedBy(EntityIndex entities, string noun, BodyHeadedBy fits)
    {
        SpeakerEntity? first = null;
        foreach (var e in entities.BodiesHeadedBy(noun))
        {
            if (fits.Fits(e) && (first is null || e.Order < first.Order)) first = e;
        }
        return first ?? First(entities, fits);
    }

    private static SpeakerEntity ResolveGeneric(EntityIndex entities, in Analysis a)
    {
        var g = a.Gazetteer!;
        SpeakerEntity? first = null;
        foreach (var e in entities.Named(g.Name))
        {
            if (first is null || e.Order < first.Order) first = e;
        }
        if (first is not null) return first;
        if (!g.HeadNouns.IsEmpty)
        {
            var head = g.HeadNouns[0];
            foreach (var e in entities.BodiesHeadedBy(head))
            {
                if (e.Kind == SpeakerKind.Organization && (first is null || e.Order < first.Order)) first = e;
            }
            if (first is not null) return first;
        }
        return FindOrCreate(entities, a with { Class = Class.Named });
    }
}
