using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsModel.Parsing.Lookup;

/// <summary>
/// A read-mostly map from words to values that compares words ignoring case (<see cref="StringComparison.OrdinalIgnoreCase"/>)
/// and answers for a span of the source without allocating. Every token of every article is looked up here, so an
/// ASCII word (nearly all of them in English copy) takes a fast path: a hash of its length and its first and last
/// four characters with their case folded (constant time, whatever the word's length), one open-addressing probe
/// sequence, and a compare only when the hashes and lengths agree. Keys with a character beyond ASCII live in an
/// ordinary case-insensitive dictionary, asked only by words with such a character.
/// </summary>
/// <remarks>
/// The split is exact because no character beyond ASCII equals an ASCII character under .NET's ordinal casing (not
/// even "ſ" or the Kelvin sign, whose invariant cases are ASCII letters): an ASCII word can only equal an ASCII key,
/// and a word with another character only a key with one. <c>WordTableTests</c> checks that over every UTF-16 unit.
/// An ASCII word equals an ASCII key ignoring case exactly when it equals the key's upper case, so the fast table
/// holds its keys in upper case, back to back in one character array, and a hit reads no key object.
/// </remarks>
internal sealed class WordTable<TValue>
{
    // The fast table: a power-of-two array of slots at most half full, linear probing. A slot holds what a probe
    // compares (the key's hash and length, read as one 64-bit value) and where the key's characters and value are.
    private Slot[] _slots;
    private char[] _chars;
    private int _charCount;
    private TValue[] _values;
    private int _fastCount;

    // Keys with a character beyond ASCII, and the empty key; made when the first such key is set.
    private Dictionary<string, TValue>? _others;

    // Every key as first added; null for a table made without them (Keys then throws).
    private readonly List<string>? _keys;

    [StructLayout(LayoutKind.Sequential)]
    private struct Slot
    {
        public uint Hash;
        public int Length; // 0: an empty slot (the empty key lives among the others)
        public int Offset;
        public int Entry;
    }

    public WordTable() : this(0)
    {
    }

    /// <summary>
    /// A table sized for <paramref name="capacity"/> ASCII keys, so that setting them grows nothing. A table made
    /// without <paramref name="keepKeys"/> cannot list its keys, and makes no string for an ASCII key set as characters.
    /// </summary>
    /// <param name="capacity">How many ASCII keys to make room for.</param>
    /// <param name="keepKeys">Whether the table lists its keys (<see cref="Keys"/>).</param>
    /// <param name="keyChars">Room for this many characters of keys, when more than eight a key.</param>
    public WordTable(int capacity, bool keepKeys = true, int keyChars = 0)
    {
        int slots = 16;
        while (slots < 2 * capacity) slots *= 2;
        _slots = new Slot[slots];
        _values = new TValue[Math.Max(capacity, 8)];
        _keys = keepKeys ? new List<string>(capacity) : null;
        _chars = new char[Math.Max(Math.Max(capacity * 8, keyChars), 64)];
    }

    /// <summary>Every key, as first added.</summary>
    /// <exception cref="InvalidOperationException">When the table was made without keeping its keys.</exception>
    public IEnumerable<string> Keys => _keys ?? throw new InvalidOperationException("This word table keeps no list of its keys.");

    /// <summary>Sets the value of <paramref name="word"/>, or replaces it.</summary>
    public void Set(string word, TValue value) => Set(word, word, value);

    /// <summary>
    /// Sets the value of the word <paramref name="word"/>, or replaces it; a string is made for it only when the table
    /// keeps its keys or the word is empty or has a character beyond ASCII.
    /// </summary>
    public void Set(ReadOnlySpan<char> word, TValue value) => Set(word, null, value);

