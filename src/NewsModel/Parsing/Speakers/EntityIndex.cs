using NewsModel.Model;
using NewsModel.Parsing.Pipeline;

namespace NewsModel.Parsing.Speakers;

/// <summary>
/// The entities of one article, found by key: a name, a person's surname, a surname within one letter, a body's head
/// noun. Each lookup reads a few dictionary entries, so finding the entity of a mention never scans every entity
/// made so far (which made an article naming thousands of people quadratic). Kept in the thread's scratch, so its
/// tables are allocated once per thread rather than once per article.
/// </summary>
internal sealed class EntityIndex : ParseScratchPart
{
    /// <summary>At most this many entities sharing one key are compared; more only in hostile text.</summary>
    private const int MaxPerKey = 16;

    private readonly NameTable _byName = new();
    private readonly NameTable _byLastWord = new();
    // Keyed by the hash of each near key (equal for keys equal ignoring case) rather than by the key: a surname of n
    // letters has n + 1 near keys, and strings for them cost more than the rest of the entity. A collision only adds a
    // candidate, and every candidate is checked.
    private readonly NearKeyTable _byNearLastWord = new();
    private readonly NameTable _byHeadNoun = new();

    // Speakers' surnames not yet entered under their near keys (the entity, the name it had, where its last word
    // starts), in the order they came: entered, in that order, by the first search for a misspelt surname after them.
    // Most articles never search (a speaker's lone surname of six letters or more that no person's name ends in), and
    // entering a surname's n + 1 keys cost about 1,100 instructions.
    private readonly List<(SpeakerEntity Entity, string Name, int LastStart)> _nearPending = [];

    // Keys of bodies (a body's last word, a known organisation's head nouns) not yet entered in _byHeadNoun, in the
    // order they came: entered, in that order, by the parse's first search by head noun (BodiesHeadedBy), so the table
    // then holds what entering each at once would have put there. Only a description or a generic name searches so,
    // and most articles name bodies without either: a key entered costs a hash, a probe and a bucket, one waiting here
    // a list's add (-131 K instructions over the 200 bulk articles).
    // One record an indexing of a body or of an entity with known head nouns (the name it had then, where its last word
    // starts, or -1 when that is no key): the entity's head nouns are read when it is entered, since an entity takes
    // its gazetteer entry when made and keeps it, where one record a key cost a list's add, and two write barriers, each.
    private readonly List<(SpeakerEntity Entity, string Name, int LastStart)> _headPending = [];

    // True once the surnames waiting in _nearPending were first entered under their near keys in this parse.
    private bool _nearEntered;

    /// <summary>
    /// While no surname has been entered under its near keys and at most this many wait, a search for a misspelt
    /// surname hands on each waiting speaker whose surname's length is within one of the word's instead of entering
    /// them: the visitor checks each candidate anyway, and
    /// an article's few speakers cost less to check than their near keys cost to enter (about 1,800 instructions a
    /// surname) and to probe. Every key would hold at most this many, so the table would drop none (<see cref="MaxPerKey"/>).
    /// </summary>
    private const int MaxScannedSurnames = MaxPerKey;

    // The shapes of the names and last words entered: most words looked up by name or last word match no entity.
    private readonly KeyShapes _nameShapes = new();
    private readonly KeyShapes _lastWordShapes = new();

    public List<SpeakerEntity> All { get; } = [];

    /// <summary>
    /// Entities made by the thread's earlier parses, the first <see cref="_spareUsed"/> of them handed out again in this
    /// one (<see cref="NewEntity"/>): an entity is about 150 bytes, and an article of the bulk set makes about eleven
    /// (2,250 over 200 articles, 0.28 MB: the stage's largest allocation).
    /// </summary>
    private readonly List<SpeakerEntity> _spare = [];
    private int _spareUsed;

    /// <summary>The most entities kept for the thread's next parse: an article's entities past these are only made.</summary>
    private const int MaxSpare = 256;

    /// <summary>
    /// False for a parse whose entities someone keeps past its end (the training tool's observer of pronoun decisions):
    /// its entities are all new, and none of them is kept for the next parse.
    /// </summary>
    public bool Reuses { get; set; } = true;

    /// <summary>Lets go of the entities kept from earlier parses: the next parse makes all of its own, as a thread's first.</summary>
    internal void DropSpare()
    {
        _spare.Clear();
        _spareUsed = 0;
    }

