using NewsModel.Model;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NewsModel.Parsing.Lookup;

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

    /// <summary>The table's length in characters: more than its names take.</summary>
    public int Length => _text.Length;

    private EquatableArray<GivenNameEntry> ReadEntries()
    {
        var names = new List<GivenNameEntry>(MaxCount);
        foreach (var row in this) names.Add(new GivenNameEntry { Name = row.Name.ToString(), Gender = row.Gender });
        return names.ToEquatableArray();
    }

    /// <summary>
    /// Sets each row's name in <paramref name="table"/> (a table that keeps no list of its keys) to the gender its second
    /// cell gives, as <see cref="GetEnumerator"/> reads the rows, a later row of the same name replacing an earlier one.
    /// </summary>
    /// <remarks>
    /// One walk over the text, eight characters at a time (four near its end): an ASCII name's upper case is written
    /// into the table's key room (<see cref="WordTable{TValue}.KeyRoom"/>) as its characters are read, and the table
    /// hashes it there; a row whose name, tab, gender and line feed lie in one eight is set from that step. Reading
    /// the rows (<see cref="GetEnumerator"/>) and setting each name by its characters walked every name twice, with two
    /// calls a row: 3.04 M instructions for the 8,096 names, about a sixth of a process's start-up; four at a time
    /// with the row's end read after the name, 2.33 M; now 1.87 M. A name with a character beyond ASCII, or an empty
    /// one, is set by its characters as before.
    /// </remarks>
    internal void FillInto(WordTable<Gender> table)
    {
        string text = _text;
        ref char chars = ref MemoryMarshal.GetReference(text.AsSpan());
        int at = 0;
        while (at < text.Length)
        {
            // Room for what is left of the text: the next name and the few characters after it a step of eight or four may write.
            ref char room = ref MemoryMarshal.GetReference(table.KeyRoom(text.Length - at));
            int start = at;
            char c = '\0';
            // Eight characters at a time while they are ASCII and none of them is a control character, as the step of
            // four below does: most names end within the first eight, so most rows take one step, not two or three.
            if (System.Runtime.Intrinsics.Vector128.IsHardwareAccelerated)
            {
                ref ushort units = ref Unsafe.As<char, ushort>(ref chars);
                bool set = false;
                while (at + 8 <= text.Length)
                {
                    var eight = System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref units, (nuint)at);
                    if ((eight & System.Runtime.Intrinsics.Vector128.Create((ushort)0xFF80)) != System.Runtime.Intrinsics.Vector128<ushort>.Zero) break;
                    var lower = System.Runtime.Intrinsics.Vector128.LessThan(eight - System.Runtime.Intrinsics.Vector128.Create((ushort)'a'),
                        System.Runtime.Intrinsics.Vector128.Create((ushort)26));
                    System.Runtime.Intrinsics.Vector128.StoreUnsafe(eight - (lower & System.Runtime.Intrinsics.Vector128.Create((ushort)0x20)),
                        ref Unsafe.As<char, ushort>(ref room), (nuint)(at - start));
                    uint control = System.Runtime.Intrinsics.Vector128.ExtractMostSignificantBits(
                        System.Runtime.Intrinsics.Vector128.LessThan(eight, System.Runtime.Intrinsics.Vector128.Create((ushort)0x0E)));
                    if (control == 0)
                    {
                        at += 8;
                        continue;
                    }
                    int lane = System.Numerics.BitOperations.TrailingZeroCount(control);
                    c = Unsafe.Add(ref chars, at + lane);
                    // The common row whole in these eight: a name, a tab, a gender of one character (no control
                    // character) and a line feed ("Aaron\tm\n"), set at once; a comment is left to the reading below.
                    if (c == '\t' && ((control >> lane) & 0b110) == 0b100 && Unsafe.Add(ref chars, at + lane + 2) == '\n'
                        && at + lane > start && Unsafe.Add(ref chars, start) != '#')
                    {
                        char g = Unsafe.Add(ref chars, at + lane + 1);
                        table.SetWritten(at + lane - start, g == 'm' ? Gender.Male : g == 'f' ? Gender.Female : KnowledgeLoader.GenderOf(text.AsSpan(at + lane + 1, 1).Trim()));
                        at += lane + 3;
                        set = true;
                        break;
                    }
                    // Another control character is part of the name: the steps below read on from it.
                    if (c is '\t' or '\n' or '\r') at += lane;
                    else c = '\0';
                    break;
                }
                if (set) continue;
            }
            // Four characters at a time while they are ASCII and none of them is a control character: each step writes
            // their upper case, and a step that meets a tab or a line break ends the name there.
            while (c is not ('\t' or '\n' or '\r') && at + 4 <= text.Length)
            {
                ulong four = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref chars, at)));
                if ((four & 0xFF80_FF80_FF80_FF80UL) != 0) break;
                Unsafe.WriteUnaligned(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref room, at - start)), AsciiUpper.UpperAscii64(four));
                // The lanes below 0x0E (a tab, a line break or another control character): each lane is below 0x80 here.
                ulong control = (four - 0x000E_000E_000E_000EUL) & ~four & 0x8000_8000_8000_8000UL;
                if (control == 0)
                {
                    at += 4;
                    continue;
                }
                int lane = System.Numerics.BitOperations.TrailingZeroCount(control) >> 4;
                c = Unsafe.Add(ref chars, at + lane);
                // Another control character is part of the name: the plain walk below reads on from it.
                if (c is '\t' or '\n' or '\r') at += lane;
                break;
            }
            uint beyondAscii = 0;
            if (c is not ('\t' or '\n' or '\r'))
            {
                for (; at < text.Length; at++)
                {
                    c = text[at];
                    if (c <= '\r' && c is '\t' or '\n' or '\r') break;
                    beyondAscii |= c;
                    Unsafe.Add(ref room, at - start) = (uint)(c - 'a') <= 'z' - 'a' ? (char)(c - 32) : c;
                }
            }
            int nameEnd = at, cellEnd = at;
            if (c == '\t')
            {
                if (at + 2 < text.Length && text[at + 1] > '\r' && text[at + 2] is '\n' or '\r')
                {
                    // The common row: a gender of one character, then the line's end.
                    at += 2;
                    cellEnd = at;
                }
                else
                {
                    for (at++; at < text.Length; at++)
                    {
                        c = text[at];
                        if (c <= '\r' && c is '\t' or '\n' or '\r') break;
                    }
                    cellEnd = at;
                    // The rest of the row, after a second tab.
                    while (at < text.Length && text[at] is not ('\n' or '\r')) at++;
                }
            }
            int end = at++;
            if (at < text.Length && text[end] == '\r' && text[at] == '\n') at++;
            if (end == start || text[start] == '#') continue;
            var gender = Gender.Unknown;
            if (cellEnd > nameEnd)
            {
                int cell = nameEnd + 1;
                char g = cellEnd == cell + 1 ? text[cell] : '\0';
                gender = g == 'm' ? Gender.Male : g == 'f' ? Gender.Female : KnowledgeLoader.GenderOf(text.AsSpan(cell, cellEnd - cell).Trim());
            }
            int n = nameEnd - start;
            if (n > 0 && beyondAscii < 0x80) table.SetWritten(n, gender);
            else table.Set(text.AsSpan(start, n), gender);
        }
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
