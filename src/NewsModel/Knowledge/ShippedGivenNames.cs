using NewsModel.Model;

namespace NewsModel.Knowledge;

/// <summary>
/// The given names shipped with the package, held as their table's text (<c>Data/firstnames.tsv</c>): some 8,000 rows,
/// most of the knowledge base. The parser's name table is filled from the rows' characters (<see cref="GetEnumerator"/>),
/// so a process that only parses makes no string and no entry per name; <see cref="Entries"/> reads them as entries the
/// first time they are asked for. Immutable and thread-safe.
/// </summary>
internal sealed class ShippedGivenNames
{
    private readonly string _text;
    private readonly Lazy<EquatableArray<GivenNameEntry>> _entries;

    public ShippedGivenNames(string text)
    {
        _text = text;
        _entries = new(ReadEntries);
    }

    /// <summary>The names as entries, in the table's order: read once, on first use.</summary>
    public EquatableArray<GivenNameEntry> Entries => _entries.Value;

    /// <summary>At least as many as there are rows (one more than the table's line feeds), to size a table for them.</summary>
    public int MaxCount => _text.AsSpan().Count('\n') + 1;

    private EquatableArray<GivenNameEntry> ReadEntries()
    {
        var names = new List<GivenNameEntry>(MaxCount);
        foreach (var row in this) names.Add(new GivenNameEntry { Name = row.Name.ToString(), Gender = row.Gender });
        return names.ToEquatableArray();
    }

    /// <summary>The rows of the table, each as the characters of its name and the gender its second cell gives.</summary>
    public RowEnumerator GetEnumerator() => new(_text);

    /// <summary>One row: a name (the first cell, as written) and its gender (the second cell, trimmed; none when absent).</summary>
    public readonly ref struct Row(ReadOnlySpan<char> name, Gender gender)
    {
        public ReadOnlySpan<char> Name { get; } = name;
        public Gender Gender { get; } = gender;
    }

    /// <summary>
    /// Walks the table's lines as <see cref="StreamReader.ReadLine"/> ends them (a line feed, a carriage return, or
    /// both), skipping empty lines and comments (a line starting with '#'), cells cut at tabs.
    /// </summary>
    public struct RowEnumerator(string text)
    {
        private readonly string _text = text;
        private int _at;
        private int _nameStart, _nameLength;
        private Gender _gender;

        public readonly Row Current => new(_text.AsSpan(_nameStart, _nameLength), _gender);

        /// <remarks>
        /// A row is a dozen characters ("Aaron", a tab, "m"): one plain walk over its characters, with one compare for
        /// every character above the carriage return, costs fewer instructions than a vectorized search's call per cell.
        /// </remarks>
        public bool MoveNext()
        {
            string text = _text;
            int at = _at;
            while (at < text.Length)
            {
                int start = at, tab = -1, secondTab = -1;
                char c = '\0';
                for (; at < text.Length; at++)
                {
                    c = text[at];
                    if (c > '\r') continue;
                    if (c is '\n' or '\r') break;
                    if (c != '\t') continue;
                    if (tab < 0) tab = at;
                    else if (secondTab < 0) secondTab = at;
                }
                int end = at++;
                if (c == '\r' && at < text.Length && text[at] == '\n') at++;
                if (end == start || text[start] == '#') continue;
                _at = at;
                _nameStart = start;
                if (tab < 0)
                {
                    _nameLength = end - start;
                    _gender = Gender.Unknown;
                    return true;
                }
                _nameLength = tab - start;
                int cellEnd = secondTab < 0 ? end : secondTab;
                char g = cellEnd == tab + 2 ? text[tab + 1] : '\0';
                _gender = g == 'm' ? Gender.Male : g == 'f' ? Gender.Female : KnowledgeLoader.GenderOf(text.AsSpan(tab + 1, cellEnd - tab - 1).Trim());
                return true;
            }
            _at = at;
            return false;
        }
    }
}
