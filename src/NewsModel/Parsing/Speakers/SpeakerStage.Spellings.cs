using NewsModel.Parsing.Lookup;

namespace NewsModel.Parsing.Speakers;

/// <summary>The spellings of names an article's reading keeps, found by their text.</summary>
internal static partial class SpeakerStage
{
    /// <summary>
    /// Each spelling of a name read so far, with its <see cref="Reading"/>: an open-addressed table over the source's
    /// text, keyed by the spelling's hash and compared by its characters, whose readings are numbered and changed in
    /// place. The name pass asks it at every capitalised run; a dictionary with a comparer of its own called that
    /// comparer through an interface at every probe.
    /// </summary>
    private sealed class SpellingTable
    {
        private const int FirstSlots = 64;

        private string _source = "";
        // Each slot holds 1 + the index of its entry, 0 when empty; at most half the slots are full.
        private int[] _slots = new int[FirstSlots];
        private Spelling[] _keys = new Spelling[FirstSlots / 2];
        private Reading[] _readings = new Reading[FirstSlots / 2];
        private int[] _slotOf = new int[FirstSlots / 2];

        // A reading kept for one mention only, once the table holds as many as it keeps (hostile text).
        private Analysis _unkept;

        // The readings of the thread's memo, which an entry may point into (Reading.Memo) rather than hold a copy of.
        private Analysis[] _memoReadings = [];

        // Entries below this one point into the memo no longer (Unpoint).
        private int _firstPointing;

        public int Count { get; private set; }

        /// <summary>
        /// Slots probed past a spelling's first in this parse's lookups: the work a hash that sends many spellings down
        /// one probe chain adds, which the stage counts so that the scaling tests see it. Clearing the table keeps it.
        /// </summary>
        public long Collisions { get; private set; }

        /// <summary>Empties the table and makes it compare spellings in <paramref name="source"/>, the text about to be read.</summary>
        public void Start(string source)
        {
            Clear();
            Collisions = 0;
            _source = source;
        }

        /// <summary>The reading at <paramref name="entry"/>, a number <see cref="Find"/> or <see cref="Add"/> gave.</summary>
        public ref Reading this[int entry] => ref _readings[entry];

        /// <summary>The analysis at <paramref name="entry"/>, a number <see cref="Add"/> gave, or -1 for the last <see cref="AddUnkept"/>'s.</summary>
        /// <remarks>Inlined: the name pass asks it at every capitalised run, and a call cost more than its two tests.</remarks>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public ref readonly Analysis AnalysisOf(int entry)
        {
            if (entry < 0) return ref _unkept;
            ref readonly var reading = ref _readings[entry];
            if (reading.Memo != 0) return ref _memoReadings[reading.Memo - 1];
            // A bare word's entry holds no reading (an analysis always has a name, the default none).
            ref readonly var analysis = ref reading.Analysis;
            return ref analysis.Name is null ? ref BareName : ref analysis;
        }

        /// <summary>Holds <paramref name="analysis"/> for one mention without a spelling to find it by; returns -1, its entry for <see cref="AnalysisOf"/>.</summary>
        public int AddUnkept(in Analysis analysis)
        {
            _unkept = analysis;
            return -1;
        }

        /// <summary>The entry of <paramref name="spelling"/>'s reading, or -1 when it has none.</summary>
        /// <remarks>Inlined into the name pass, which asks it at every capitalised run: 136.58 -> 136.52 M instructions over the 200 bulk articles.</remarks>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public int Find(Spelling spelling)
        {
            int mask = _slots.Length - 1;
            for (int slot = spelling.Hash & mask; ; slot = (slot + 1) & mask, Collisions++)
            {
                int entry = _slots[slot] - 1;
                if (entry < 0) return -1;
                var key = _keys[entry];
                if (key.Hash == spelling.Hash && key.Length == spelling.Length
                    && _source.AsSpan(key.Start, key.Length).SequenceEqual(_source.AsSpan(spelling.Start, spelling.Length)))
                {
                    return entry;
                }
            }
        }

