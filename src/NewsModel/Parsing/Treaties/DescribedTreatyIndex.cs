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

    private readonly Dictionary<ulong, int> _whole = [];
    private readonly Dictionary<ulong, int> _runs = [];
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
        _whole.Clear();
        _whole.TrimExcess();
        _runs.Clear();
        _runs.TrimExcess();
        _units.Clear();
        _units.TrimExcess();
    }

    /// <summary>False when a huge article grew the index past <see cref="ParseScratch.MaxKeptCapacity"/> keys: it is then not worth keeping.</summary>
    public bool Small => _runs.EnsureCapacity(0) <= ParseScratch.MaxKeptCapacity;

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
}