    /// <summary>An entity with nothing set, not yet in the index: one of an earlier parse made over, or a new one.</summary>
    public SpeakerEntity NewEntity()
    {
        if (!Reuses) return new SpeakerEntity();
        if (_spareUsed < _spare.Count)
        {
            var reused = _spare[_spareUsed++];
            reused.Reuse();
            return reused;
        }
        var made = new SpeakerEntity();
        if (_spare.Count < MaxSpare)
        {
            _spare.Add(made);
            _spareUsed++;
        }
        return made;
    }

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

    /// <summary>
    /// The slots the name, last-word, near-key and head-noun tables probed past a key's first since the last call:
    /// their share of the parse's work, which stays in step with the text only while their hashes spread the keys.
    /// </summary>
    public long TakeCollisions() =>
        _byName.TakeCollisions() + _byLastWord.TakeCollisions() + _byNearLastWord.TakeCollisions() + _byHeadNoun.TakeCollisions();

    // The antecedent searches of this parse so far (NextSearch).
    private int _searches;

    /// <summary>
    /// The number of a new antecedent search of this parse, above every number an entity of the parse is stamped with
    /// (<see cref="SpeakerEntity.Unfit"/>: 0 on every entity made or made over for it).
    /// </summary>
    public int NextSearch() => ++_searches;

    /// <summary>Counts <paramref name="n"/> entities looked at outside the lookups (a scan of recent speakers).</summary>
    public void CountVisits(int n) => Visits += n;

    public override bool Release()
    {
        bool keep = All.Count <= ParseScratch.MaxKeptCapacity;
        All.Clear();
        _spareUsed = 0;
        Reuses = true;
        _byName.Clear();
        _byLastWord.Clear();
        _byNearLastWord.Clear();
        _byHeadNoun.Clear();
        _headPending.Clear();
        _nearPending.Clear();
        _nearEntered = false;
        _nameShapes.Clear();
        _lastWordShapes.Clear();
        Visits = 0;
        _searches = 0;
        TakeCollisions();
        return keep;
    }

    /// <summary>Empties the lookups and gives back their tables, keeping <see cref="All"/>: for a stage done with finding entities.</summary>
    public void DropLookups()
    {
        _byName.Trim();
        _byLastWord.Trim();
        _byHeadNoun.Trim();
        _byNearLastWord.Trim();
        _headPending.Clear();
        _headPending.TrimExcess();
        _nearPending.Clear();
        _nearPending.TrimExcess();
        _nearEntered = false;
        _nameShapes.Clear();
        _lastWordShapes.Clear();
    }

    /// <summary>Makes <paramref name="e"/> one of the index's entities; see <see cref="Index(SpeakerEntity)"/> for what it returns.</summary>
    public bool Add(SpeakerEntity e)
    {
        e.Owner = this;
        All.Add(e);
        return Index(e);
    }

    /// <summary>
    /// As <see cref="Add(SpeakerEntity)"/>, for an entity whose name's <see cref="KeyShapes.Shape"/> is
    /// <paramref name="shape"/> and whose last word starts at <paramref name="lastStart"/> (-1 when not yet found).
    /// </summary>
    public bool Add(SpeakerEntity e, int shape, int lastStart)
    {
        e.Owner = this;
        All.Add(e);
        return Index(e, shape, lastStart);
    }

    /// <summary>
    /// Enters <paramref name="e"/> under its current name; an entity renamed keeps its old keys too. False when the name
    /// already has <see cref="MaxPerKey"/> entities (only in hostile text), so that <see cref="Named(ReadOnlySpan{char})"/> will not return it.
    /// </summary>
    /// <remarks>A speaker's surname is entered under its near keys when a search first needs them (<see cref="PeopleEndingNear"/>).</remarks>
    public bool Index(SpeakerEntity e) => Index(e, KeyShapes.Shape(e.Name), -1);

