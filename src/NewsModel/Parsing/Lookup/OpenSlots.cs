using System.Runtime.CompilerServices;

namespace NewsModel.Parsing.Lookup;

/// <summary>
/// The slot array of a table open-addressed by linear probing over an already mixed hash, as the speaker stage's name,
/// near-key and spelling tables keep it: a slot holds 1 + the index of its entry, 0 when empty; the length is a power
/// of two and at most half the slots are full, so a probe always ends at an empty slot.
/// </summary>
internal static class OpenSlots
{
    /// <summary>Puts <paramref name="entry"/> in the first empty slot from <paramref name="hash"/> and returns that slot.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Place(int[] slots, int hash, int entry)
    {
        int mask = slots.Length - 1;
        int slot = hash & mask;
        while (slots[slot] != 0) slot = (slot + 1) & mask;
        slots[slot] = entry + 1;
        return slot;
    }
}
