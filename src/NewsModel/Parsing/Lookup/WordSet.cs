namespace NewsModel.Parsing.Lookup;

/// <summary>A case-insensitive set of words that answers for a span of the source, so hot loops look words up without allocating.</summary>
internal sealed class WordSet
{
    private readonly WordTable<bool> _words = new();

    public WordSet(params string[] words)
    {
        foreach (var word in words) _words.Set(word, true);
    }

    public bool Contains(ReadOnlySpan<char> word) => _words.ContainsKey(word);
}
