namespace NewsModel.Parsing.Internal;

/// <summary>
/// A read-mostly map from words to values that compares words ignoring case (<see cref="StringComparison.OrdinalIgnoreCase"/>)
/// and answers for a span of the source without allocating. Every token of every article is looked up here, so an
/// ASCII word (nearly all of them in English copy) takes a fast path: a hash of its length and its first and last
/// two letters folded to upper case (constant time, whatever the word's length), one open-addressing probe
/// sequence, and a compare only when the hashes agree. A word with other characters where the hash looks goes to an
/// ordinary case-insensitive dictionary, and so does the compare when it meets one elsewhere: either way the answer
/// is the exact .NET one.
/// </summary>
/// <remarks>
/// The general dictionary was about four times slower per lookup than this path, and the parser asks for several
/// million words per megabyte of text. The two paths agree: an ASCII word equals a key ignoring case exactly when
/// it equals the key's invariant upper case, so each key is entered into the fast table by that form when it is
/// ASCII.
/// </remarks>
internal sealed class WordTable<TValue>
{
    private readonly Dictionary<string, TValue> _all = new(StringComparer.OrdinalIgnoreCase);
    private Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _allLookup;

    // The fast table: keys in upper case ASCII, a power-of-two size at most half full, linear probing.
    private string?[] _keys = new string?[16];
    private uint[] _hashes = new uint[16];
    private TValue[] _values = new TValue[16];
    private int _fastCount;
    // A key whose upper case is not ASCII lives only in the dictionary; a word with such letters inside must look there too.
    private bool _hasOtherKeys;

    public WordTable() => _allLookup = _all.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every key, as first added.</summary>
    public IEnumerable<string> Keys => _all.Keys;

    /// <summary>Sets the value of <paramref name="word"/>, or replaces it.</summary>
    public void Set(string word, TValue value)
    {
        _all[word] = value;
        var upper = word.ToUpperInvariant();
        if (upper.Length == 0 || !System.Text.Ascii.IsValid(upper) || upper.Length != word.Length)
        {
            _hasOtherKeys = true;
            return;
        }
        if ((_fastCount + 1) * 2 > _keys.Length) Grow();
        Insert(upper, Hash(upper), value);
    }

    public bool TryGetValue(string word, out TValue value) => TryGetValue(word.AsSpan(), out value);

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        if (word.IsEmpty) return _allLookup.TryGetValue(word, out value!);
        int n = word.Length;
        uint a = word[0], b = word[n > 1 ? 1 : 0], c = word[n > 1 ? n - 2 : 0], d = word[n - 1];
        if ((a | b | c | d) >= 0x80) return _allLookup.TryGetValue(word, out value!);
        uint hash = Hash(n, Upper(a), Upper(b), Upper(c), Upper(d));
        int mask = _keys.Length - 1;
        for (int slot = (int)hash & mask; ; slot = (slot + 1) & mask)
        {
            var key = _keys[slot];
            if (key is null) break;
            if (_hashes[slot] == hash && EqualsUpper(word, key))
            {
                value = _values[slot];
                return true;
            }
        }
        if (_hasOtherKeys && !System.Text.Ascii.IsValid(word)) return _allLookup.TryGetValue(word, out value!);
        value = default!;
        return false;
    }

    public bool ContainsKey(ReadOnlySpan<char> word) => TryGetValue(word, out _);

    private static bool EqualsUpper(ReadOnlySpan<char> word, string upper)
    {
        if (word.Length != upper.Length) return false;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (c >= '\u0080') return word.Equals(upper, StringComparison.OrdinalIgnoreCase);
            if ((uint)(c - 'a') <= 'z' - 'a') c = (char)(c - 32);
            if (c != upper[i]) return false;
        }
        return true;
    }

    private static uint Upper(uint c) => c - ((c - 'a') <= 'z' - 'a' ? 32u : 0u);

    /// <summary>The hash of an upper-case ASCII key, as <see cref="TryGetValue(ReadOnlySpan{char}, out TValue)"/> computes it for a word.</summary>
    private static uint Hash(string upper)
    {
        int n = upper.Length;
        return n == 0 ? 0 : Hash(n, upper[0], upper[n > 1 ? 1 : 0], upper[n > 1 ? n - 2 : 0], upper[n - 1]);
    }

    private static uint Hash(int length, uint a, uint b, uint c, uint d)
    {
        uint h = ((uint)length * 0x9E3779B1u) ^ (a | (b << 16)) * 0x85EBCA77u ^ (c | (d << 16)) * 0xC2B2AE3Du;
        return h ^ (h >> 15);
    }

    private void Insert(string upper, uint hash, TValue value)
    {
        int mask = _keys.Length - 1;
        int slot = (int)hash & mask;
        while (_keys[slot] is { } key)
        {
            if (_hashes[slot] == hash && key == upper)
            {
                _values[slot] = value;
                return;
            }
            slot = (slot + 1) & mask;
        }
        _keys[slot] = upper;
        _hashes[slot] = hash;
        _values[slot] = value;
        _fastCount++;
    }

    private void Grow()
    {
        var (keys, hashes, values) = (_keys, _hashes, _values);
        _keys = new string?[keys.Length * 2];
        _hashes = new uint[keys.Length * 2];
        _values = new TValue[keys.Length * 2];
        _fastCount = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i] is { } key) Insert(key, hashes[i], values[i]);
        }
    }
}
