using NewsModel.Model;
using NewsModel.Parsing.Pipeline;

namespace NewsModel.Parsing.Speakers;

/// <summary>
/// The entities of one article, found by key: a name, a person's surname, a surname within one letter, a body's head
/// noun. Each lookup reads a few dictionary entries, so finding the entity of a mention never scans every entity
/// made so far (which made an article naming thousands of people quadratic). Kept in the thread's scratch, so its
/// tables are allocated once per thread rather than once per article.
/// </summary>
internal sealed class EntityIndex : IParseScratch
{
    /// <summary>At most this many entities sharing one key are compared; more only in hostile text.</summary>
    private const int MaxPerKey = 16;

    private readonly Dictionary<string, Bucket> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Bucket> _byLastWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Bucket> _byNearLastWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Bucket> _byHeadNoun = new(StringComparer.OrdinalIgnoreCase);

    public List<SpeakerEntity> All { get; } = [];

    public bool Release()
    {
        bool keep = All.Count <= ParseScratch.MaxKeptCapacity;
        All.Clear();
        _byName.Clear();
        _byLastWord.Clear();
        _byNearLastWord.Clear();
        _byHeadNoun.Clear();
        return keep;
    }

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
            // Each key costs a string: only speakers' surnames are kept for matching a misspelling.
            if (e.Spoke)
            {
                foreach (var key in NearKeys(last)) Put(_byNearLastWord, key, e);
            }
        }
        if (e.Gazetteer is { } g)
        {
            foreach (var h in g.HeadNouns) Put(_byHeadNoun, h, e);
        }
        if (e.Kind == SpeakerKind.Organization) Put(_byHeadNoun, LastWord(e.Name), e);
    }

    /// <summary>Entities whose name (or a former name) is <paramref name="name"/>, in the order they were made.</summary>
    public Bucket Named(ReadOnlySpan<char> name) => Get(_byName, name);

    /// <summary>People whose name ends in <paramref name="word"/>.</summary>
    public Bucket PeopleEndingIn(ReadOnlySpan<char> word) => Get(_byLastWord, word);

    /// <summary>People who spoke whose last word may be within one letter of <paramref name="word"/> (to be checked).</summary>
    public IEnumerable<SpeakerEntity> PeopleEndingNear(string word)
    {
        foreach (var key in NearKeys(word))
        {
            if (_byNearLastWord.TryGetValue(key, out var bucket))
            {
                foreach (var e in bucket) yield return e;
            }
        }
    }

    /// <summary>Organisations whose name ends in, or whose known head nouns include, <paramref name="noun"/>.</summary>
    public Bucket BodiesHeadedBy(string noun) => Get(_byHeadNoun, noun);

    private static Bucket Get(Dictionary<string, Bucket> map, ReadOnlySpan<char> key) =>
        map.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var bucket) ? bucket : default;

    private static void Put(Dictionary<string, Bucket> map, string key, SpeakerEntity e)
    {
        if (key.Length == 0) return;
        ref var bucket = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(map, key, out _);
        bucket = bucket.With(e);
    }

    /// <summary>
    /// The word and the word less each one letter: two words within one edit of each other share one of these keys
    /// (the converse does not hold, so a hit is checked). Only words of five letters or more.
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

    /// <summary>The entities under one key, in the order they were entered: most keys have one, which takes no list.</summary>
    public readonly struct Bucket
    {
        private readonly SpeakerEntity? _first;
        private readonly List<SpeakerEntity>? _more;

        private Bucket(SpeakerEntity first, List<SpeakerEntity>? more)
        {
            _first = first;
            _more = more;
        }

        public Bucket With(SpeakerEntity e)
        {
            if (_first is null) return new Bucket(e, null);
            if (_first == e || (_more is not null && (_more.Count + 1 >= MaxPerKey || _more.Contains(e)))) return this;
            var more = _more ?? [];
            more.Add(e);
            return new Bucket(_first, more);
        }

        public Enumerator GetEnumerator() => new(this);

        public struct Enumerator(Bucket bucket)
        {
            private int _i = -1;

            public readonly SpeakerEntity Current => _i == 0 ? bucket._first! : bucket._more![_i - 1];

            public bool MoveNext()
            {
                _i++;
                return _i == 0 ? bucket._first is not null : bucket._more is not null && _i - 1 < bucket._more.Count;
            }
        }
    }
}
