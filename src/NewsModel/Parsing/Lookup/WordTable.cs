using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsModel.Parsing.Lookup;

/// <summary>
/// A read-mostly map from words to values that compares words ignoring case (<see cref="StringComparison.OrdinalIgnoreCase"/>)
/// and answers for a span of the source without allocating. Every token of every article is looked up here, so an
/// ASCII word (nearly all of them in English copy) takes a fast path: a hash of its length and its first and last
/// two letters with their case folded (constant time, whatever the word's length), one open-addressing probe
/// sequence, and a compare only when the hashes agree. A word with other characters where the hash looks goes to an
/// ordinary case-insensitive dictionary, and so does the compare when it meets one elsewhere: either way the answer
/// is the exact .NET one.
/// </summary>
/// <remarks>
/// The general dictionary is slower per lookup than this path, and the parser asks for several million words per
/// megabyte of text. The two paths agree: an ASCII word equals a key ignoring case exactly when
/// it equals the key's invariant upper case, so each key is entered into the fast table by that form when it is
/// ASCII.
/// </remarks>
internal sealed class WordTable<TValue>
{
    private readonly Dictionary<string, TValue> _all = new(StringComparer.OrdinalIgnoreCase);
    private Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _allLookup;

    // The fast table: a power-of-two array of slots at most half full, linear probing. A slot holds a key's hash and
    // its place in the dense key and value arrays (plus one; 0 is an empty slot), so a probe reads one 8-byte slot
    // and most misses end there, without reading a key (three parallel arrays cost three cache misses a probe).
    private Slot[] _slots = new Slot[16];
    private string[] _keys = new string[8];
    private TValue[] _values = new TValue[8];
    private int _fastCount;

    private struct Slot
    {
        public uint Hash;
        public int Entry;
    }
    // A key whose upper case is not ASCII lives only in the dictionary; a word with such letters inside must look there too.
    private bool _hasOtherKeys;

    public WordTable() => _allLookup = _all.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every key, as first added.</summary>
    public IEnumerable<string> Keys => _all.Keys;

    /// <summary>Sets the value of <paramref name="word"/>, or replaces it.</summary>
    public void Set(string word, TValue value)
    {
        _all[word] = value;
        // An ASCII word is upper-cased vectorized; ToUpperInvariant gives the same string through per-character
        // casing tables, which cost a fifth of the tool's start-up over the given-name table's 8,000 words.
        var upper = System.Text.Ascii.IsValid(word)
            ? string.Create(word.Length, word, static (into, w) => System.Text.Ascii.ToUpper(w, into, out _))
            : word.ToUpperInvariant();
        if (upper.Length == 0 || !System.Text.Ascii.IsValid(upper) || upper.Length != word.Length)
        {
            _hasOtherKeys = true;
            return;
        }
        Insert(upper, Hash(upper), value);
    }