    /// <summary>
    /// As <see cref="Index(SpeakerEntity)"/>, for an entity whose name's <see cref="KeyShapes.Shape"/> is
    /// <paramref name="shape"/> and whose last word starts at <paramref name="lastStart"/> (-1 when not yet found).
    /// </summary>
    private bool Index(SpeakerEntity e, int shape, int lastStart)
    {
        var name = e.Name;
        int nameHash = NameTable.Hash(name);
        bool underName = name.Length > 0 && Put(_byName, name, 0, name.Length, nameHash, e);
        _nameShapes.Add(shape);
        bool person = e.Kind == SpeakerKind.Person, body = e.Kind == SpeakerKind.Organization;
        // A name's last word, found once (a name of one word is its own last word, hashed as the name).
        if (!(person || body)) lastStart = 0;
        else if (lastStart < 0) lastStart = LastSpace(name) + 1;
        if (person)
        {
            var last = name.AsSpan(lastStart);
            if (last.Length > 0) Put(_byLastWord, name, lastStart, last.Length, lastStart == 0 ? nameHash : NameTable.Hash(last), e);
            _lastWordShapes.Add(lastStart == 0 ? shape : KeyShapes.Shape(last));
            // Only speakers' surnames are kept for matching a misspelling.
            if (e.Spoke && HasNearKeys(last)) _nearPending.Add((e, name, lastStart));
        }
        // A body's last word, after its known head nouns (EnterHeadNouns).
        int bodyKey = body && lastStart < name.Length ? lastStart : -1;
        if (bodyKey >= 0 || e.Gazetteer is not null) _headPending.Add((e, name, bodyKey));
        return underName;
    }

    /// <summary>Entities whose name (or a former name) is <paramref name="name"/>, in the order they were made.</summary>
    public Bucket Named(ReadOnlySpan<char> name) => _nameShapes.MayHold(name) ? Counted(_byName.Find(name, NameTable.Hash(name))) : default;

    /// <summary>As <see cref="Named(ReadOnlySpan{char})"/>, for a name whose <see cref="KeyShapes.Shape"/> is <paramref name="shape"/>.</summary>
    public Bucket Named(ReadOnlySpan<char> name, int shape) => _nameShapes.MayHold(shape) ? Counted(_byName.Find(name, NameTable.Hash(name))) : default;

    /// <summary>
    /// False when no entity's name has the <see cref="KeyShapes.Shape"/> <paramref name="shape"/>, told without looking
    /// the name up; true means ask <see cref="Named(ReadOnlySpan{char}, int)"/>.
    /// </summary>
    public bool MayName(int shape) => _nameShapes.MayHold(shape);

    /// <summary>
    /// False when no person's name ends in a word whose <see cref="KeyShapes.Shape"/> is <paramref name="shape"/>, told
    /// without looking the word up; true means ask <see cref="PeopleEndingIn(ReadOnlySpan{char})"/>.
    /// </summary>
    public bool MayEndPeople(int shape) => _lastWordShapes.MayHold(shape);

    /// <summary>People whose name ends in <paramref name="word"/>.</summary>
    public Bucket PeopleEndingIn(ReadOnlySpan<char> word) =>
        _lastWordShapes.MayHold(word) ? Counted(_byLastWord.Find(word, NameTable.Hash(word))) : default;

    /// <summary>As <see cref="PeopleEndingIn(ReadOnlySpan{char})"/>, for a word whose <see cref="KeyShapes.Shape"/> is <paramref name="shape"/>.</summary>
    public Bucket PeopleEndingIn(ReadOnlySpan<char> word, int shape) =>
        _lastWordShapes.MayHold(shape) ? Counted(_byLastWord.Find(word, NameTable.Hash(word))) : default;

