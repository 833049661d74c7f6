using NewsModel.Model;

namespace NewsModel.Parsing.Speakers;

/// <summary>
/// The entities of one article, found by key: a name, a person's surname, a surname within one letter, a one-word
/// name. Each lookup reads a few dictionary entries, so finding the entity of a mention never scans every entity
/// made so far (which made an article naming thousands of people quadratic).
/// </summary>
internal sealed class EntityIndex
{
    /// <summary>At most this many entities sharing one key are compared; more only in hostile text.</summary>
    private const int MaxPerKey = 16;

    private readonly Dictionary<string, List<SpeakerEntity>> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<SpeakerEntity>> _byLastWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<SpeakerEntity>> _byNearLastWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<SpeakerEntity>> _byHeadNoun = new(StringComparer.OrdinalIgnoreCase);

    public List<SpeakerEntity> All { get; } = [];

    public SpeakerEntity Add(SpeakerEntity e)
    {
        All.Add(e);
        Index(e);
        return e;
    }

    /// <summary>Enters <paramref name="e"/> under its current name; an entity renamed keeps its old keys too.</summary>
    public void Index(SpeakerEntity e)
    {
        Put(_byName, e.Name, e);
        if (e.Kind == SpeakerKind.Person)
        {
            var last = LastWord(e.Name);
            Put(_byLastWord, last, e);
            foreach (var key in NearKeys(last)) Put(_byNearLastWord, key, e);
        }
        if (e.Gazetteer is { } g)
        {
            foreach (var h in g.HeadNouns) Put(_byHeadNoun, h, e);
        }
        if (e.Kind == SpeakerKind.Organization) Put(_byHeadNoun, LastWord(e.Name), e);
    }

    /// <summary>Entities whose name (or a former name) is <paramref name="name"/>, in the order they were made.</summary>
    public ReadOnlySpan<SpeakerEntity> Named(string name) => Get(_byName, name);

    /// <summary>People whose name ends in <paramref name="word"/>.</summary>
    public ReadOnlySpan<SpeakerEntity> PeopleEndingIn(string word) => Get(_byLastWord, word);

    /// <summary>People whose last word may be within one letter of <paramref name="word"/> (to be checked).</summary>
    public IEnumerable<SpeakerEntity> PeopleEndingNear(string word)
    {
        foreach (var key in NearKeys(word))
        {
            if (_byNearLastWord.TryGetValue(key, out var list))
            {
                foreach (var e in list) yield return e;
            }
        }
    }

    /// <summary>Organisations whose name ends in, or whose known head nouns include, <paramref name="noun"/>.</summary>
    public ReadOnlySpan<SpeakerEntity> BodiesHeadedBy(string noun) => Get(_byHeadNoun, noun);

    private static ReadOnlySpan<SpeakerEntity> Get(Dictionary<string, List<SpeakerEntity>> map, string key) =>
        map.TryGetValue(key, out var list) ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list) : default;

    private static void Put(Dictionary<string, List<SpeakerEntity>> map, string key, SpeakerEntity e)
    {
        if (key.Length == 0) return;
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        if (list.Count < MaxPerKey && !list.Contains(e)) list.Add(e);
    }

    /// <summary>
    /// The word and the word less each one letter: two words within one edit of each other share one of these keys
    /// (the converse does not hold, so a hit is checked). Only words of five letters or more, as before.
    /// </summary>
    private static IEnumerable<string> NearKeys(string word)
    {
        if (word.Length < 5 || word.Length > 40) yield break;
        yield return word;
        for (int i = 0; i < word.Length; i++) yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
    }

    public static string LastWord(string name)
    {
        int i = name.LastIndexOf(' ');
        return i < 0 ? name : name[(i + 1)..];
    }
}
