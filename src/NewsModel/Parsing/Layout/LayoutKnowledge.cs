using NewsModel.Knowledge;

namespace NewsModel.Parsing.Layout;

/// <summary>The knowledge the layout stage reads, indexed: boilerplate entries by the first character of their prefix.</summary>
internal sealed class LayoutKnowledge
{
    private const int Ascii = 128;

    // For each ASCII character, the entries whose prefix a line starting with it may start with (an empty
    // prefix, or one whose first character equals it ignoring case), in the knowledge base's order, so the
    // first entry that matches is the same as in a walk over all of them. Every line and paragraph is tried
    // against the boilerplate; most start with a character no prefix starts with and are done in one lookup.
    private readonly BoilerplateEntry[][] _byFirst = new BoilerplateEntry[Ascii][];
    private readonly BoilerplateEntry[] _all;

    public LayoutKnowledge(KnowledgeBase knowledge)
    {
        _all = [.. knowledge.Boilerplate.Where(e => !e.AtEnd)];
        BoilerplateAtEnd = [.. knowledge.Boilerplate.Where(e => e.AtEnd)];
        for (int c = 0; c < Ascii; c++)
        {
            char first = (char)c;
            _byFirst[c] = [.. _all.Where(e => e.Prefix.Length == 0
                || new ReadOnlySpan<char>(in first).Equals(e.Prefix.AsSpan(0, 1), StringComparison.OrdinalIgnoreCase))];
        }
    }

    /// <summary>The entries matched at the end of a line ("contributed to this report").</summary>
    public BoilerplateEntry[] BoilerplateAtEnd { get; }

    /// <summary>The boilerplate entries, in order, whose prefix a text starting with <paramref name="first"/> may start with.</summary>
    public ReadOnlySpan<BoilerplateEntry> BoilerplateFor(char first) => first < Ascii ? _byFirst[first] : _all;
}
