using NewsModel.Parsing.Lookup;

namespace NewsModel.Parsing.Speakers;

/// <summary>
/// <see cref="EntityIndex"/>'s table from a near key's hash (<see cref="EntityIndex.NearKeyHash"/>) to the speakers
/// entered under it: open-addressed over the hash itself, which is already mixed. A surname of n letters enters n + 1
/// keys, and a dictionary's insertion (its comparer, its buckets and entries, its version) cost more than the rest of
/// entering the key.
/// </summary>
internal sealed class NearKeyTable
{
    private const int FirstSlots = 64;

    // Each slot holds 1 + the index of its entry, 0 when empty; at most half the slots are full.
    private int[] _slots = new int[FirstSlots];
    private int[] _keys = new int[FirstSlots / 2];
    private int[] _slotOf = new int[FirstSlots / 2];
    private EntityIndex.Bucket[] _buckets = new EntityIndex.Bucket[FirstSlots / 2];
    private int _count;

    // Slots probed past a key's first since TakeCollisions (NameTable's count, for the same reason).
    private long _collisions;

    /// <summary>The speakers under <paramref name="key"/>; empty when none.</summary>
    public EntityIndex.Bucket Find(int key)
    {
        int entry = EntryOf(key);
        return entry < 0 ? default : _buckets[entry];
    }

    /// <summary>The speakers under <paramref name="key"/>, to be changed in place; a new key starts empty.</summary>
    public ref EntityIndex.Bucket GetOrAdd(int key)
    {
        int entry = EntryOf(key);
        if (entry >= 0) return ref _buckets[entry];
        if (_count == _keys.Length) Grow();
        entry = _count++;
        _slotOf[entry] = OpenSlots.Place(_slots, key, entry);
        _keys[entry] = key;
        return ref _buckets[entry];
    }

    private int EntryOf(int key)
    {
        var slots = _slots;
        int mask = slots.Length - 1;
        for (int slot = key & mask; ; slot = (slot + 1) & mask, _collisions++)
        {
            int entry = slots[slot] - 1;
            if (entry < 0 || _keys[entry] == key) return entry;
        }
    }

    /// <summary>The slots probed past a key's first since the last call (clearing the table keeps the count).</summary>
    public long TakeCollisions()
    {
        long taken = _collisions;
        _collisions = 0;
        return taken;
    }

    private void Grow()
    {
        int entries = _keys.Length * 2;
        Array.Resize(ref _keys, entries);
        Array.Resize(ref _slotOf, entries);
        Array.Resize(ref _buckets, entries);
        _slots = new int[entries * 2];
        for (int entry = 0; entry < _count; entry++) _slotOf[entry] = OpenSlots.Place(_slots, _keys[entry], entry);
    }

    /// <summary>Forgets every key: only the slots in use are cleared, so a small article's table costs no more.</summary>
    public void Clear()
    {
        // Most articles enter no near key (EntityIndex enters them only when a search first needs them).
        if (_count == 0) return;
        for (int entry = 0; entry < _count; entry++) _slots[_slotOf[entry]] = 0;
        Array.Clear(_buckets, 0, _count);
        _count = 0;
    }

    /// <summary>Clears the table and gives back the room it grew to.</summary>
    public void Trim()
    {
        Clear();
        if (_slots.Length == FirstSlots) return;
        _slots = new int[FirstSlots];
        _keys = new int[FirstSlots / 2];
        _slotOf = new int[FirstSlots / 2];
        _buckets = new EntityIndex.Bucket[FirstSlots / 2];
    }
}
