using System.Runtime.InteropServices;
using NewsModel.Parsing.Lookup;

namespace NewsModel.Parsing.Speakers;

/// <summary>
/// One of <see cref="EntityIndex"/>'s tables: from a name, or a word of one, to the entities entered under it, keys
/// compared ignoring case (<see cref="StringComparison.OrdinalIgnoreCase"/>). Open-addressed and keyed by
/// <see cref="Hash"/>, which the index computes once per key for every table that takes it; a key is a piece of a
/// string the entity holds (its name, the name's last word), so no string is made for it. A dictionary keyed by
/// strings hashed each key with the ignore-case string hash through its comparer's interface, at every lookup and
/// again at every insertion, and made a string for each new last word.
/// </summary>
internal sealed class NameTable
{
    private const int FirstSlots = 32;

    // Each slot holds 1 + the index of its entry, 0 when empty; at most half the slots are full.
    private int[] _slots = new int[FirstSlots];
    private Entry[] _entries = new Entry[FirstSlots / 2];
    private int _count;

    /// <summary>
    /// Slots probed past a key's first in the lookups since <see cref="TakeCollisions"/>: the work a hash that sends
    /// many keys down one probe chain adds, which the parse counts so that the scaling tests see it.
    /// </summary>
    private long _collisions;

    private struct Entry
    {
        public string Text;
        public int Start;
        public int Length;
        public int Hash;
        public int Slot;
        public EntityIndex.Bucket Bucket;
    }

    /// <summary>The entities under <paramref name="key"/>, whose <see cref="Hash"/> is <paramref name="hash"/>; empty when none.</summary>
    public EntityIndex.Bucket Find(ReadOnlySpan<char> key, int hash)
    {
        int entry = EntryOf(key, hash);
        return entry < 0 ? default : _entries[entry].Bucket;
    }

    /// <summary>
    /// The entities under the key <c>text[start..start+length)</c>, whose <see cref="Hash"/> is <paramref name="hash"/>,
    /// to be changed in place; a new key starts empty and keeps <paramref name="text"/> (a string never changes).
    /// </summary>
    /// <remarks>
    /// One walk of the probe chain both finds the key and, when it is new (nearly every key the index enters: 3,942
    /// entries over the 200 bulk articles), the empty slot it goes in, where a lookup and then a second walk to place it
    /// read the chain twice.
    /// </remarks>
    public ref EntityIndex.Bucket GetOrAdd(string text, int start, int length, int hash)
    {
        if (_count == _entries.Length) Grow();
        var slots = _slots;
        int mask = slots.Length - 1;
        var key = text.AsSpan(start, length);
        int slot = hash & mask;
        for (; ; slot = (slot + 1) & mask, _collisions++)
        {
            int held = slots[slot] - 1;
            if (held < 0) break;
            ref var h = ref _entries[held];
            if (h.Hash == hash && h.Length == length && SameKey(h.Text.AsSpan(h.Start, h.Length), key)) return ref h.Bucket;
        }
        int entry = _count++;
        slots[slot] = entry + 1;
        ref var e = ref _entries[entry];
        e.Text = text;
        e.Start = start;
        e.Length = length;
        e.Hash = hash;
        e.Slot = slot;
        return ref e.Bucket;
    }

