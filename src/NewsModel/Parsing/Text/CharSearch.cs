using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsModel.Parsing.Text;

/// <summary>
/// Finds the first of a few characters in text, up to four of them ASCII and any number beyond: eight characters
/// at a time are compared with the ASCII ones and with the lowest of the others, and only eight that hold a
/// candidate are looked at one by one. The same answer as <c>IndexOfAny</c> with <see cref="System.Buffers.SearchValues{T}"/>.
/// </summary>
/// <remarks>
/// For a set that mixes ASCII with other characters (typographic quotation marks), <c>SearchValues</c> picks a
/// probabilistic map whose vector step, compiled ahead of time for the baseline instruction set (the Native AOT
/// tool), is a chain of calls. English copy has few characters beyond ASCII, so the candidate test here nearly
/// always rules a step out with a handful of compares. Thread-safe: immutable after construction.
/// </remarks>
internal sealed class CharSearch
{
    private readonly Vector128<ushort> _ascii0, _ascii1, _ascii2, _ascii3, _lowestOther;
    private readonly ulong _asciiLow, _asciiHigh;
    private readonly char[] _others;
    private readonly bool _hasOthers;

    /// <exception cref="ArgumentException">When <paramref name="chars"/> holds more than four ASCII characters, or none at all.</exception>
    public CharSearch(string chars)
    {
        var ascii = chars.Where(char.IsAscii).Distinct().ToArray();
        _others = [.. chars.Where(c => !char.IsAscii(c)).Distinct().Order()];
        if (ascii.Length > 4 || ascii.Length + _others.Length == 0) throw new ArgumentException("one to four ASCII characters and any others", nameof(chars));
        // Unused ASCII slots repeat a member; with no ASCII member at all, every slot holds the lowest other character.
        char fill = ascii.Length > 0 ? ascii[0] : _others[0];
        _ascii0 = Vector128.Create((ushort)(ascii.Length > 0 ? ascii[0] : fill));
        _ascii1 = Vector128.Create((ushort)(ascii.Length > 1 ? ascii[1] : fill));
        _ascii2 = Vector128.Create((ushort)(ascii.Length > 2 ? ascii[2] : fill));
        _ascii3 = Vector128.Create((ushort)(ascii.Length > 3 ? ascii[3] : fill));
        _lowestOther = Vector128.Create(_others.Length > 0 ? (ushort)_others[0] : ushort.MaxValue);
        foreach (char c in ascii)
        {
            if (c < 64) _asciiLow |= 1UL << c;
            else _asciiHigh |= 1UL << (c - 64);
        }
        _hasOthers = _others.Length > 0;
    }

    /// <summary>True when <paramref name="c"/> is one of the characters searched for.</summary>
    public bool Contains(char c)
    {
        if (c < 64) return ((_asciiLow >> c) & 1) != 0;
        if (c < 128) return ((_asciiHigh >> (c - 64)) & 1) != 0;
        return _hasOthers && Array.IndexOf(_others, c) >= 0;
    }

    /// <summary>The index of the first character of <paramref name="text"/> that is one searched for, or -1.</summary>
    public int IndexOfAny(ReadOnlySpan<char> text)
    {
        int i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            var units = MemoryMarshal.Cast<char, ushort>(text);
            for (; i + 8 <= units.Length; i += 8)
            {
                var v = Vector128.Create(units.Slice(i, 8));
                var candidates = Vector128.Equals(v, _ascii0) | Vector128.Equals(v, _ascii1) | Vector128.Equals(v, _ascii2)
                    | Vector128.Equals(v, _ascii3) | Vector128.GreaterThanOrEqual(v, _lowestOther);
                if (candidates == Vector128<ushort>.Zero) continue;
                for (int j = i; j < i + 8; j++)
                {
                    if (Contains(text[j])) return j;
                }
            }
        }
        for (; i < text.Length; i++)
        {
            if (Contains(text[i])) return i;
        }
        return -1;
    }
}
