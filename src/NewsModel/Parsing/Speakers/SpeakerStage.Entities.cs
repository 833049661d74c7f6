using NewsModel.Knowledge;
using NewsModel.Model;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Speakers;

/// <summary>The entities speakers resolve to, and how a name finds its entity.</summary>
internal static partial class SpeakerStage
{

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
}
