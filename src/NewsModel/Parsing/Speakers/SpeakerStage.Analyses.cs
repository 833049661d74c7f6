using System.Runtime.InteropServices;
using NewsModel.Parsing.Pipeline;

namespace NewsModel.Parsing.Speakers;

internal static partial class SpeakerStage
{
    /// <summary>
    /// What each statement's speaker phrase read as, for one parse: an index per statement into the distinct readings,
    /// which statements of the same phrase share.
    /// </summary>
    /// <remarks>
    /// A reading is a struct of 56 bytes; kept as a nullable per statement it took 64 bytes a statement through the whole
    /// stage, and a paragraph of statements that all say "he" held 66,666 copies of one reading per MB of input (4.3 MB).
    /// Statements whose phrase the memo of recent phrases answered with the same entry share that entry's reading
    /// (<see cref="EntryReadings"/>); a phrase too long for the memo shares the reading of the same phrase just before
    /// (<see cref="Recent"/>). Every other reading is kept once more: at most one per statement, as before.
    /// </remarks>
    private sealed class PhraseAnalyses
    {
        // 1 + the index of the statement's reading in _distinct; 0 for a statement without a speaker phrase.
        private int[] _of = [];
        private int _count;
        private readonly List<Analysis> _distinct = [];

        /// <summary>Starts a parse of <paramref name="statements"/> statements, none with a reading yet.</summary>
        public void Start(int statements)
        {
            if (_of.Length < statements) _of = new int[Math.Max(statements, 2 * _of.Length)];
            else _of.AsSpan(0, statements).Clear();
            _count = statements;
            _distinct.Clear();
        }

        /// <summary>
        /// Forgets the parse's readings, and gives back tables grown past what an article of a few hundred statements
        /// needs: kept by the thread, a long parse's readings (56 bytes each) stayed resident beside the model
        /// built after the stage (organisations said, 1 MB: 1.1 MB).
        /// </summary>
        public void Release()
        {
            _distinct.Clear();
            if (_distinct.Capacity > MaxKept) _distinct.Capacity = 0;
            if (_of.Length > MaxKept) _of = [];
        }

        /// <summary>The readings grow in proportion to the statements read once they are this many.</summary>
        private const int MinProportional = 64;

        /// <summary>The most statements whose tables a thread keeps from one parse to the next.</summary>
        private const int MaxKept = 1024;

        /// <summary>True when a statement's reading is of class <paramref name="c"/>.</summary>
        public bool Holds(Class c)
        {
            foreach (ref readonly var a in CollectionsMarshal.AsSpan(_distinct))
            {
                if (a.Class == c) return true;
            }
            return false;
        }

        /// <summary>True when statement <paramref name="i"/> has a reading.</summary>
        public bool Has(int i) => _of[i] != 0;

        /// <summary>The reading of statement <paramref name="i"/>, which <see cref="Has"/> says it has.</summary>
        public ref readonly Analysis this[int i] => ref CollectionsMarshal.AsSpan(_distinct)[_of[i] - 1];

        /// <summary>Gives statement <paramref name="i"/> the reading of statement <paramref name="j"/>, which has one.</summary>
        public void Share(int i, int j) => _of[i] = _of[j];

        /// <summary>
        /// Gives statement <paramref name="i"/> the reading <paramref name="reading"/>, which the memo holds as
        /// <paramref name="entry"/> (-1 when it does not keep it): a statement answered by the same entry before shares its copy.
        /// </summary>
        public void Set(int i, in Analysis reading, int entry, EntryReadings entries)
        {
            if (entry >= 0 && entries.Find(entry) is var known and > 0)
            {
                _of[i] = known;
                return;
            }
            // The readings grow in proportion to the statements read, never past one per statement: where nearly
            // every phrase is another (organisations said), the list is made its final size once it holds a few.
            BoundedGrowth.AddInProportion(_distinct, reading, i + 1, _count, MinProportional, most: _count);
            _of[i] = _distinct.Count;
            if (entry >= 0) entries.Keep(entry, _distinct.Count);
        }
    }

    /// <summary>
    /// Which of this parse's distinct readings each entry of the memo of recent phrases stands for: kept by the thread
    /// (two arrays the memo's size), valid for one parse and one filling of the memo (a stamp per entry).
    /// </summary>
    private sealed class EntryReadings
    {
        private readonly int[] _reading;
        private readonly int[] _stamp;
        private int _current;
        private int _generation = -1;

        public EntryReadings(int entries)
        {
            _reading = new int[entries];
            _stamp = new int[entries];
        }

        /// <summary>Forgets every entry's reading: a new parse starts.</summary>
        public void Forget() => NextStamp();

        /// <summary>Forgets every entry's reading when the memo was emptied since it was last asked (its <paramref name="generation"/> moved).</summary>
        public void Follow(int generation)
        {
            if (generation == _generation) return;
            _generation = generation;
            NextStamp();
        }

        private void NextStamp()
        {
            // A thread that parses for days could bring the stamp round to one an entry still holds: start again from 1.
            if (++_current == int.MaxValue)
            {
                Array.Clear(_stamp);
                _current = 1;
            }
        }

        /// <summary>1 + the index of the reading of memo entry <paramref name="entry"/> in this parse, or 0 for none.</summary>
        public int Find(int entry) => _stamp[entry] == _current ? _reading[entry] : 0;

        public void Keep(int entry, int reading)
        {
            _reading[entry] = reading;
            _stamp[entry] = _current;
        }
    }
}