    public bool TryGetValue(string word, out TValue value) => TryGetValue(word.AsSpan(), out value);

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        int n = word.Length;
        if (n != 0)
        {
            ref char w = ref MemoryMarshal.GetReference(word);
            int second = n > 1 ? 1 : 0;
            uint a = w, b = Unsafe.Add(ref w, second), c = Unsafe.Add(ref w, n - 1 - second), d = Unsafe.Add(ref w, n - 1);
            if ((a | b | c | d) < 0x80)
            {
                uint hash = Hash(n, a, b, c, d);
                var slots = _slots;
                ref Slot first = ref MemoryMarshal.GetArrayDataReference(slots);
                int mask = slots.Length - 1;
                for (int slot = (int)hash & mask; ; slot = (slot + 1) & mask)
                {
                    Slot probe = Unsafe.Add(ref first, slot);
                    if (probe.Entry == 0) break;
                    if (probe.Hash == hash && EqualsUpper(word, _keys[probe.Entry - 1]))
                    {
                        value = _values[probe.Entry - 1];
                        return true;
                    }
                }
                if (!_hasOtherKeys || System.Text.Ascii.IsValid(word))
                {
                    value = default!;
                    return false;
                }
            }
        }
        return _allLookup.TryGetValue(word, out value!);
    }

    public bool ContainsKey(ReadOnlySpan<char> word) => TryGetValue(word, out _);

    /// <summary>
    /// Whether <paramref name="word"/> equals <paramref name="upper"/>, an ASCII key in upper case, ignoring case as
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> does. Four characters are compared at a time: while they are
    /// ASCII, each lower-case letter among them is upper-cased in place (its bit 0x20 cleared) and the four are
    /// compared with the key's as one 64-bit value; a word with a character beyond ASCII is left to .NET's comparison.
    /// A word of fewer than four characters is read as two overlapping pairs, or one character.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool EqualsUpper(ReadOnlySpan<char> word, string upper)
    {
        int n = word.Length;
        if (n != upper.Length) return false;
        ref char w = ref MemoryMarshal.GetReference(word);
        ref char k = ref Unsafe.AsRef(in upper.GetPinnableReference());
        if (n >= 4)
        {
            int last = n - 4;
            for (int i = 0; ; i += 4)
            {
                if (i > last) i = last;
                ulong x = Read64(ref Unsafe.Add(ref w, i));
                if ((x & 0xFF80_FF80_FF80_FF80UL) != 0) return word.Equals(upper, StringComparison.OrdinalIgnoreCase);
                if (UpperAscii64(x) != Read64(ref Unsafe.Add(ref k, i))) return false;
                if (i == last) return true;
            }
        }
        if (n >= 2)
        {
            uint a = Read32(ref w), b = Read32(ref Unsafe.Add(ref w, n - 2));
            if (((a | b) & 0xFF80_FF80u) != 0) return word.Equals(upper, StringComparison.OrdinalIgnoreCase);
            return UpperAscii32(a) == Read32(ref k) && UpperAscii32(b) == Read32(ref Unsafe.Add(ref k, n - 2));
        }
        if (n == 0) return true;
        uint c = w;
        if (c >= 0x80) return word.Equals(upper, StringComparison.OrdinalIgnoreCase);
        return Upper(c) == k;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Read64(ref char at) => Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref at));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Read32(ref char at) => Unsafe.ReadUnaligned<uint>(ref Unsafe.As<char, byte>(ref at));

    // For 16-bit lanes below 0x80: adding 0x1F sets a lane's bit 0x80 from 'a' up, adding 0x05 from '{' up, so the two
    // sums differ in that bit exactly for 'a'..'z'; shifted down to 0x20 it clears the letter's lower-case bit. No
    // lane carries into the next.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong UpperAscii64(ulong x) =>
        x ^ ((((x + 0x001F_001F_001F_001FUL) ^ (x + 0x0005_0005_0005_0005UL)) & 0x0080_0080_0080_0080UL) >> 2);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint UpperAscii32(uint x) => x ^ ((((x + 0x001F_001Fu) ^ (x + 0x0005_0005u)) & 0x0080_0080u) >> 2);

    private static uint Upper(uint c) => c - ((c - 'a') <= 'z' - 'a' ? 32u : 0u);

    /// <summary>The hash of an upper-case ASCII key, as <see cref="TryGetValue(ReadOnlySpan{char}, out TValue)"/> computes it for a word.</summary>
    private static uint Hash(string upper)
    {
        int n = upper.Length;
        return n == 0 ? 0 : Hash(n, upper[0], upper[n > 1 ? 1 : 0], upper[n > 1 ? n - 2 : 0], upper[n - 1]);
    }

    // The characters are folded by setting bit 0x20 (a letter's lower case; it also pairs a few marks, such as '@' and
    // '`', which costs a compare, never a miss), so a word hashes as its key does in any case without a test per letter.
    private static uint Hash(int length, uint a, uint b, uint c, uint d)
    {
        uint h = ((uint)length * 0x9E3779B1u) ^ ((a | (b << 16)) | 0x0020_0020u) * 0x85EBCA77u ^ ((c | (d << 16)) | 0x0020_0020u) * 0xC2B2AE3Du;
        return h ^ (h >> 15);
    }

    private void Insert(string upper, uint hash, TValue value)
    {
        int mask = _slots.Length - 1;
        int slot = (int)hash & mask;
        while (_slots[slot].Entry is int entry and > 0)
        {
            if (_slots[slot].Hash == hash && _keys[entry - 1] == upper)
            {
                _values[entry - 1] = value;
                return;
            }
            slot = (slot + 1) & mask;
        }
        if (_fastCount == _keys.Length)
        {
            Array.Resize(ref _keys, _keys.Length * 2);
            Array.Resize(ref _values, _values.Length * 2);
        }
        _keys[_fastCount] = upper;
        _values[_fastCount] = value;
        _fastCount++;
        _slots[slot] = new Slot { Hash = hash, Entry = _fastCount };
        if (_fastCount * 2 > _slots.Length) Grow();
    }

    // Doubles the slots and places every entry again; the dense arrays keep their order.
    private void Grow()
    {
        _slots = new Slot[_slots.Length * 2];
        int mask = _slots.Length - 1;
        for (int e = 0; e < _fastCount; e++)
        {
            uint hash = Hash(_keys[e]);
            int slot = (int)hash & mask;
            while (_slots[slot].Entry != 0) slot = (slot + 1) & mask;
            _slots[slot] = new Slot { Hash = hash, Entry = e + 1 };
        }
    }
}