    private int EntryOf(ReadOnlySpan<char> key, int hash)
    {
        var slots = _slots;
        int mask = slots.Length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask, _collisions++)
        {
            int entry = slots[slot] - 1;
            if (entry < 0) return -1;
            ref var e = ref _entries[entry];
            if (e.Hash == hash && e.Length == key.Length && SameKey(e.Text.AsSpan(e.Start, e.Length), key)) return entry;
        }
    }

    /// <summary>
    /// <paramref name="held"/> equals <paramref name="key"/> ignoring case. A name is mostly looked up as it was entered,
    /// and the ordinal compare settles that in a fraction of the ignoring-case one (about 200 instructions a call for a
    /// key of eight characters or more, 55 below).
    /// </summary>
    private static bool SameKey(ReadOnlySpan<char> held, ReadOnlySpan<char> key) =>
        held.SequenceEqual(key) || held.Equals(key, StringComparison.OrdinalIgnoreCase);

    /// <summary>The slots probed past a key's first since the last call (clearing the table keeps the count).</summary>
    public long TakeCollisions()
    {
        long taken = _collisions;
        _collisions = 0;
        return taken;
    }

    private void Grow()
    {
        Array.Resize(ref _entries, _entries.Length * 2);
        _slots = new int[_entries.Length * 2];
        for (int entry = 0; entry < _count; entry++)
        {
            ref var e = ref _entries[entry];
            e.Slot = OpenSlots.Place(_slots, e.Hash, entry);
        }
    }

    /// <summary>Forgets every key: only the slots in use are cleared, so a small article's table costs no more.</summary>
    /// <remarks>
    /// Each entry is cleared in the walk that frees its slot, and an empty table returns at once: the index clears four
    /// tables an article, most of them holding a few keys or none, and a call to clear the entries cost more than
    /// clearing them.
    /// </remarks>
    public void Clear()
    {
        int count = _count;
        if (count == 0) return;
        var slots = _slots;
        foreach (ref var e in _entries.AsSpan(0, count))
        {
            slots[e.Slot] = 0;
            e = default;
        }
        _count = 0;
    }

    /// <summary>Clears the table and gives back the room it grew to.</summary>
    public void Trim()
    {
        Clear();
        if (_slots.Length == FirstSlots) return;
        _slots = new int[FirstSlots];
        _entries = new Entry[FirstSlots / 2];
    }

    /// <summary>
    /// A hash of <paramref name="key"/> under which keys equal ignoring case (<see cref="StringComparison.OrdinalIgnoreCase"/>)
    /// hash alike. A key of ASCII characters is hashed four characters at a time (the last four again when its length is
    /// no multiple of four; a key of fewer, a character at a time), each with its bit 0x20 clear (so an
    /// ASCII letter in either case counts alike; the few other pairs it joins only collide). A key with a character
    /// beyond ASCII takes the runtime's own hash for that comparison: no character beyond ASCII equals an ASCII one
    /// ignoring case, so keys equal ignoring case take the same way, and names written wholly beyond ASCII (Cyrillic,
    /// Greek, accented letters) spread over the slots as ASCII ones do instead of sharing one probe chain.
    /// </summary>
    internal static int Hash(ReadOnlySpan<char> key)
    {
        const ulong Multiplier = 0x9E3779B97F4A7C15UL;
        ulong hash = (ulong)key.Length;
        foreach (ulong four in MemoryMarshal.Cast<char, ulong>(key))
        {
            if ((four & NonAsciiBits) != 0) return BeyondAscii(key);
            hash = (hash ^ (four & ~CaseBits)) * Multiplier;
        }
        if (key.Length >= 4)
        {
            // The last one to three characters as the last four, read again with the ones before them: one step, where
            // a loop of a step a character ended at a length that varies from key to key (about two mispredicted
            // branches a hash). Keys equal ignoring case have the same length, so they read the same places.
            if ((key.Length & 3) != 0)
            {
                ulong four = MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(key[^4..]));
                if ((four & NonAsciiBits) != 0) return BeyondAscii(key);
                hash = (hash ^ (four & ~CaseBits)) * Multiplier;
            }
        }
        else
        {
            for (int i = 0; i < key.Length; i++)
            {
                uint c = key[i];
                if (c >= 0x80) return BeyondAscii(key);
                hash = (hash ^ (c & ~0x20u)) * Multiplier;
            }
        }
        // The high bits of each product carry every character; fold them into the low ones the slots read.
        hash ^= hash >> 32;
        hash ^= hash >> 16;
        return (int)hash;
    }

    private const ulong NonAsciiBits = 0xFF80_FF80_FF80_FF80UL;
    private const ulong CaseBits = 0x0020_0020_0020_0020UL;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int BeyondAscii(ReadOnlySpan<char> key) => string.GetHashCode(key, StringComparison.OrdinalIgnoreCase);
}