        /// <summary>
        /// Adds <paramref name="spelling"/>, which has no reading yet, read as <see cref="BareName"/>, and returns its reading's
        /// entry. The reading is not copied in: the entry's analysis stays the default, which <see cref="AnalysisOf"/> answers
        /// with <see cref="BareName"/>.
        /// </summary>
        public int AddBare(in Spelling spelling) => Enter(spelling);

        /// <summary>Adds <paramref name="spelling"/>, which has no reading yet, read as <paramref name="analysis"/>, and returns its reading's entry.</summary>
        /// <remarks>The reading is passed by reference: copied by value, its 72 bytes were copied twice more at every call.</remarks>
        public int Add(in Spelling spelling, in Analysis analysis)
        {
            int entry = Enter(spelling);
            // Written in place: a new Reading built and copied in was two copies of the 72 bytes.
            ref var reading = ref _readings[entry];
            reading.Analysis = analysis;
            reading.Entity = default;
            return entry;
        }

        /// <summary>
        /// Adds <paramref name="spelling"/>, which has no reading yet, read as the memo's entry <paramref name="known"/>, and
        /// returns its reading's entry. The reading is not copied in (40 bytes with three references, a write barrier each:
        /// about 60 instructions, 3,800 times over the 200 bulk articles): the entry points to the memo's, and
        /// takes its copy only if the memo is emptied while the table holds it (<see cref="Unpoint"/>).
        /// </summary>
        public int AddFromMemo(in Spelling spelling, ReadingMemo memo, int known)
        {
            int entry = Enter(spelling);
            _memoReadings = memo.Readings;
            _readings[entry].Memo = known + 1;
            return entry;
        }

        /// <summary>
        /// Gives each entry that points into the memo its own copy of the reading, before the memo is emptied. Each entry
        /// is walked once whatever the number of times the memo empties: the entries entered since the last call only.
        /// </summary>
        public void Unpoint()
        {
            for (int entry = _firstPointing; entry < Count; entry++)
            {
                ref var reading = ref _readings[entry];
                if (reading.Memo == 0) continue;
                reading.Analysis = _memoReadings[reading.Memo - 1];
                reading.Memo = 0;
            }
            _firstPointing = Count;
        }

        /// <summary>Enters <paramref name="spelling"/> with an empty reading (every entry past <see cref="Count"/> is one) and returns its entry.</summary>
        private int Enter(in Spelling spelling)
        {
            if (Count == _keys.Length) Grow();
            int entry = Count++;
            _slotOf[entry] = OpenSlots.Place(_slots, spelling.Hash, entry);
            _keys[entry] = spelling;
            return entry;
        }

        private void Grow()
        {
            int entries = _keys.Length * 2;
            Array.Resize(ref _keys, entries);
            Array.Resize(ref _readings, entries);
            Array.Resize(ref _slotOf, entries);
            _slots = new int[entries * 2];
            for (int entry = 0; entry < Count; entry++) _slotOf[entry] = OpenSlots.Place(_slots, _keys[entry].Hash, entry);
        }

        /// <summary>Forgets every spelling: only the slots in use are cleared, so a small article's reading costs no more.</summary>
        public void Clear()
        {
            for (int entry = 0; entry < Count; entry++) _slots[_slotOf[entry]] = 0;
            Array.Clear(_readings, 0, Count);
            _unkept = default;
            _memoReadings = [];
            _firstPointing = 0;
            Count = 0;
            _source = "";
        }

        /// <summary>Clears the table and gives back the room it grew to.</summary>
        public void Trim()
        {
            Clear();
            if (_slots.Length == FirstSlots) return;
            _slots = new int[FirstSlots];
            _keys = new Spelling[FirstSlots / 2];
            _readings = new Reading[FirstSlots / 2];
            _slotOf = new int[FirstSlots / 2];
        }
    }
}
