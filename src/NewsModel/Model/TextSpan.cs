namespace NewsModel.Model;

/// <summary>
/// A range of the source text, in UTF-16 code units: the offset of its first unit and its length.
/// Every extracted item carries one, so a user can always find the words as written.
/// </summary>
/// <remarks>Immutable and thread-safe. The default value is the empty span at offset 0.</remarks>
/// <param name="Start">Offset of the first UTF-16 unit in the source string; never negative.</param>
/// <param name="Length">Number of UTF-16 units; never negative.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The offset one past the last unit: <c>Start + Length</c>.</summary>
    public int End => Start + Length;

    /// <summary>Creates the span from <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="start"/> is negative or <paramref name="end"/> is before it.</exception>
    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextSpan(start, end - start);
    }

    /// <summary>True when <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>The text this span covers in <paramref name="source"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the span lies outside <paramref name="source"/>.</exception>
    public string GetText(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Substring(Start, Length);
    }

    /// <inheritdoc/>
    public override string ToString() => $"[{Start}..{End})";
}
