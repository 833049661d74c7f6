using NewsModel.Parsing.Pipeline;

namespace NewsModel.Parsing.Treaties;

/// <summary>
/// The names of the treaties an article described, keyed so that "is this phrase part of a name described before, or
/// a described name part of it?" costs the same however many treaties the article described.
/// </summary>
/// <remarks>
/// A name is read as a sequence of units: runs of letters and digits compared ignoring case, and every other mark
/// but whitespace alone. Each name is keyed by the hash of its whole sequence and of every contiguous run of its
/// units (at most <see cref="MaxUnits"/> units are read, so a name costs a bounded number of keys); a query hashes
/// the phrase's runs the same way. Containment is therefore whole units: "grains agreement" is in "bilateral grains
/// agreement", "rain agreement" is not. The index answers with the earliest name in the order they were added; the
/// caller confirms the answer on the text (a hash collision then costs a miss, never a wrong treaty).
/// </remarks>
internal sealed class DescribedTreatyIndex
{
    /// <summary>Units of a name or phrase beyond this many are not read: described names have a handful.</summary>
    public const int MaxUnits = 48;

    private readonly KeyTable _whole = new();
    private readonly KeyTable _runs = new();
    private readonly List<ulong> _units = [];

    /// <summary>Units read and keys hashed since <see cref="Clear"/>: the index's share of <see cref="ParseContext.Work"/>.</summary>
    public long Steps { get; private set; }

    /// <summary>Forgets every name.</summary>
    public void Clear()
    {
        Steps = 0;
        _whole.Clear();
        _runs.Clear();
        _units.Clear();
    }

    /// <summary>Forgets every name and gives back the index's memory; <see cref="Steps"/> is kept.</summary>
    public void Forget()
    {
        _whole.Forget();
        _runs.Forget();
        _units.Clear();
        _units.TrimExcess();
    }

    /// <summary>False when a huge article grew the index past <see cref="ParseScratch.MaxKeptCapacity"/> keys: it is then not worth keeping.</summary>
    public bool Small => _runs.Capacity <= ParseScratch.MaxKeptCapacity;

    /// <summary>Adds the name of the treaty that is <paramref name="position"/>th in order; an earlier name keeps a key both share.</summary>
    public void Add(string name, int position)
    {
        Units(name);
        var units = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_units);
        if (units.IsEmpty) return;
        _whole.TryAdd(Run(units), position);
        for (int start = 0; start < units.Length; start++)
        {
            ulong h = Seed;
            for (int end = start; end < units.Length; end++)
            {
                h = Next(h, units[end]);
                _runs.TryAdd(h, position);
                Steps++;
            }
        }
    }

    /// <summary>
    /// The earliest position whose name holds <paramref name="phrase"/> as a run of units, and the earliest whose whole
    /// name is a run of the phrase's units; -1 for none.
    /// </summary>
    public (int NameHoldsPhrase, int PhraseHoldsName) Find(string phrase)
    {
        if (_whole.Count == 0) return (-1, -1);
        Units(phrase);
        var units = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_units);
        if (units.IsEmpty) return (-1, -1);
        int holds = _runs.TryGetValue(Run(units), out int p) ? p : -1;
        int held = -1;
        for (int start = 0; start < units.Length; start++)
        {
            ulong h = Seed;
            for (int end = start; end < units.Length; end++)
            {
                h = Next(h, units[end]);
                Steps++;
                if (_whole.TryGetValue(h, out int q) && (held < 0 || q < held)) held = q;
            }
        }
        return (holds, held);
    }

    private const ulong Seed = 14695981039346656037UL;

    private static ulong Next(ulong h, ulong unit) => (h ^ unit) * 0x100000001B3UL + 0x9E3779B97F4A7C15UL;

    private static ulong Run(ReadOnlySpan<ulong> units)
    {
        ulong h = Seed;
        foreach (var u in units) h = Next(h, u);
        return h;
    }

    /// <summary>Fills the unit buffer with the hash of each unit of <paramref name="text"/>.</summary>
    private void Units(string text)
    {
        _units.Clear();
        int i = 0;
        while (i < text.Length && _units.Count < MaxUnits)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            ulong h = 14695981039346656037UL;
            if (!char.IsLetterOrDigit(c))
            {
                h = (h ^ char.ToUpperInvariant(c)) * 1099511628211UL;
                i++;
            }
            else
            {
                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    h = (h ^ char.ToUpperInvariant(text[i])) * 1099511628211UL;
                    i++;
                }
            }
            _units.Add(h);
        }
        Steps += i;
    }

    /// <summary>
    /// A map from a 64-bit key to a position, open-addressed: 12 bytes a slot, where a dictionary's entry and bucket
    /// take 28. An article describing tens of thousands of treaties keys every run of words of each name, so the
    /// table is the treaty stage's largest; it grows by doubling at three quarters full. Positions are never negative:
    /// -1 marks an empty slot.
    /// </summary>
    private sealed class KeyTable
    {
        private const int InitialSlots = 16;

        private ulong[] _keys = new ulong[InitialSlots];
        private int[] _values = Empty(InitialSlots);
        private int _count;

        /// <summary>How many keys the table holds.</summary>
        public int Count => _count;

        /// <summary>How many slots the table has.</summary>
        public int Capacity => _keys.Length;

        /// <summary>Adds <paramref name="key"/> with <paramref name="value"/> unless the key is there already (its value is then kept).</summary>
        public void TryAdd(ulong key, int value)
        {
            int i = Slot(key);
            if (_values[i] >= 0) return;
            if ((_count + 1) * 4 > _keys.Length * 3)
            {
                Grow();
                i = Slot(key);
            }
            _keys[i] = key;
            _values[i] = value;
            _count++;
        }

        public bool TryGetValue(ulong key, out int value)
        {
            value = _values[Slot(key)];
            return value >= 0;
        }

        /// <summary>Empties the table, keeping its slots.</summary>
        public void Clear()
        {
            if (_count == 0) return;
            Array.Fill(_values, -1);
            _count = 0;
        }

        /// <summary>Empties the table and gives its slots back.</summary>
        public void Forget()
        {
            _keys = new ulong[InitialSlots];
            _values = Empty(InitialSlots);
            _count = 0;
        }

        /// <summary>The slot holding <paramref name="key"/>, or the empty slot where it would go.</summary>
        private int Slot(ulong key)
        {
            int mask = _keys.Length - 1;
            // The keys are hashes already; the multiply spreads their high bits into the slot number.
            int i = (int)((key * 0x9E3779B97F4A7C15UL) >> 32) & mask;
            while (_values[i] >= 0 && _keys[i] != key) i = (i + 1) & mask;
            return i;
        }

        private void Grow()
        {
            var keys = _keys;
            var values = _values;
            _keys = new ulong[keys.Length * 2];
            _values = Empty(keys.Length * 2);
            for (int j = 0; j < keys.Length; j++)
            {
                if (values[j] >= 0)
                {
                    int i = Slot(keys[j]);
                    _keys[i] = keys[j];
                    _values[i] = values[j];
                }
            }
        }

        private static int[] Empty(int slots)
        {
            var values = new int[slots];
            Array.Fill(values, -1);
            return values;
        }
    }
}
