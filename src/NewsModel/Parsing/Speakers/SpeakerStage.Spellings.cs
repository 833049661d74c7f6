using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;

namespace NewsModel.Parsing.Speakers;

/// <summary>The spellings of names the name pass has read, found by their text.</summary>
internal static partial class SpeakerStage
{
    /// <summary>
    /// Whether <paramref name="a"/> and <paramref name="b"/>, of one length, hold the same characters: a name's, compared
    /// where its hash and length already agree (about 5,000 times over 200 bulk articles), eight bytes at a time inline,
    /// the last eight read from the end; the library's compare cost a call and its length dispatch each time.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool SameChars(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length < 4 || a.Length != b.Length) return a.SequenceEqual(b);
        // Four characters or more: each read of eight bytes lies within both spans, the last at 2 * Length - 8 >= 0.
        ref byte x = ref System.Runtime.CompilerServices.Unsafe.As<char, byte>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(a));
        ref byte y = ref System.Runtime.CompilerServices.Unsafe.As<char, byte>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(b));
        nint last = 2 * (nint)a.Length - 8;
        for (nint at = 0; at < last; at += 8)
        {
            if (System.Runtime.CompilerServices.Unsafe.ReadUnaligned<ulong>(ref System.Runtime.CompilerServices.Unsafe.AddByteOffset(ref x, at))
                != System.Runtime.CompilerServices.Unsafe.ReadUnaligned<ulong>(ref System.Runtime.CompilerServices.Unsafe.AddByteOffset(ref y, at)))
            {
                return false;
            }
        }
        return System.Runtime.CompilerServices.Unsafe.ReadUnaligned<ulong>(ref System.Runtime.CompilerServices.Unsafe.AddByteOffset(ref x, last))
            == System.Runtime.CompilerServices.Unsafe.ReadUnaligned<ulong>(ref System.Runtime.CompilerServices.Unsafe.AddByteOffset(ref y, last));
    }

    /// <summary>
    /// The entity number (<see cref="TextMention.EntityNumber"/>) each bare word of a parse links to (<see cref="Linked(EntityIndex, ReadOnlySpan{char})"/>),
    /// by its text: an open-addressed table over the words' places in the source, keyed by <see cref="Spelling.HashOf"/>,
    /// emptied as the parse ends. Asked once every entity is made, when none changes any more, so an answer kept is
    /// exact for the rest of the parse.
    /// </summary>
    /// <remarks>
    /// A bare word (<see cref="ReadWord"/>) keeps no spelling, and was linked by its text at each mention: over the 200
    /// bulk articles 4,527 such mentions of 2,221 texts, and a surname met again ("Trump") asked the name index twice
    /// (its whole name, then people ending in it) at each. Only a word whose shape some entity's name or last word has
    /// is kept (most are not, and are answered by the shape alone, as before). At most <see cref="MaxProbes"/> slots are
    /// probed: a word whose chain is longer is linked without the table, so that no text makes the lookups quadratic.
    /// </remarks>
    private sealed class LinkMemo
    {
        /// <summary>
        /// Asks a fresh table, twice over, for the entity number of each of <paramref name="words"/> of
        /// <paramref name="text"/> among <paramref name="entities"/>, and returns the words whose answer either time
        /// differs from <see cref="Linked(EntityIndex, ReadOnlySpan{char})"/>'s. For tests.
        /// </summary>
        internal static List<string> Disagreements(EntityIndex entities, string text, IEnumerable<(int Start, int Length)> words)
        {
            var memo = new LinkMemo();
            var disagreements = new List<string>();
            for (int pass = 0; pass < 2; pass++)
            {
                foreach (var (start, length) in words)
                {
                    var word = text.AsSpan(start, length);
                    if (memo.NumberOf(entities, text, start, length) != TextMention.NumberOf(Linked(entities, word))) disagreements.Add(word.ToString());
                }
            }
            memo.Release();
            return disagreements;
        }

        private const int FirstSlots = 64, MaxProbes = 16;

        private int[] _slots = new int[FirstSlots];
        private Entry[] _entries = new Entry[FirstSlots / 2];
        private int _count;

        private struct Entry
        {
            public int Start, Length, Hash, Slot, Number;
        }

        /// <summary>The entity number the bare word <c>s[start..start+length)</c> links to among <paramref name="entities"/>; 0 for none.</summary>
        /// <remarks>
        /// Inlined up to the shape test, which answers most words (2,666 of 4,539 over 200 bulk articles) without the
        /// call to the table.
        /// </remarks>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public int NumberOf(EntityIndex entities, string s, int start, int length)
        {
            int shape = KeyShapes.Shape(s.AsSpan(start, length));
            return entities.MayName(shape) || entities.MayEndPeople(shape) ? Kept(entities, s, start, length, shape) : 0;
        }

        /// <summary>As <see cref="NumberOf"/>, for a word whose shape some entity's name or last word has.</summary>
        private int Kept(EntityIndex entities, string s, int start, int length, int shape)
        {
            var word = s.AsSpan(start, length);
            int hash = Spelling.HashOf(word);
            var slots = _slots;
            int mask = slots.Length - 1;
            int slot = hash & mask;
            for (int probes = 0; ; slot = (slot + 1) & mask)
            {
                int e = slots[slot] - 1;
                if (e < 0) break;
                ref readonly var held = ref _entries[e];
                if (held.Hash == hash && held.Length == length && SameChars(s.AsSpan(held.Start, length), word))
                {
                    entities.CountVisits(1);
                    return held.Number;
                }
                if (++probes == MaxProbes) return TextMention.NumberOf(Linked(entities, word, shape));
            }
            int number = TextMention.NumberOf(Linked(entities, word, shape));
            if (2 * (_count + 1) > slots.Length)
            {
                Grow();
                slot = -1;
            }
            if (_count == _entries.Length) Array.Resize(ref _entries, _entries.Length * 2);
            int entry = _count++;
            if (slot < 0) slot = OpenSlots.Place(_slots, hash, entry);
            else _slots[slot] = entry + 1;
            _entries[entry] = new Entry { Start = start, Length = length, Hash = hash, Slot = slot, Number = number };
            return number;
        }

        private void Grow()
        {
            _slots = new int[_slots.Length * 2];
            for (int e = 0; e < _count; e++) _entries[e].Slot = OpenSlots.Place(_slots, _entries[e].Hash, e);
        }

        /// <summary>Forgets the parse's words, clearing only the slots in use; false when the table grew past what a parse's scratch keeps.</summary>
        public bool Release()
        {
            var slots = _slots;
            foreach (ref readonly var e in _entries.AsSpan(0, _count)) slots[e.Slot] = 0;
            _count = 0;
            return slots.Length <= ParseScratch.MaxKeptCapacity;
        }

        /// <summary>Forgets the parse's words and gives back the table's room.</summary>
        public void Trim()
        {
            _slots = new int[FirstSlots];
            _entries = new Entry[FirstSlots / 2];
            _count = 0;
        }
    }

    /// <summary>
    /// Each spelling of a name the thread has read recently, with what it reads as, kept from one parse to the next, and
    /// beside it the entity the parse under way found for it: an open-addressed table over copies of the spellings,
    /// keyed by <see cref="Spelling.HashOf"/> and compared by their characters, whose entries are numbered and stay put
    /// for the whole of a parse. The name pass asks it once at every capitalised run.
    /// </summary>
    /// <remarks>
    /// The same names come back article after article ("Donald Trump", "White House"), and reading a run of two words
    /// or more costs about 2,000 instructions, where finding it here costs a hash probe and a compare. A reading depends
    /// on the text and the knowledge alone, so a kept reading is exact for as long as the knowledge is the same: the
    /// table is emptied when a parse with other knowledge uses it (<c>ReadingMemoTests</c>). Before, an article's own
    /// table of spellings was asked first and this memo only for a spelling new to the article (two probes for two
    /// runs in three, and an entry entered in the table for each): 109.67 → 108.56 M instructions on the 200 bulk
    /// articles, bare words kept from one article to the next with the rest.
    /// <para>
    /// It holds at most <see cref="Capacity"/> spellings of at most <see cref="ReadingMemo.MaxKeyLength"/> characters, so its
    /// room is bounded whatever the input. It is emptied only as a parse starts, when the parse might not find room for
    /// its spellings (<see cref="Start"/>); a spelling the table has no room for in a parse is read for its mention alone
    /// (<see cref="AddUnkept"/>), as is one too long. The entities it keeps are the parse's own: an entry met first in a
    /// parse forgets the one an earlier parse kept (<see cref="Meet"/>).
    /// </para>
    /// </remarks>
    private sealed class SpellingMemo
    {
        /// <summary>Characters of key room per entry: most names are shorter, and a longer one takes more.</summary>
        private const int CharsPerEntry = 16;

        /// <summary>How many spellings the table keeps: an entry number is below this, and fits <see cref="TextMention.Spelling"/>.</summary>
        public const int Capacity = 4096;

        /// <summary>
        /// Characters of text per spelling a parse is given room for when it starts (<see cref="Start"/>): about one new
        /// spelling in 150 characters over the 200 bulk articles, so a parse runs out of room only on text far denser in
        /// names, where the spellings beyond are read at each mention.
        /// </summary>
        private const int CharsPerRoom = 32;

        private CompiledKnowledge? _knowledge;
        // Made on the first spelling kept, at their full size: the table never grows.
        // Each slot holds 1 + the index of its entry, 0 when empty; at most half the slots are full.
        private int[]? _slots;
        private Key[] _keys = [];
        private Analysis[] _readings = [];
        private char[] _chars = [];
        // Per entry: the parse that last met it, and the entity that parse found for it.
        private int[] _met = [];
        private KeptEntity[] _entities = [];
        private int _count;
        private int _charCount;
        private int _parse;
        // The entries met in this parse (the first _metCount), whose entities Release forgets: the table holds no
        // entity past its parse. An entry is met once a parse, so the table's capacity bounds them.
        private int[] _metNow = [];
        private int _metCount;

        // A reading kept for one mention only, when the table has no room for it.
        private Analysis _unkept;

        private readonly record struct Key(int Offset, int Length, int Hash, int Slot);

        /// <summary>
        /// Slots probed past a spelling's first in this parse's lookups: the work a hash that sends many spellings down
        /// one probe chain adds, which the stage counts so that the scaling tests see it.
        /// </summary>
        public long Collisions { get; private set; }

        /// <summary>
        /// Makes the table answer for a parse of <paramref name="source"/> with <paramref name="knowledge"/>: readings made
        /// under other knowledge are forgotten, and so is everything when the table may lack room for the parse's spellings.
        /// </summary>
        public void Start(CompiledKnowledge knowledge, string source)
        {
            // (Released at the end of the parse before; a parse that ended otherwise leaves its entities here.)
            Release();
            if (!ReferenceEquals(knowledge, _knowledge))
            {
                Empty();
                _knowledge = knowledge;
            }
            int room = Math.Min(source.Length / CharsPerRoom + 256, Capacity);
            if (_count + room > Capacity || _charCount + room * CharsPerEntry > Capacity * CharsPerEntry) Empty();
            if (_parse == int.MaxValue)
            {
                // Parse numbers start again: no entry may hold one a later parse will take.
                Empty();
                Array.Clear(_met);
                _parse = 0;
            }
            _parse++;
            _unkept = default;
            Collisions = 0;
        }

        /// <summary>The entry of <paramref name="text"/> (hashed as <paramref name="hash"/>), met in this parse; -1 when the table has none.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public int Find(ReadOnlySpan<char> text, int hash)
        {
            if (_slots is not { } slots) return -1;
            int mask = slots.Length - 1;
            for (int slot = hash & mask; ; slot = (slot + 1) & mask, Collisions++)
            {
                int entry = slots[slot] - 1;
                if (entry < 0) return -1;
                ref readonly var key = ref _keys[entry];
                if (key.Hash == hash && key.Length == text.Length && SameChars(text, _chars.AsSpan(key.Offset, key.Length)))
                {
                    if (_met[entry] != _parse) Meet(entry);
                    return entry;
                }
            }
        }

        /// <summary>An entry met first in this parse: the entity an earlier parse kept for it is not this parse's.</summary>
        private void Meet(int entry)
        {
            _met[entry] = _parse;
            _entities[entry] = default;
            _metNow[_metCount++] = entry;
        }

        /// <summary>The analysis at <paramref name="entry"/>, a number <see cref="Find"/> or an add gave, or -1 for the last <see cref="AddUnkept"/>'s.</summary>
        /// <remarks>Inlined: the name pass asks it at every capitalised run, and a call cost more than its two tests.</remarks>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public ref readonly Analysis AnalysisOf(int entry)
        {
            if (entry < 0) return ref _unkept;
            // A bare word's entry, or a bare name's the short way read (TryReadPlainName), holds no reading (an analysis
            // always has a name, the default none).
            ref readonly var analysis = ref _readings[entry];
            return ref analysis.Name is null ? ref BareName : ref analysis;
        }

        /// <summary>
        /// The entity found in this parse for the spelling at <paramref name="entry"/>, a number <see cref="Find"/> or an
        /// add gave: for a named spelling, found under its name; for a weak one, the entity it links to, once every
        /// entity is made (<see cref="FindMentions"/>).
        /// </summary>
        public ref KeptEntity EntityOf(int entry) => ref _entities[entry];

        /// <summary>Holds <paramref name="analysis"/> for one mention without a spelling to find it by; returns -1, its entry for <see cref="AnalysisOf"/>.</summary>
        public int AddUnkept(in Analysis analysis)
        {
            _unkept = analysis;
            return -1;
        }

        /// <summary>
        /// Keeps <paramref name="text"/>, which the table does not hold, read as <see cref="BareName"/>, and gives its
        /// entry, or -1 (read for this mention alone) when there is no room. The reading is not copied in: the entry's
        /// analysis stays the default, which <see cref="AnalysisOf"/> answers with <see cref="BareName"/>.
        /// </summary>
        public int AddBare(ReadOnlySpan<char> text, int hash)
        {
            int entry = Enter(text, hash);
            return entry >= 0 ? entry : AddUnkept(BareName);
        }

        /// <summary>
        /// The reading at <paramref name="entry"/>, a number <see cref="Enter"/> gave (-1: the reading for one mention
        /// only), to be written in place: a reading made elsewhere and copied in took a copy of its three references,
        /// each with its write barrier.
        /// </summary>
        public ref Analysis ReadingAt(int entry) => ref entry < 0 ? ref _unkept : ref _readings[entry];

        /// <summary>
        /// Enters <paramref name="text"/>, which the table does not hold, with an empty reading, met in this parse, and
        /// gives its entry; -1 (a reading for one mention only) when the text is too long or there is no room.
        /// </summary>
        public int Enter(ReadOnlySpan<char> text, int hash)
        {
            if (text.Length > ReadingMemo.MaxKeyLength) return -1;
            if (_slots is null)
            {
                _slots = new int[Capacity * 2];
                _keys = new Key[Capacity];
                _readings = new Analysis[Capacity];
                _chars = new char[Capacity * CharsPerEntry];
                _met = new int[Capacity];
                _entities = new KeptEntity[Capacity];
                _metNow = new int[Capacity];
            }
            if (_count == Capacity || _charCount + text.Length > _chars.Length) return -1;
            text.CopyTo(_chars.AsSpan(_charCount));
            int entry = _count++;
            _keys[entry] = new Key(_charCount, text.Length, hash, OpenSlots.Place(_slots, hash, entry));
            _charCount += text.Length;
            _met[entry] = _parse;
            _entities[entry] = default;
            _metNow[_metCount++] = entry;
            return entry;
        }

        /// <summary>
        /// Forgets the parse's unkept reading and the entities it kept: the table holds no entity, and so no part of a
        /// model built from it, past the parse (an entity made beyond the index's spares, or for an observer, is the
        /// parse's alone). About 25 instructions an entry met (0.1 M over the 200 bulk articles).
        /// </summary>
        public void Release()
        {
            _unkept = default;
            var entities = _entities;
            foreach (int entry in _metNow.AsSpan(0, _metCount)) entities[entry] = default;
            _metCount = 0;
        }

        /// <summary>Forgets every spelling and the knowledge they were read with, and gives back the table's room.</summary>
        public void Trim()
        {
            _knowledge = null;
            _count = 0;
            _charCount = 0;
            _slots = null;
            _keys = [];
            _readings = [];
            _chars = [];
            _met = [];
            _entities = [];
            _unkept = default;
            _metNow = [];
            _metCount = 0;
        }

        /// <summary>Forgets every spelling; only the slots in use are cleared.</summary>
        private void Empty()
        {
            for (int entry = 0; entry < _count; entry++) _slots![_keys[entry].Slot] = 0;
            Array.Clear(_readings, 0, _count);
            Array.Clear(_entities, 0, _count);
            _metCount = 0;
            _count = 0;
            _charCount = 0;
        }
    }
}
