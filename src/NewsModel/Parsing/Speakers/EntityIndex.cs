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
    // Keyed by the hash of each near key (OrdinalIgnoreCase, so keys equal ignoring case share it) rather than by the
    // key: a surname of n letters has n + 1 near keys, and strings for them cost more than the rest of the entity. A
    // collision only adds a candidate, and every candidate is checked.
    private readonly Dictionary<int, Bucket> _byNearLastWord = [];
    private readonly Dictionary<string, Bucket> _byHeadNoun = new(StringComparer.OrdinalIgnoreCase);

    // The shapes of the names and last words entered: most words looked up by name or last word match no entity.
    private readonly KeyShapes _nameShapes = new();
    private readonly KeyShapes _lastWordShapes = new();

    // Made once: asking a dictionary for its span lookup checks its comparer's type each time.
    private readonly Dictionary<string, Bucket>.AlternateLookup<ReadOnlySpan<char>> _byNameSpan;
    private readonly Dictionary<string, Bucket>.AlternateLookup<ReadOnlySpan<char>> _byLastWordSpan;
    private readonly Dictionary<string, Bucket>.AlternateLookup<ReadOnlySpan<char>> _byHeadNounSpan;

    public EntityIndex()
    {
        _byNameSpan = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
        _byLastWordSpan = _byLastWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _byHeadNounSpan = _byHeadNoun.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public List<SpeakerEntity> All { get; } = [];

    /// <summary>
    /// How many entities the stage has looked at in this parse, through the lookups here and the bounded scans
    /// (<see cref="CountVisits"/>): the work that must grow in step with the text, which the scaling tests read.
    /// </summary>
    public long Visits { get; private set; }

    /// <summary>
    /// How many times an entity entered here changed its name, kind or guess (<see cref="SpeakerEntity.Owner"/>).
    /// Which entity a name finds depends on those alone (entities made later come after it under the same key), so an
    /// answer kept beside a spelling holds while this count stays the same.
    /// </summary>
    public long Changes { get; private set; }

    /// <summary>Called by an entity of this index whose name, kind or guess changed.</summary>
    public void NoteChange() => Changes++;

    /// <summary>Counts <paramref name="n"/> entities looked at outside the lookups (a scan of recent speakers).</summary>
    public void CountVisits(int n) => Visits += n;

    public bool Release()
    {
        bool keep = All.Count <= ParseScratch.MaxKeptCapacity;
        All.Clear();
        _byName.Clear();
        _byLastWord.Clear();
        _byNearLastWord.Clear();
        _byHeadNoun.Clear();
        _nameShapes.Clear();
        _lastWordShapes.Clear();
        Visits = 0;
        return keep;
    }

    /// <summary>Empties the lookups and gives back their tables, keeping <see cref="All"/>: for a stage done with finding entities.</summary>
    public void DropLookups()
    {
        foreach (var map in (Dictionary<string, Bucket>[])[_byName, _byLastWord, _byHeadNoun])
        {
            map.Clear();
            map.TrimExcess();
        }
        _byNearLastWord.Clear();
        _byNearLastWord.TrimExcess();
        _nameShapes.Clear();
        _lastWordShapes.Clear();
    }

    /// <summary>Makes <paramref name="e"/> one of the index's entities; see <see cref="Index"/> for what it returns.</summary>
    public bool Add(SpeakerEntity e)
    {
        e.Owner = this;
        All.Add(e);
        return Index(e);
    }

    /// <summary>
    /// Enters <paramref name="e"/> under its current name; an entity renamed keeps its old keys too. False when the name
    /// already has <see cref="MaxPerKey"/> entities (only in hostile text), so that <see cref="Named(ReadOnlySpan{char})"/> will not return it.
    /// </summary>
    public bool Index(SpeakerEntity e)
    {
        bool underName = Put(_byName, e.Name, e);
        _nameShapes.Add(e.Name);
        if (e.Kind == SpeakerKind.Person)
        {
            var last = PutLastWord(_byLastWord, _byLastWordSpan, e);
            _lastWordShapes.Add(last);
            // Only speakers' surnames are kept for matching a misspelling.
            if (e.Spoke && HasNearKeys(last))
            {
                for (int i = -1; i < last.Length; i++) PutNear(NearKeyHash(last, i), e);
            }
        }
        if (e.Gazetteer is { } g)
        {
            foreach (var h in g.HeadNouns) Put(_byHeadNoun, h, e);
        }
        if (e.Kind == SpeakerKind.Organization) PutLastWord(_byHeadNoun, _byHeadNounSpan, e);
        return underName;
    }

    /// <summary>Enters <paramref name="e"/> under the last word of its name, and returns that word.</summary>
    private static ReadOnlySpan<char> PutLastWord(Dictionary<string, Bucket> map, Dictionary<string, Bucket>.AlternateLookup<ReadOnlySpan<char>> bySpan, SpeakerEntity e)
    {
        var last = LastWord(e.Name.AsSpan());
        // A name of one word is its own last word: the name's string is the key, and none is made for it.
        if (last.Length == e.Name.Length) Put(map, e.Name, e);
        else Put(bySpan, last, e);
        return last;
    }

    /// <summary>Entities whose name (or a former name) is <paramref name="name"/>, in the order they were made.</summary>
    public Bucket Named(ReadOnlySpan<char> name) =>
        _nameShapes.MayHold(name) && _byNameSpan.TryGetValue(name, out var bucket) ? Counted(bucket) : default;

    /// <summary>As <see cref="Named(ReadOnlySpan{char})"/>, for a name held as a string.</summary>
    public Bucket Named(string name) => _nameShapes.MayHold(name) && _byName.TryGetValue(name, out var bucket) ? Counted(bucket) : default;

    /// <summary>People whose name ends in <paramref name="word"/>.</summary>
    public Bucket PeopleEndingIn(ReadOnlySpan<char> word) =>
        _lastWordShapes.MayHold(word) && _byLastWordSpan.TryGetValue(word, out var bucket) ? Counted(bucket) : default;

    /// <summary>As <see cref="PeopleEndingIn(ReadOnlySpan{char})"/>, for a word held as a string.</summary>
    public Bucket PeopleEndingIn(string word) =>
        _lastWordShapes.MayHold(word) && _byLastWord.TryGetValue(word, out var bucket) ? Counted(bucket) : default;

    /// <summary>
    /// Calls <paramref name="consider"/> for each person who spoke whose last word may be within one letter of
    /// <paramref name="word"/> (to be checked; one may come more than once).
    /// </summary>
    public void PeopleEndingNear<TState>(ReadOnlySpan<char> word, ref TState state, NearVisitor<TState> consider)
    {
        if (!HasNearKeys(word)) return;
        for (int i = -1; i < word.Length; i++)
        {
            if (_byNearLastWord.TryGetValue(NearKeyHash(word, i), out var bucket))
            {
                Visits += bucket.Count;
                foreach (var e in bucket) consider(e, ref state);
            }
        }
    }

    /// <summary>What <see cref="PeopleEndingNear"/> calls for each candidate.</summary>
    public delegate void NearVisitor<TState>(SpeakerEntity candidate, ref TState state);

    /// <summary>Organisations whose name ends in, or whose known head nouns include, <paramref name="noun"/>.</summary>
    public Bucket BodiesHeadedBy(ReadOnlySpan<char> noun) => Counted(_byHeadNounSpan.TryGetValue(noun, out var bucket) ? bucket : default);

    private Bucket Counted(Bucket bucket)
    {
        Visits += bucket.Count;
        return bucket;
    }

    /// <summary>Enters <paramref name="e"/> under <paramref name="key"/>; true when the key's entities include it now.</summary>
    private static bool Put(Dictionary<string, Bucket>.AlternateLookup<ReadOnlySpan<char>> map, ReadOnlySpan<char> key, SpeakerEntity e)
    {
        if (key.Length == 0) return false;
        // The key's string is made only when the key is new.
        ref var bucket = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(map, key, out _);
        bucket = bucket.With(e);
        return bucket.Holds(e);
    }

    /// <summary>As the span form, for a key held as a string, which a new key then keeps.</summary>
    private static bool Put(Dictionary<string, Bucket> map, string key, SpeakerEntity e)
    {
        if (key.Length == 0) return false;
        ref var bucket = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(map, key, out _);
        bucket = bucket.With(e);
        return bucket.Holds(e);
    }

    private void PutNear(int key, SpeakerEntity e)
    {
        ref var bucket = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_byNearLastWord, key, out _);
        bucket = bucket.With(e);
    }

    private const int MaxNearKeyLength = 40;

    /// <summary>Only words of five letters or more (and at most <see cref="MaxNearKeyLength"/>) have near keys.</summary>
    private static bool HasNearKeys(ReadOnlySpan<char> word) => word.Length is >= 5 and <= MaxNearKeyLength;

    /// <summary>
    /// The hash of one near key of <paramref name="word"/>: the word itself (<paramref name="skip"/> −1) or the word
    /// less its letter at <paramref name="skip"/>. Two words within one edit of each other share one of these keys
    /// (the converse does not hold, so a hit is checked).
    /// </summary>
    /// <remarks>
    /// Keys equal ignoring case (<see cref="StringComparison.OrdinalIgnoreCase"/>) hash alike: an ASCII letter counts in
    /// upper case and every character beyond ASCII as one and the same, since no character beyond ASCII equals an
    /// ASCII one ignoring case (equal keys have such characters in the same places). Keys that differ only there
    /// share a hash, as colliding keys do; a candidate is only ever checked, never trusted.
    /// </remarks>
    internal static int NearKeyHash(ReadOnlySpan<char> word, int skip)
    {
        uint hash = 2166136261;
        for (int i = 0; i < word.Length; i++)
        {
            if (i == skip) continue;
            uint c = word[i];
            c = c >= 0x80 ? 0x80 : c - ((c - 'a') <= 'z' - 'a' ? 32u : 0u);
            hash = (hash ^ c) * 16777619;
        }
        return (int)hash;
    }

    public static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> name)
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

        /// <summary>True when <paramref name="e"/> is among the bucket's entities.</summary>
        public bool Holds(SpeakerEntity e) => _first == e || (_more is not null && _more.Contains(e));

        /// <summary>How many entities the bucket holds.</summary>
        public int Count => _first is null ? 0 : 1 + (_more?.Count ?? 0);

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
