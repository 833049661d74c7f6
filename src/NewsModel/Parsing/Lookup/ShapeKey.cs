namespace NewsModel.Parsing.Lookup;

/// <summary>
/// A word's shape as <see cref="ShapeFilter"/> hashes it: the two bit positions (below <see cref="ShapeFilter.Positions"/>)
/// every filter tests. <see cref="Shaped"/> is false for a word with a non-ASCII character where the shape reads.
/// </summary>
internal readonly record struct ShapeKey(int First, int Second, bool Shaped);
