using System.Runtime.InteropServices;
using NewsModel.Parsing.Pipeline;

namespace NewsModel.Parsing.Speakers;

internal static partial class SpeakerStage
{
    /// <summary>
    /// What each statement's speaker phrase read as, for one parse: per statement, the memo of recent phrases' entry that
    /// holds its reading, or an index into the readings kept here, which statements of the same phrase share.
    /// </summary>
    /// <remarks>
    /// A reading is a struct of 40 bytes; kept as a nullable per statement it took 48 bytes a statement through the whole
    /// stage, and a paragraph of statements that all say "he" held 66,666 copies of one reading per MB of input.
    /// A statement whose phrase the memo of recent phrases holds points to the memo's entry, which stays as it is until
    /// the memo is emptied (only by <see cref="ReadPhrase"/> adding a phrase to a full memo, which first gives the
    /// statements pointing into it their copies: <see cref="Unpoint"/>); a phrase too long for the memo shares the
    /// reading of the same phrase just before (<see cref="Recent"/>). Every other reading is kept here: at most one per
    /// statement. Copying each reading the memo held into a list cost about 100 instructions a distinct phrase.
    /// </remarks>
    private sealed class PhraseAnalyses
    {
        // 1 + the index of the statement's reading in _distinct; -(1 + its entry in the memo); 0 for a statement
        // without a speaker phrase.
        private int[] _of = [];
        private int _count;
        private readonly List<Analysis> _distinct = [];
        private ReadingMemo? _memo;
        // Statements below this one point into the memo no longer (Unpoint).
        private int _firstPointing;
        // A bit per Class of the readings given (1 << Class).
        private int _classes;

        /// <summary>Starts a parse of <paramref name="statements"/> statements, none with a reading yet, whose phrases <paramref name="memo"/> keeps.</summary>
        public void Start(int statements, ReadingMemo memo)
        {
            if (_of.Length < statements) _of = new int[Math.Max(statements, 2 * _of.Length)];
            else _of.AsSpan(0, statements).Clear();
            _count = statements;
            _distinct.Clear();
            _memo = memo;
            _firstPointing = 0;
            _classes = 0;
        }

        /// <summary>
        /// Forgets the parse's readings, and gives back tables grown past what an article of a few hundred statements
        /// needs: kept by the thread, a long parse's readings stayed resident beside the model built after the stage
        /// (organisations said, 1 MB: 1.1 MB).
        /// </summary>
        public void Release()
        {
            _distinct.Clear();
            _memo = null;
            if (_distinct.Capacity > MaxKept) _distinct.Capacity = 0;
            if (_of.Length > MaxKept) _of = [];
        }

        /// <summary>The readings grow in proportion to the statements read once they are this many.</summary>
        private const int MinProportional = 64;

        /// <summary>The most statements whose tables a thread keeps from one parse to the next.</summary>
        private const int MaxKept = 1024;

        /// <summary>True when a statement's reading is of class <paramref name="c"/>.</summary>
        public bool Holds(Class c) => (_classes & (1 << (int)c)) != 0;

        /// <summary>True when statement <paramref name="i"/> has a reading.</summary>
        public bool Has(int i) => _of[i] != 0;

        /// <summary>The reading of statement <paramref name="i"/>, which <see cref="Has"/> says it has.</summary>
        public ref readonly Analysis this[int i]
        {
            get
            {
                int of = _of[i];
                if (of < 0) return ref _memo![-of - 1];
                return ref CollectionsMarshal.AsSpan(_distinct)[of - 1];
            }
        }

        /// <summary>
        /// The collapsed text of statement <paramref name="i"/>'s phrase when its reading points into the memo of recent
        /// phrases (<see cref="ReadingMemo.CollapsedText"/>), else null. <paramref name="simplySpaced"/>: the phrase is
        /// known to hold no whitespace but single spaces.
        /// </summary>
        public string? MemoText(int i, bool simplySpaced) => _of[i] < 0 ? _memo!.CollapsedText(-_of[i] - 1, simplySpaced) : null;

        /// <summary>Gives statement <paramref name="i"/> the reading of statement <paramref name="j"/>, which has one.</summary>
        public void Share(int i, int j) => _of[i] = _of[j];

        /// <summary>
        /// Gives statement <paramref name="i"/> the reading <paramref name="reading"/>, which the memo holds as
        /// <paramref name="entry"/> (-1 when it does not keep it): the statement points to the memo's entry.
        /// </summary>
        public void Set(int i, in Analysis reading, int entry)
        {
            _classes |= 1 << (int)reading.Class;
            if (entry >= 0)
            {
                _of[i] = -entry - 1;
                return;
            }
            Keep(i, reading);
        }

        private void Keep(int i, in Analysis reading)
        {
            // The readings grow in proportion to the statements read, never past one per statement: where nearly
            // every phrase is another (organisations said), the list is made its final size once it holds a few.
            BoundedGrowth.AddInProportion(_distinct, reading, i + 1, _count, MinProportional, most: _count);
            _of[i] = _distinct.Count;
        }

        /// <summary>
        /// Gives each statement up to <paramref name="upTo"/> that points into the memo its own copy of the reading, before
        /// the memo is emptied (at most one per statement, as any reading kept here). Each statement is walked once whatever the number
        /// of times the memo empties: the statements read since the last call only.
        /// </summary>
        public void Unpoint(int upTo)
        {
            for (int i = _firstPointing; i < upTo; i++)
            {
                int of = _of[i];
                if (of >= 0) continue;
                Keep(i, _memo![-of - 1]);
            }
            _firstPointing = upTo;
        }
    }
}
