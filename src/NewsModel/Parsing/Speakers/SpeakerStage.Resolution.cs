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
    /// <remarks>A test of two values, not a delegate: the pronoun's search asks it of every name near the pronoun.</remarks>
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
    /// of many unresolvable pronouns ("\"No,\" he said." ten thousand times) quadratic. Statements side by side
    /// mostly have one speaker: an entity that did not fit is not asked again for the statements right after it (the
    /// tests read only what stays the same through the search; asking "the ministry" of each statement of one speaker
    /// compared its name ignoring case each time).
    /// </remarks>
    private static SpeakerEntity? Nearest(EntityIndex entities, SpeakerEntity?[] resolved, int i, Func<SpeakerEntity, bool> fits)
    {
        SpeakerEntity? unfit = null;
        for (int j = i - 1; j >= Math.Max(0, i - MaxAntecedentDistance); j--)
        {
            entities.CountVisits(1);
            if (resolved[j] is not { } e || e == unfit) continue;
            if (fits(e)) return e;
            unfit = e;
        }
        for (int j = i + 1; j < Math.Min(resolved.Length, i + 1 + MaxAntecedentDistance); j++)
        {
            entities.CountVisits(1);
            if (resolved[j] is not { } e || e == unfit) continue;
            if (fits(e)) return e;
            unfit = e;
        }
        return First(entities, fits);
    }

    /// <summary>The first entity made that fits, of the first <see cref="MaxAntecedentDistance"/> made, or null.</summary>
    /// <remarks>Bounded so that a text naming thousands of entities costs no more per description than one naming a hundred.</remarks>
    private static SpeakerEntity? First(EntityIndex entities, Func<SpeakerEntity, bool> fits)
    {
        var all = entities.All;
        for (int i = 0; i < Math.Min(all.Count, MaxAntecedentDistance); i++)
        {
            entities.CountVisits(1);
            if (fits(all[i])) return all[i];
        }
        return null;
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
        if (mention.Entity is not { } e || mention.End > comma || !source.AsSpan(mention.End, comma - mention.End).IsWhiteSpace()) return null;
        bool fits = kind is SpeakerKind.Person or SpeakerKind.Other ? e.Kind == SpeakerKind.Person : e.Kind == kind;
        return fits ? e : null;
    }

    private static SpeakerEntity? ResolveDescription(EntityIndex entities, SpeakerEntity?[] resolved, int i, Analysis a)
    {
        var d = a.Description!;
        if (d.Kind is null) return Nearest(entities, resolved, i, static _ => true);
        if (d.Kind == SpeakerKind.Other)
        {
            // A description no table lists: a person whose title has its noun ("the mayor": Mayor Tom Reyes), else
            // a speaker of its own.
            Func<SpeakerEntity, bool> titled = e => e.Kind == SpeakerKind.Person && e.Title is { } title
                && title.Contains(d.HeadNoun, StringComparison.OrdinalIgnoreCase) || e.HasRole(d.HeadNoun);
            // Nearest ends with First: the first entities made are asked once.
            return Nearest(entities, resolved, i, titled) ?? FindOrCreate(entities, a with { Class = Class.Named, Kind = SpeakerKind.Other });
        }
        if (d.Kind == SpeakerKind.Person)
        {
            Func<SpeakerEntity, bool> titleFits = e => e.Kind == SpeakerKind.Person
                && (d.Titles.IsEmpty || (e.Title is { } title && ContainsAny(title, d.Titles)) || e.HasRole(d.HeadNoun));
            return Nearest(entities, resolved, i, titleFits) ?? Nearest(entities, resolved, i, static e => e.Kind == SpeakerKind.Person);
        }
        var noun = d.HeadNoun;
        Func<SpeakerEntity, bool> orgFits = e => e.Kind is SpeakerKind.Organization && (e.Name.Contains(noun, StringComparison.OrdinalIgnoreCase)
            || (e.Gazetteer is { } g && AnyEqualsIgnoringCase(g.HeadNouns, noun)));
        var org = Nearest(entities, resolved, i, orgFits) ?? FirstHeadedBy(entities, noun, orgFits);
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

    /// <summary>The first body made whose name or known head nouns end in <paramref name="noun"/> and that fits.</summary>
    private static SpeakerEntity? FirstHeadedBy(EntityIndex entities, string noun, Func<SpeakerEntity, bool> fits)
    {
        SpeakerEntity? first = null;
        foreach (var e in entities.BodiesHeadedBy(noun))
        {
            if (fits(e) && (first is null || e.Order < first.Order)) first = e;
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