    private void Set(ReadOnlySpan<char> word, string? asString, TValue value)
    {
        int n = word.Length;
        if (n == 0)
        {
            SetOther(asString ?? word.ToString(), value);
            return;
        }
        if (_charCount + n > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + n));
        // The key's upper case is written where a new key's characters go; it stays there only if the key is new. Four
        // characters at a time: start-up sets the 8,000 given names here.
        var upper = _chars.AsSpan(_charCount, n);
        ref char u = ref MemoryMarshal.GetReference(upper);
        if (!AsciiUpper.TryCopyUpper(word, ref u))
        {
            SetOther(asString ?? word.ToString(), value);
            return;
        }
        SetKey(n, word, asString, value);
    }

    /// <summary>
    /// Room for the characters of keys not yet set, at least <paramref name="length"/> of them: a caller that writes an
    /// ASCII key's upper case there itself, as it reads the key, sets it with <see cref="SetWritten(int, TValue)"/>.
    /// </summary>
    internal Span<char> KeyRoom(int length)
    {
        if (_charCount + length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + length));
        return _chars.AsSpan(_charCount);
    }

    /// <summary>
    /// Sets the value of the key of <paramref name="n"/> characters (at least one) whose upper case, ASCII only, the
    /// caller wrote at the start of <see cref="KeyRoom"/>, or replaces it. Start-up fills the 8,000 given names this way
    /// as it walks their table's text, which spares a second walk over each name to upper-case it and a call per name.
    /// Only for a table that keeps no list of its keys, which would want the key as written.
    /// </summary>
    internal void SetWritten(int n, TValue value)
    {
        if (_keys is not null) throw new InvalidOperationException("A word table that lists its keys takes them as written.");
        SetKey(n, default, null, value);
    }

    /// <summary>
    /// Sets the key of <paramref name="n"/> characters whose ASCII upper case is written at <c>_chars[_charCount..]</c>
    /// (the callers made that room), probing as a lookup does: the slot's hash and length compared as one 64-bit value,
    /// the slots and characters read without bounds checks (a slot is masked into the array, a key's characters lie
    /// below <c>_charCount</c>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SetKey(int n, ReadOnlySpan<char> word, string? asString, TValue value)
    {
        ref char chars = ref MemoryMarshal.GetArrayDataReference(_chars);
        int offset = _charCount;
        var upper = MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref chars, offset), n);
        ref char u = ref MemoryMarshal.GetReference(upper);
        Ends(ref u, n, out ulong x, out ulong y);
        uint hash = Hash(n, x, y);
        ulong wanted = hash | (ulong)(uint)n << 32;
        var slots = _slots;
        ref Slot first = ref MemoryMarshal.GetArrayDataReference(slots);
        int mask = slots.Length - 1;
        int slot = (int)hash & mask;
        for (; ; slot = (slot + 1) & mask)
        {
            ref Slot probe = ref Unsafe.Add(ref first, slot);
            ulong head = Unsafe.As<Slot, ulong>(ref probe);
            if (head == wanted)
            {
                if (upper.SequenceEqual(MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref chars, probe.Offset), n)))
                {
                    _values[probe.Entry] = value;
                    return;
                }
            }
            else if (head >> 32 == 0) break;
        }
        int entry = _fastCount;
        if (entry == _values.Length) Array.Resize(ref _values, _values.Length * 2);
        _values[entry] = value;
        Unsafe.Add(ref first, slot) = new Slot { Hash = hash, Length = n, Offset = offset, Entry = entry };
        _fastCount = entry + 1;
        _charCount = offset + n;
        _keys?.Add(asString ?? word.ToString());
        if ((entry + 1) * 2 > slots.Length) Grow();
    }

    private void SetOther(string word, TValue value)
    {
        _others ??= new Dictionary<string, TValue>(StringComparer.OrdinalIgnoreCase);
        if (!_others.ContainsKey(word)) _keys?.Add(word);
        _others[word] = value;
    }

    public bool TryGetValue(string word, out TValue value) => TryGetValue(word.AsSpan(), out value);

    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value) => TryGetInlined(word, out value);

    /// <summary>
    /// <see cref="TryGetValue(ReadOnlySpan{char}, out TValue)"/> inlined into its caller: for a caller whose every call
    /// is a lookup (<see cref="PhraseStore.Match"/>), so the call's saving and restoring of registers is spared.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryGetInlined(ReadOnlySpan<char> word, out TValue value)
    {
        int n = word.Length;
        if (n != 0)
        {
            Ends(ref MemoryMarshal.GetReference(word), n, out ulong x, out ulong y);
            if (((x | y) & 0xFF80_FF80_FF80_FF80UL) == 0)
            {
                uint hash = Hash(n, x, y);
                ulong wanted = hash | (ulong)(uint)n << 32;
                ref Slot first = ref MemoryMarshal.GetArrayDataReference(_slots);
                int mask = _slots.Length - 1;
                for (int slot = (int)hash & mask; ; slot = (slot + 1) & mask)
                {
                    ref Slot probe = ref Unsafe.Add(ref first, slot);
                    ulong head = Unsafe.As<Slot, ulong>(ref probe);
                    if (head == wanted)
                    {
                        if (AsciiUpper.EqualsUpper(word, ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_chars), probe.Offset)))
                        {
                            value = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_values), probe.Entry);
                            return true;
                        }
                    }
                    else if (head >> 32 == 0) break;
                }
                // A word of up to eight characters was read whole above: all ASCII, so no key among the others.
                if (n <= 8)
                {
                    value = default!;
                    return false;
                }
            }
            if (_others is not null && !System.Text.Ascii.IsValid(word)) return OtherValue(word, out value);
        }
        else if (_others is not null) return OtherValue(word, out value);
        value = default!;
        return false;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool OtherValue(ReadOnlySpan<char> word, out TValue value) =>
        _others!.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out value!);

    public bool ContainsKey(ReadOnlySpan<char> word) => TryGetValue(word, out _);

    /// <summary>
    /// The first and last four characters of a word of <paramref name="n"/> (at least one), each four as one 64-bit
    /// value (they overlap in a word of four to seven); the first and last two for a word of two or three, the one
    /// twice for a word of one. A word of up to eight characters is read whole.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Ends(ref char w, int n, out ulong x, out ulong y)
    {
        if (n >= 4)
        {
            x = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref w));
            y = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref w, n - 4)));
        }
        else if (n >= 2)
        {
            x = Unsafe.ReadUnaligned<uint>(ref Unsafe.As<char, byte>(ref w));
            y = Unsafe.ReadUnaligned<uint>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref w, n - 2)));
        }
        else
        {
            x = w;
            y = x;
        }
    }

    // The characters are folded by setting bit 0x20 (a letter's lower case; it also pairs a few marks, such as '@' and
    // '`', which costs a compare, never a miss), so a word hashes as its key does in any case without a test per letter.
    // Eight characters, the first and last four (Ends): a hash of the first and last two alone gave the 8,096 given
    // names 6,506 hashes ("Katherine" and "Katharine" one), so a lookup compared keys that only shared their ends and
    // probed further (2.8 probes a lookup on bulk200); eight give them 8,086.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(int length, ulong x, ulong y)
    {
        const ulong Fold = 0x0020_0020_0020_0020UL;
        ulong h = ((x | Fold) * 0x9E3779B97F4A7C15UL) ^ ((y | Fold) * 0xC2B2AE3D27D4EB4FUL) ^ (ulong)(uint)length * 0x165667B19E3779F9UL;
        uint h32 = (uint)(h >> 32) ^ (uint)h;
        return h32 ^ (h32 >> 15);
    }

    // Doubles the slots and places every key again by the hash its slot kept.
    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        int mask = _slots.Length - 1;
        foreach (var s in old)
        {
            if (s.Length == 0) continue;
            int slot = (int)s.Hash & mask;
            while (_slots[slot].Length != 0) slot = (slot + 1) & mask;
            _slots[slot] = s;
        }
    }
}
