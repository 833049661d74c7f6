namespace NewsModel.Parsing.Text;

/// <summary>Character classes the stages share.</summary>
internal static class Chars
{
    /// <summary>Whitespace, including no-break spaces, tabs, zero-width spaces and a stray BOM.</summary>
    /// <remarks>
    /// Every character up to U+0020 is a space or a control character, so one compare settles ASCII. Inlined, so that
    /// this compare is made where it is asked; only a character from U+0085 up makes a call.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) => c <= ' ' || c >= '\u0085' && IsSpaceBeyondAscii(c);

    private static bool IsSpaceBeyondAscii(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u2060';

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    public static bool IsDash(char c) => c is '-' or '\u2013' or '\u2014' or '\u2012' or '\u2015' or '_';

    /// <summary>True for a closing quotation mark as publishers write it (straight, curly or guillemet).</summary>
    public static bool IsClosingQuoteMark(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB';

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '\u2026';

    /// <summary>True for a word token that starts with an upper-case letter.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsCapitalized(string source, Token t) =>
        t.Kind == TokenKind.Word && IsUpper(source[t.Start]);

    /// <summary>
    /// <see cref="char.IsUpper(char)"/>, with ASCII decided inline: in ahead-of-time code that method is a call, and the
    /// attribution searches ask it of word after word.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsUpper(char c) => c < '\u0080' ? (uint)(c - 'A') <= 'Z' - 'A' : char.IsUpper(c);

    /// <summary><see cref="char.IsLower(char)"/>, with ASCII decided inline (see <see cref="IsUpper"/>).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsLower(char c) => c < '\u0080' ? (uint)(c - 'a') <= 'z' - 'a' : char.IsLower(c);

    /// <summary>True for a word of two or more letters all in upper case.</summary>
    public static bool IsAllCaps(string source, Token t)
    {
        if (t.Kind != TokenKind.Word || t.Length < 2) return false;
        for (int i = t.Start; i < t.End; i++)
        {
            if (!IsUpper(source[i])) return false;
        }
        return true;
    }

    public static int TrimStart(string s, int start, int end)
    {
        while (start < end && IsSpace(s[start])) start++;
        return start;
    }

    public static int TrimEnd(string s, int start, int end)
    {
        while (end > start && IsSpace(s[end - 1])) end--;
        return end;
    }

    /// <summary>
    /// True when the only whitespace in <paramref name="text"/> is single plain spaces, so collapsing it only trims
    /// a space from either end. Most text the model keeps is like that.
    /// </summary>
    /// <remarks>
    /// Every character <see cref="IsSpace"/> takes for whitespace is at most U+0020 or at least U+0085, so eight
    /// characters at a time are tested for a character outside '!'..U+0084 that is not a plain space, or for a plain
    /// space followed by another; only eight with such a character (a letter beyond ASCII, a curly quote) are looked
    /// at one by one. A text of nine characters or more ends with an eight that overlaps the one before it, rather
    /// than a loop over its last few characters. A <see cref="System.Buffers.SearchValues{T}"/> of the other spaces needs a table of 65,536
    /// characters built at start-up and, compiled ahead of time, runs its non-ASCII search through calls.
    /// </remarks>
    public static bool IsSimplySpaced(ReadOnlySpan<char> text)
    {
        if (!System.Runtime.Intrinsics.Vector128.IsHardwareAccelerated || text.Length < 9) return IsSimplySpacedAt(text, 0, text.Length);
        ref ushort units = ref System.Runtime.CompilerServices.Unsafe.As<char, ushort>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(text));
        // The eight from i on, each with the character after it (read as the eight from i + 1 on, to see a space
        // doubled across the eight's end). The last step is the eight before the last character, over some of the
        // step before it: every character but the last is then tested with the one after it.
        int last = text.Length - 9;
        for (int i = 0; ; i = Math.Min(i + 8, last))
        {
            if (!IsSimplySpacedEight(ref units, i) && !IsSimplySpacedAt(text, i, i + 8)) return false;
            if (i == last) break;
        }
        // The last character has none after it.
        char end = text[^1];
        return end == ' ' || !IsSpace(end);
    }

    /// <summary>
    /// True when the eight characters from <paramref name="i"/> hold no whitespace but single plain spaces, with the
    /// character after them (which must be readable) seen for a doubled space; false means look at them one by one.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsSimplySpacedEight(ref ushort units, int i)
    {
        var v = System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref units, (nuint)i);
        var next = System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref units, (nuint)i + 1);
        var space = System.Runtime.Intrinsics.Vector128.Create((ushort)' ');
        var spaces = System.Runtime.Intrinsics.Vector128.Equals(v, space);
        // (c - '!') > U+0084 - '!', unsigned: c is outside '!'..U+0084.
        var outside = System.Runtime.Intrinsics.Vector128.GreaterThan(v - System.Runtime.Intrinsics.Vector128.Create((ushort)'!'),
            System.Runtime.Intrinsics.Vector128.Create((ushort)('\u0084' - '!')));
        var doubled = spaces & System.Runtime.Intrinsics.Vector128.Equals(next, space);
        return ((outside & ~spaces) | doubled) == System.Runtime.Intrinsics.Vector128<ushort>.Zero;
    }

    // The characters text[from..to) one by one, a space compared with the character after it.
    private static bool IsSimplySpacedAt(ReadOnlySpan<char> text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            char c = text[i];
            if (c == ' ')
            {
                if (i + 1 < text.Length && text[i + 1] == ' ') return false;
            }
            else if (IsSpace(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Collapses runs of whitespace to one space and trims; returns <paramref name="same"/> itself when that is the
    /// result, so the words an article repeats ("he", a speaker's name) share one string instead of one per mention.
    /// </summary>
    public static string Collapse(ReadOnlySpan<char> text, string? same)
    {
        if (same is null || !IsSimplySpaced(text)) return Collapse(text);
        var words = text.Trim(' ');
        return words.SequenceEqual(same) ? same : new string(words);
    }

    /// <summary>Collapses runs of whitespace to one space and trims.</summary>
    public static string Collapse(ReadOnlySpan<char> text)
    {
        // A copy when there is nothing to collapse, instead of a call to IsSpace for every character.
        if (IsSimplySpaced(text)) return new string(text.Trim(' '));
        return text.Length <= 512 ? CollapseOnStack(text) : Collapsed(text, new char[text.Length]);
    }

    /// <summary>
    /// <see cref="Collapse(ReadOnlySpan{char})"/> into a stack buffer. The buffer is made here, in a method with no loop:
    /// the JIT compiles a method with both a loop and a <c>stackalloc</c> straight to optimized code, without tiering
    /// and without the profile its later tier is compiled with. Not cleared first: only what is written is read.
    /// </summary>
    private static string CollapseOnStack(ReadOnlySpan<char> text) => Collapsed(text, stackalloc char[text.Length]);

    /// <summary><paramref name="text"/> collapsed (see <see cref="Collapse(ReadOnlySpan{char})"/>) through <paramref name="buffer"/>, of its length.</summary>
    private static string Collapsed(ReadOnlySpan<char> text, Span<char> buffer) => new(buffer[..CollapseWords(text, buffer)]);

    /// <summary>
    /// Writes the words of <paramref name="text"/> to <paramref name="buffer"/> (at least as long), one plain space
    /// between each two, none before the first or after the last, as <see cref="Collapse(ReadOnlySpan{char})"/> makes
    /// them; returns how many characters it wrote (0 for a text of whitespace alone).
    /// </summary>
    /// <remarks>
    /// The stretches between the runs of whitespace that are not one plain space (<see cref="NextSpaceRun"/>) are
    /// copied whole: a text that needs collapsing is mostly such stretches (a hard-wrapped paragraph's lines), which
    /// a test and a copy per character cost about seven instructions a character.
    /// </remarks>
    internal static int CollapseWords(ReadOnlySpan<char> text, Span<char> buffer)
    {
        int n = 0;
        int i = 0;
        while (i < text.Length && IsSpace(text[i])) i++;
        while (i < text.Length)
        {
            // text[i] is no space: the stretch up to the next run holds only plain spaces between other characters.
            int run = NextSpaceRun(text, i);
            text[i..run].CopyTo(buffer[n..]);
            n += run - i;
            i = run;
            while (i < text.Length && IsSpace(text[i])) i++;
            if (i < text.Length) buffer[n++] = ' ';
        }
        return n;
    }

    /// <summary>
    /// Where, from <paramref name="from"/> on (a character that is no space), the first run of whitespace starts that
    /// is not one plain space followed by a character that is none (a run of two or more, a run holding any other
    /// whitespace, or a space at the text's end); the text's length when there is none.
    /// </summary>
    /// <remarks>
    /// Eight characters at a time, as <see cref="IsSimplySpacedEight"/> tests them: a plain space followed by another,
    /// or a character outside '!'..U+0084 that is no plain space, is looked at; a plain space before other whitespace
    /// is seen as that whitespace's run's start, from the character after it.
    /// </remarks>
    private static int NextSpaceRun(ReadOnlySpan<char> text, int from)
    {
        int j = from;
        if (System.Runtime.Intrinsics.Vector128.IsHardwareAccelerated)
        {
            ref ushort units = ref System.Runtime.CompilerServices.Unsafe.As<char, ushort>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(text));
            var space = System.Runtime.Intrinsics.Vector128.Create((ushort)' ');
            var bang = System.Runtime.Intrinsics.Vector128.Create((ushort)'!');
            var plainWidth = System.Runtime.Intrinsics.Vector128.Create((ushort)('\u0084' - '!'));
            for (; j + 9 <= text.Length; j += 8)
            {
                var v = System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref units, (nuint)j);
                var next = System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref units, (nuint)j + 1);
                var spaces = System.Runtime.Intrinsics.Vector128.Equals(v, space);
                var outside = System.Runtime.Intrinsics.Vector128.GreaterThan(v - bang, plainWidth);
                uint looked = System.Runtime.Intrinsics.Vector128.ExtractMostSignificantBits(
                    System.Runtime.Intrinsics.Vector128.AndNot(outside, spaces) | (spaces & System.Runtime.Intrinsics.Vector128.Equals(next, space)));
                while (looked != 0)
                {
                    int at = j + System.Numerics.BitOperations.TrailingZeroCount(looked);
                    looked &= looked - 1;
                    char c = text[at];
                    // A plain space followed by another starts a run; the one before it, if any, was looked at first.
                    if (c == ' ') return at;
                    if (IsSpace(c)) return at > from && text[at - 1] == ' ' ? at - 1 : at;
                }
            }
        }
        for (; j < text.Length; j++)
        {
            char c = text[j];
            if (c == ' ')
            {
                if (j + 1 == text.Length || IsSpace(text[j + 1])) return j;
            }
            else if (IsSpace(c))
            {
                // The plain space before it, if the eights above read it, starts the run.
                return j > from && text[j - 1] == ' ' ? j - 1 : j;
            }
        }
        return text.Length;
    }

    /// <summary>
    /// False only when <paramref name="a"/> and <paramref name="b"/> are both ASCII and differ in more than the bit that
    /// sets a letter's case, so that a case-insensitive comparison of texts holding them at one place must fail (a
    /// character beyond ASCII, such as U+0131 or U+017F, may equal an ASCII letter ignoring case: left to the
    /// comparison). A cheap first test before <c>Equals(..., StringComparison.OrdinalIgnoreCase)</c>.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool MaySameAsciiLetter(char a, char b) => (a | b) >= '\u0080' || (a | 0x20) == (b | 0x20);
}
