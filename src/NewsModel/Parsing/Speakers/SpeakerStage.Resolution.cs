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
        // Lower-cased as before (invariant, char by char) and then compared exactly, so odd letters that match a
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
}
