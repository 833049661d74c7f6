using NewsModel.Knowledge;
using NewsModel.Model;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Speakers;

/// <summary>The entities speakers resolve to, and how a name finds its entity.</summary>
internal static partial class SpeakerStage
{
    private static SpeakerEntity FindOrCreate(EntityIndex entities, in Analysis a, bool spoke = true) => FindOrCreate(entities, a, spoke, out _);

    /// <summary>
    /// The entity <paramref name="a"/> names: the first entered under its name that fits, else the same person by
    /// another form, else a new one. <paramref name="byName"/> is true when it was found under its name: asked again
    /// with the same <paramref name="a"/>, before any entity's name, kind or guess changes
    /// (<see cref="EntityIndex.Changes"/>), this finds the same entity and changes nothing more, so the answer may be kept.
    /// </summary>
    /// <remarks>
    /// The name's shape (<see cref="KeyShapes.Shape"/>) and where its last word starts are found once, for the lookups
    /// and for entering the entity made: each was found again by each (-0.1 M instructions over the 200 bulk articles).
    /// </remarks>
    private static SpeakerEntity FindOrCreate(EntityIndex entities, in Analysis a, bool spoke, out bool byName)
    {
        int shape = KeyShapes.Shape(a.Name);
        int lastStart = -1;
        return Find(entities, a, spoke, shape, ref lastStart, out byName) ?? Create(entities, a, spoke, shape, lastStart, out byName);
    }

    /// <summary>As <see cref="Find(EntityIndex, in Analysis, bool, int, ref int, out bool)"/>, for a name not yet taken apart.</summary>
    private static SpeakerEntity? Find(EntityIndex entities, in Analysis a, bool spoke, out bool byName)
    {
        int lastStart = -1;
        return Find(entities, a, spoke, KeyShapes.Shape(a.Name), ref lastStart, out byName);
    }

    /// <summary>
    /// The entity <paramref name="a"/> names among those made, as <see cref="FindOrCreate(EntityIndex, in Analysis, bool, out bool)"/>
    /// finds it (changing it as that does), or null when it would make one.
    /// </summary>
    /// <remarks>
    /// <paramref name="shape"/> is the name's <see cref="KeyShapes.Shape"/>; <paramref name="lastStart"/> is set to
    /// where its last word starts when the search finds that (a person's), else left as it was.
    /// </remarks>
    private static SpeakerEntity? Find(EntityIndex entities, in Analysis a, bool spoke, int shape, ref int lastStart, out bool byName)
    {
        byName = true;
        foreach (var e in entities.Named(a.Name, shape))
        {
            // Most entities found were made from the same reading, whose name is the very string (a reading is kept once
            // per spelling): that string is its own match and no all-capitals form of itself, told without a compare.
            // Another string is mostly the same spelling read again (the name pass's reading of a speaker's name): told by
            // an exact compare before the one ignoring case (387 compares over the 200 bulk articles, about 140
            // instructions each ignoring case).
            bool same = ReferenceEquals(e.Name, a.Name);
            if ((same || SameNameIgnoringCase(e.Name, a.Name)) && (e.Kind == a.Kind || a.Kind == SpeakerKind.Other || e.Guessed || IsGuess(a)))
            {
                // Each of these changes only what is unset (or all capitals), to what a gives: asked again, nothing changes.
                if (e.Title is null && a.Title is { } title) e.Title = title;
                if (e.Affiliation is null && a.Affiliation is { } affiliation) e.Affiliation = affiliation;
                if (e.NamedGender == Gender.Unknown) e.NamedGender = a.Gender;
                if (!same && IsAllCaps(e.Name) && !IsAllCaps(a.Name)) e.Name = a.Name;
                return e;
            }
        }
        // Every entity under the name was asked and none fits. An entity that takes the name now is entered after them,
        // so asked again (with nothing renamed or retyped meanwhile) the loop above would find it, with a's values set.
        byName = false;
        if (a.Kind == SpeakerKind.Person && SamePerson(entities, a, spoke, shape, lastStart = EntityIndex.LastSpace(a.Name) + 1) is { } found)
        {
            var (e, upgrade) = found;
            if (upgrade)
            {
                // "Ryabkov" first, "Sergey Ryabkov" now: the entity takes the fuller name and keeps the other.
                e.AddAlias(e.Name);
                e.Name = a.Name;
                e.Affiliation ??= a.Affiliation;
                byName = entities.Index(e);
            }
            e.Title ??= a.Title;
            if (e.NamedGender == Gender.Unknown) e.NamedGender = a.Gender;
            return e;
        }
        return null;
    }

