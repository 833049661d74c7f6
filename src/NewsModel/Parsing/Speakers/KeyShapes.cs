namespace NewsModel.Parsing.Speakers;

/// <summary>
/// The shapes (length, first and last character) of the keys a table of names holds, as 1,024 bits: a word whose
/// shape bit is clear equals no key ignoring case, and the table need not be asked. Most capitalised words the name
/// pass links ("Iowa", "Medicare") name no entity of the article, and a lookup that misses costs a hash of the word
/// and a probe, where this costs a few instructions.
/// </summary>
/// <remarks>
/// Words equal ignoring case (<see cref="StringComparison.OrdinalIgnoreCase"/>) have one shape: an ASCII letter counts
/// in upper case and every character beyond ASCII as one and the same, since no character beyond ASCII equals an ASCII
/// one ignoring case. Bits are only ever set, until <see cref="Clear"/>.
/// </remarks>
internal sealed class KeyShapes
{
    private readonly ulong[] _bits = new ulong[Count / 64];

    /// <summary>Notes the shape of <paramref name="key"/>, a key the table now holds.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Add(ReadOnlySpan<char> key)
    {
        int shape = Shape(key);
        _bits[shape >> 6] |= 1UL << shape;
    }

    /// <summary>As <see cref="Add(ReadOnlySpan{char})"/>, for a key whose <see cref="Shape"/> is <paramref name="shape"/>.</summary>
    /// <remarks>A shape is below <see cref="Count"/>, so its word of bits lies within the array.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Add(int shape) => _bits[shape >> 6] |= 1UL << shape;

    /// <summary>False when no key added equals <paramref name="word"/> ignoring case; true means ask the table.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayHold(ReadOnlySpan<char> word) => MayHold(Shape(word));

    /// <summary>As <see cref="MayHold(ReadOnlySpan{char})"/>, for a word whose <see cref="Shape"/> is <paramref name="shape"/>.</summary>
    /// <remarks>A shape is below <see cref="Count"/>, so its word of bits lies within the array: read without a bounds check.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayHold(int shape) =>
        (System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(_bits), shape >> 6) & (1UL << shape)) != 0;

    /// <summary>Forgets every key.</summary>
    /// <remarks>
    /// The bits are <see cref="Count"/> / 8 bytes, a size known here, which the compiler clears in a few vector stores
    /// where <see cref="Array.Clear(Array)"/> took a call that asks the array's type (about 64 instructions, twice an article).
    /// </remarks>
    public void Clear() =>
        System.Runtime.CompilerServices.Unsafe.InitBlockUnaligned(
            ref System.Runtime.CompilerServices.Unsafe.As<ulong, byte>(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(_bits)), 0, Count / 8);

    /// <summary>How many shapes there are: a <see cref="Shape"/> is below this.</summary>
    internal const int Count = 1024;

    /// <summary>The shape of <paramref name="word"/>, below <see cref="Count"/>: words equal ignoring case have one shape.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static int Shape(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return 0;
        uint h = (uint)word.Length * 0x9E3779B1u ^ Fold(word[0]) * 0x85EBCA77u ^ Fold(word[^1]) * 0xC2B2AE3Du;
        return (int)(h >> 22);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static uint Fold(uint c) => c >= 0x80 ? 0x80 : c - ((c - 'a') <= 'z' - 'a' ? 32u : 0u);
}