    /// <summary>
    /// Calls <paramref name="consider"/> for each person who spoke whose last word may be within one letter of
    /// <paramref name="word"/> (to be checked; one may come more than once).
    /// </summary>
    /// <remarks>
    /// The near keys' probe, with its stack buffer, is a method of its own (<see cref="VisitNearKeys"/>): the JIT compiles
    /// a method that has both a loop and a <c>stackalloc</c> straight to optimized code, without its profile, and the
    /// waiting speakers' scan here is the way most searches take.
    /// </remarks>
    public void PeopleEndingNear<TState>(ReadOnlySpan<char> word, ref TState state, NearVisitor<TState> consider)
    {
        if (!HasNearKeys(word)) return;
        var pending = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_nearPending);
        if (!_nearEntered && pending.Length <= MaxScannedSurnames)
        {
            // Every speaker whose current surname is within one letter of the word had that surname entered (the index
            // enters an entity's name whenever it takes one, and a name changed in case alone has the same near keys),
            // so it is among the waiting; a surname shares a near key with the word only if their lengths differ by one
            // at most, and the visitor checks each speaker it is handed.
            Visits += pending.Length;
            foreach (var (e, name, lastStart) in pending)
            {
                if ((uint)(name.Length - lastStart - word.Length + 1) <= 2) consider(e, ref state);
            }
            return;
        }
        if (_nearPending.Count > 0) EnterNearKeys();
        VisitNearKeys(word, ref state, consider);
    }

    /// <summary>Calls <paramref name="consider"/> for each speaker entered under one of <paramref name="word"/>'s near keys.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void VisitNearKeys<TState>(ReadOnlySpan<char> word, ref TState state, NearVisitor<TState> consider)
    {
        Span<int> near = stackalloc int[MaxNearKeyLength + 1];
        foreach (int key in NearKeyHashes(word, near))
        {
            var bucket = _byNearLastWord.Find(key);
            if (bucket.Count > 0)
            {
                Visits += bucket.Count;
                foreach (var e in bucket) consider(e, ref state);
            }
        }
    }

    /// <summary>What <see cref="PeopleEndingNear"/> calls for each candidate.</summary>
    public delegate void NearVisitor<TState>(SpeakerEntity candidate, ref TState state);

    /// <summary>Organisations whose name ends in, or whose known head nouns include, <paramref name="noun"/>.</summary>
    public Bucket BodiesHeadedBy(ReadOnlySpan<char> noun)
    {
        if (_headPending.Count > 0) EnterHeadNouns();
        return Counted(_byHeadNoun.Find(noun, NameTable.Hash(noun)));
    }

    /// <summary>
    /// Enters the bodies' keys waiting in <see cref="_headPending"/>, in the order they came (each record's known head
    /// nouns, then its last word): the order entering each at once took.
    /// </summary>
    private void EnterHeadNouns()
    {
        foreach (var (e, name, lastStart) in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_headPending))
        {
            if (e.Gazetteer is { } g)
            {
                foreach (var h in g.HeadNouns)
                {
                    if (h.Length > 0) Put(_byHeadNoun, h, 0, h.Length, NameTable.Hash(h), e);
                }
            }
            if (lastStart >= 0) Put(_byHeadNoun, name, lastStart, name.Length - lastStart, NameTable.Hash(name.AsSpan(lastStart)), e);
        }
        _headPending.Clear();
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private Bucket Counted(Bucket bucket)
    {
        Visits += bucket.Count;
        return bucket;
    }

    /// <summary>Enters <paramref name="e"/> under the key <c>text[start..start+length)</c>; true when the key's entities include it now.</summary>
    private static bool Put(NameTable map, string text, int start, int length, int hash, SpeakerEntity e)
    {
        ref var bucket = ref map.GetOrAdd(text, start, length, hash);
        // Most keys are new (2,398 entries made over the 200 bulk articles, nearly all new keys): their bucket is the one
        // entity, made without Bucket.With's call and stored as one reference where the bucket's copy took two through
        // the runtime's write barrier (-0.15 M instructions).
        if (bucket.Count == 0)
        {
            bucket = new Bucket(e);
            return true;
        }
        bucket = bucket.With(e);
        return bucket.Holds(e);
    }

    /// <summary>
    /// Enters each speaker's surname waiting in <see cref="_nearPending"/> under its near keys, in the order they came:
    /// the table then holds what entering each at once would have put there.
    /// </summary>
    /// <remarks>The near keys' stack buffer is not zeroed: <see cref="NearKeyHashes"/> writes every key it returns.</remarks>
    private void EnterNearKeys()
    {
        Span<int> near = stackalloc int[MaxNearKeyLength + 1];
        foreach (var (e, name, lastStart) in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_nearPending))
        {
            foreach (int key in NearKeyHashes(name.AsSpan(lastStart), near)) PutNear(key, e);
        }
        _nearPending.Clear();
        _nearEntered = true;
    }

    private void PutNear(int key, SpeakerEntity e)
    {
        ref var bucket = ref _byNearLastWord.GetOrAdd(key);
        bucket = bucket.With(e);
    }

    private const int MaxNearKeyLength = 40;

    /// <summary>Only words of five letters or more (and at most <see cref="MaxNearKeyLength"/>) have near keys.</summary>
    private static bool HasNearKeys(ReadOnlySpan<char> word) => word.Length is >= 5 and <= MaxNearKeyLength;

    /// <summary>
    /// The hash of one near key of <paramref name="word"/>: the word itself (<paramref name="skip"/> −1) or the word
    /// less its letter at <paramref name="skip"/>. Two words within one edit of each other share one of these keys
    /// (the converse does not hold, so a hit is checked). The characters' polynomial, so that
    /// <see cref="NearKeyHashes"/> makes all of a word's keys in one walk; this is its definition, one key at a time.
    /// </summary>
    /// <remarks>
    /// Keys equal ignoring case (<see cref="StringComparison.OrdinalIgnoreCase"/>) hash alike: an ASCII letter counts in
    /// upper case and every character beyond ASCII as one and the same, since no character beyond ASCII equals an
    /// ASCII one ignoring case (equal keys have such characters in the same places). Keys that differ only there
    /// share a hash, as colliding keys do; a candidate is only ever checked, never trusted.
    /// </remarks>
    internal static int NearKeyHash(ReadOnlySpan<char> word, int skip)
    {
        uint hash = 0;
        for (int i = 0; i < word.Length; i++)
        {
            if (i != skip) hash = hash * NearBase + NearFold(word[i]);
        }
        return NearMix(hash);
    }

    /// <summary>
    /// Every near key's hash of <paramref name="word"/> (at most <see cref="MaxNearKeyLength"/> characters) into
    /// <paramref name="into"/>, the word's own first, then the word less each letter in turn: the same as
    /// <see cref="NearKeyHash"/> for skip −1, 0, 1 …, in time linear in the word's length where that is quadratic.
    /// The key less letter i is the polynomial of the letters before it, shifted past the rest, plus the rest's.
    /// Its buffers are not zeroed: each entry is written before it is read.
    /// </summary>
    internal static ReadOnlySpan<int> NearKeyHashes(ReadOnlySpan<char> word, Span<int> into)
    {
        int n = word.Length;
        // after[i]: the polynomial of word[i..]; power[i]: NearBase to the i-th, the shift past i letters.
        Span<uint> after = stackalloc uint[MaxNearKeyLength + 1];
        Span<uint> power = stackalloc uint[MaxNearKeyLength + 1];
        after[n] = 0;
        power[0] = 1;
        for (int i = n - 1; i >= 0; i--)
        {
            power[n - i] = power[n - i - 1] * NearBase;
            after[i] = NearFold(word[i]) * power[n - i - 1] + after[i + 1];
        }
        uint before = 0;
        for (int i = 0; i < n; i++)
        {
            into[i + 1] = NearMix(before * power[n - 1 - i] + after[i + 1]);
            before = before * NearBase + NearFold(word[i]);
        }
        into[0] = NearMix(before);
        return into[..(n + 1)];
    }

    private const uint NearBase = 0x01000193;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static uint NearFold(uint c) => c >= 0x80 ? 0x80 : c - ((c - 'a') <= 'z' - 'a' ? 32u : 0u);

    /// <summary>Spreads a polynomial's bits (its low bits see only the last characters) over the whole key.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int NearMix(uint hash)
    {
        hash ^= hash >> 16;
        hash *= 0x85EBCA6B;
        hash ^= hash >> 13;
        return (int)hash;
    }

    public static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> name)
    {
        int i = LastSpace(name);
        return i < 0 ? name : name[(i + 1)..];
    }

    /// <summary>
    /// The index of the last space of <paramref name="name"/>, or -1: a plain loop from the end, which reads only the
    /// last word (a few characters), where the vectorized search's call cost more than the walk.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int LastSpace(ReadOnlySpan<char> name)
    {
        int i = name.Length - 1;
        while (i >= 0 && name[i] != ' ') i--;
        return i;
    }

    /// <summary>The entities under one key, in the order they were entered: most keys have one, which takes no list.</summary>
    public readonly struct Bucket
    {
        private readonly SpeakerEntity? _first;
        private readonly List<SpeakerEntity>? _more;

        /// <summary>A bucket of the one entity <paramref name="first"/>.</summary>
        public Bucket(SpeakerEntity first) => _first = first;

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