    /// <summary>A new entity for <paramref name="a"/>, which names none made yet; <paramref name="byName"/> as <see cref="EntityIndex.Add(SpeakerEntity)"/> says.</summary>
    /// <remarks><paramref name="shape"/> and <paramref name="lastStart"/> (or -1) as <see cref="Find(EntityIndex, in Analysis, bool, int, ref int, out bool)"/> has them.</remarks>
    private static SpeakerEntity Create(EntityIndex entities, in Analysis a, bool spoke, int shape, int lastStart, out bool byName)
    {
        var made = entities.NewEntity();
        made.Name = a.Name;
        made.Kind = a.Kind;
        // A new entity has none of these (EntityIndex.NewEntity) and most readings none either, and a reference stored
        // in an object is a call to the runtime's write barrier, a null one too. A reading with neither an affiliation
        // nor a known entity (most) is told by one test, before the type tests of its getters.
        if (a.Title is { } title) made.Title = title;
        if (a.HoldsMore)
        {
            if (a.Affiliation is { } affiliation) made.Affiliation = affiliation;
            if (a.Gazetteer is { } gazetteer) made.Gazetteer = gazetteer;
        }
        made.Guessed = IsGuess(a, lastStart);
        made.Order = entities.All.Count;
        made.NamedGender = a.Gender;
        made.Spoke = spoke;
        byName = entities.Add(made, shape, lastStart);
        return made;
    }

    /// <summary>
    /// The person <paramref name="a"/> names by another form, the first made of them: a surname (or one misspelt by a
    /// letter) for a fuller name, or a fuller name for a surname met first (then the entity is to take the fuller name).
    /// </summary>
    /// <remarks>
    /// <paramref name="shape"/> is the name's <see cref="KeyShapes.Shape"/>, <paramref name="lastStart"/> where its last
    /// word starts (0 for a name of one word).
    /// </remarks>
    private static (SpeakerEntity Entity, bool Upgrade)? SamePerson(EntityIndex entities, in Analysis a, bool spoke, int shape, int lastStart)
    {
        (SpeakerEntity Entity, bool Upgrade)? best = null;
        if (lastStart == 0)
        {
            foreach (var e in entities.PeopleEndingIn(a.Name, shape)) Consider(ref best, e, false);
            if (a.Name.Length >= 6 && spoke)
            {
                var near = new NearSearch(a.Name, best);
                entities.PeopleEndingNear(a.Name, ref near, static (e, ref s) =>
                {
                    if (WithinOneEdit(EntityIndex.LastWord(e.Name), s.Name)) Consider(ref s.Best, e, false);
                });
                best = near.Best;
            }
        }
        else
        {
            var last = a.Name.AsSpan(lastStart);
            foreach (var e in entities.Named(last))
            {
                if (!HasSpace(e.Name) && e.Name.AsSpan().Equals(last, StringComparison.OrdinalIgnoreCase)) Consider(ref best, e, true);
            }
        }
        return best;

        static void Consider(ref (SpeakerEntity Entity, bool Upgrade)? best, SpeakerEntity e, bool upgrade)
        {
            if (e.Kind == SpeakerKind.Person && (best is null || e.Order < best.Value.Entity.Order)) best = (e, upgrade);
        }
    }

    /// <summary>What the search for a misspelt surname carries from one candidate to the next.</summary>
    private struct NearSearch(string name, (SpeakerEntity Entity, bool Upgrade)? best)
    {
        public readonly string Name = name;
        public (SpeakerEntity Entity, bool Upgrade)? Best = best;
    }

    /// <remarks>A reading that knows no entity (<see cref="Analysis.KnowsNothing"/>, most) has no gazetteer entity, told without its getter's type tests.</remarks>
    private static bool IsGuess(in Analysis a) => IsGuess(a, -1);

    /// <summary>
    /// As <see cref="IsGuess(in Analysis)"/>, for a reading whose name's last word starts at <paramref name="lastStart"/>
    /// (0 for a name of one word), or -1 when that is not known: a known start tells whether the name has a space
    /// without reading it again (the search for the person by another form found it for every person made).
    /// </summary>
    private static bool IsGuess(in Analysis a, int lastStart) =>
        a.Class == Class.Named && a.Kind == SpeakerKind.Person && a.Title is null && (a.KnowsNothing || a.Gazetteer is null)
        && (lastStart >= 0 ? lastStart == 0 : !HasSpace(a.Name));

    /// <summary>True when the names differ by at most one letter ("Kowalski", "Kowalsky"): a misspelt surname.</summary>
    private static bool WithinOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (SameLetter(a[i], b[j]))
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

    /// <summary>
    /// <c>char.ToLowerInvariant(x) == char.ToLowerInvariant(y)</c>, with two ASCII characters compared inline: the
    /// general case is a call, and a character beyond ASCII may lower-case to an ASCII one (the Kelvin sign to "k").
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool SameLetter(char x, char y) =>
        x == y || ((x | y) < 0x80 ? char.IsAsciiLetter(x) && (x | 0x20) == (y | 0x20) : char.ToLowerInvariant(x) == char.ToLowerInvariant(y));

    /// <summary><paramref name="a"/> equals <paramref name="b"/> ignoring case, an exact match told first.</summary>
    private static bool SameNameIgnoringCase(string a, string b) =>
        a.Length == b.Length && (a.AsSpan().SequenceEqual(b) || a.Equals(b, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when <paramref name="name"/> holds a space: a name is a few characters, which a plain loop tests in fewer instructions than a vectorized search's call.</summary>
    private static bool HasSpace(string name)
    {
        foreach (char c in name)
        {
            if (c == ' ') return true;
        }
        return false;
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

}
