using NewsModel.Model;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Layout;

/// <summary>
/// Reads an agency dateline at the start of a paragraph: "MOSCOW, September 27. /TASS/.",
/// "WASHINGTON, March 2 -", "LONDON, March 3 (Reuters) -", "SEOUL, South Korea (AP) —", "Beirut (AFP) –",
/// "MINSK. July 26 (Interfax) -", "IGORA /Leningrad Region/, December 26. /TASS/.".
/// A dateline needs an agency mark, or a date followed by a dash.
/// </summary>
internal static partial class DatelineScanner
{
    public readonly record struct Match(Dateline Dateline, int BodyStart, int DateStart = -1, int DateEnd = -1);

    private const int MaxPlaceWords = 5;

    /// <summary>Reads a dateline at <paramref name="start"/>; the agency of a byline, when the header had one, lets "OSLO - " stand alone.</summary>
    public static bool TryScan(ParseContext ctx, int start, int end, out Match match, string? bylineAgency = null)
    {
        // Most lines open with no agency's form, told by their first two characters before the call (its frame and the
        // match it clears cost about 80 instructions a line: the frame tries four or five lines an article).
        if (MayOpenAgencyFirst(ctx, start, end) && TryAgencyFirst(ctx, start, end, bylineAgency, out match)) return true;
        if (!MayOpenPlaceFirst(ctx.Source.AsSpan(start, end - start)))
        {
            match = default;
            return false;
        }
        return TryPlaceFirst(ctx, start, end, bylineAgency, out match);
    }

    /// <summary>False when <see cref="TryAgencyFirst"/> surely reads nothing at <paramref name="start"/>: its own first tests, asked inline.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool MayOpenAgencyFirst(ParseContext ctx, int start, int end)
    {
        var s = ctx.Source;
        if (start + 1 >= end) return false;
        // An ASCII capital is its own upper case: only a first letter beyond ASCII asks the case tables.
        char first = s[start];
        if (first < 0x80) return char.IsAsciiLetterUpper(first) && ctx.Knowledge.Layout.MayStartAgencyForm(first, s[start + 1]);
        return char.IsUpper(first) && ctx.Knowledge.Layout.MayStartAgencyForm(char.ToUpperInvariant(first), s[start + 1]);
    }

    /// <summary>The place-first reading alone, without <see cref="MayOpenPlaceFirst"/> before it: for the tests that check the screen against it.</summary>
    internal static bool TryPlaceFirstUnscreened(ParseContext ctx, int start, int end, string? bylineAgency) =>
        TryPlaceFirst(ctx, start, end, bylineAgency, out _);

    /// <summary>The characters of a line <see cref="MayOpenPlaceFirst"/> looks at; past them it does not tell.</summary>
    internal const int ScreenedChars = 256;

    /// <summary>
    /// More words than this before a dateline's first figure, mark or dash: none that <see cref="TryPlaceFirst"/>
    /// reads has as many (a place of five words, a region of five, a comma, a separator and a month: 13 words or
    /// marks after a space at most).
    /// </summary>
    internal const int MaxPlainWords = 16;

    /// <summary>
    /// False when <see cref="TryPlaceFirst"/> cannot find a dateline at the start of <paramref name="text"/>: every
    /// dateline it reads holds a figure (its date), an agency's mark ('/' or '('), or a dash, and before the first of
    /// them it reads only letters, periods, commas, apostrophes and spaces (the place, the region, a month's name),
    /// and no more than <see cref="MaxPlainWords"/> words of them. So the line's first character that is none of
    /// those must be a digit, '/', '(' or a dash (Chars.IsDash), and come within those words; a line where it is
    /// another ('"', ':', ';', '?', a curly quotation mark), comes later or is missing holds no such dateline. A
    /// control, and a line whose first <see cref="ScreenedChars"/> characters are all of the plain kind, are left to
    /// the reader (true). Before that character, too, each word the reader meets opens with a capital (the place's
    /// and the region's words), a comma or period (a separator) or a month's name (read in either case): a line
    /// whose first word, or a word after a space, opens with an ASCII lower-case letter and is no month's name holds
    /// no such dateline ("The Russian government said": most lines of prose end at their second word).
    /// </summary>
    /// <remarks>
    /// The frame tries every line of the header and the first paragraphs of prose (869 lines over bulk200, four to five
    /// an article), and the reader took about 1,100 instructions a line that has none (a title-case headline's words
    /// read as a place, each with a month lookup); this test reads sixteen ASCII characters at a time.
    /// </remarks>
    internal static bool MayOpenPlaceFirst(ReadOnlySpan<char> text)
    {
        int limit = Math.Min(text.Length, ScreenedChars);
        int i = 0;
        // Words so far: plain characters other than a space that follow a space (the first word, at the line's
        // start, is not counted: the bound has room for it); whether the last character read was a space.
        int words = 0;
        uint afterSpace = 0;
        if (limit > 0 && char.IsAsciiLetterLower(text[0])) return MayBeMonth(text);
        while (true)
        {
            if (System.Runtime.Intrinsics.Vector128.IsHardwareAccelerated)
            {
                ref ushort units = ref System.Runtime.CompilerServices.Unsafe.As<char, ushort>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(text));
                // The constants made once for the loop (inside it they were loaded again at every step).
                var caseBit = System.Runtime.Intrinsics.Vector128.Create((byte)0x20);
                var lowerA = System.Runtime.Intrinsics.Vector128.Create((byte)'a');
                var letters = System.Runtime.Intrinsics.Vector128.Create((byte)('z' - 'a'));
                var period = System.Runtime.Intrinsics.Vector128.Create((byte)'.');
                var comma = System.Runtime.Intrinsics.Vector128.Create((byte)',');
                var apostrophe = System.Runtime.Intrinsics.Vector128.Create((byte)'\'');
                var space = System.Runtime.Intrinsics.Vector128.Create((byte)' ');
                for (; i + 16 <= limit; i += 16)
                {
                    // Narrowed with saturation, a unit beyond ASCII is 0x80 or more: no letter, mark or space, so
                    // it is looked at whole below.
                    var v = System.Runtime.Intrinsics.Vector128.NarrowWithSaturation(
                        System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref units, (nuint)i),
                        System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref units, (nuint)i + 8));
                    uint marks = System.Runtime.Intrinsics.Vector128.ExtractMostSignificantBits(
                        System.Runtime.Intrinsics.Vector128.LessThanOrEqual((v | caseBit) - lowerA, letters)
                        | System.Runtime.Intrinsics.Vector128.Equals(v, period) | System.Runtime.Intrinsics.Vector128.Equals(v, comma)
                        | System.Runtime.Intrinsics.Vector128.Equals(v, apostrophe));
                    uint spaces = System.Runtime.Intrinsics.Vector128.ExtractMostSignificantBits(System.Runtime.Intrinsics.Vector128.Equals(v, space));
                    uint starts = marks & (spaces << 1 | afterSpace);
                    // The words that open with a lower-case letter (the unit's own case: no case bit set here).
                    uint lowerStarts = starts & System.Runtime.Intrinsics.Vector128.ExtractMostSignificantBits(
                        System.Runtime.Intrinsics.Vector128.LessThanOrEqual(v - lowerA, letters));
                    if ((marks | spaces) != 0xFFFF)
                    {
                        int firstOther = System.Numerics.BitOperations.TrailingZeroCount(~(marks | spaces));
                        lowerStarts &= (1u << firstOther) - 1;
                        if (lowerStarts != 0) return MayBeMonth(text[(i + System.Numerics.BitOperations.TrailingZeroCount(lowerStarts))..]);
                        i += firstOther;
                        goto Other;
                    }
                    if (lowerStarts != 0) return MayBeMonth(text[(i + System.Numerics.BitOperations.TrailingZeroCount(lowerStarts))..]);
                    words += System.Numerics.BitOperations.PopCount(starts);
                    if (words > MaxPlainWords) return false;
                    afterSpace = spaces >> 15;
                }
            }
            for (; i < limit; i++)
            {
                char c = text[i];
                if (c == ' ')
                {
                    afterSpace = 1;
                    continue;
                }
                if (!(char.IsAsciiLetter(c) || c is '.' or ',' or '\'')) goto Other;
                if (afterSpace != 0 && char.IsAsciiLetterLower(c)) return MayBeMonth(text[i..]);
                words += (int)afterSpace;
                if (words > MaxPlainWords) return false;
                afterSpace = 0;
            }
            return limit < text.Length;
        Other:
            char other = text[i];
            if (other < '\u0080') return other < ' ' || char.IsAsciiDigit(other) || other is '/' or '(' or '-' or '_';
            // Beyond ASCII: a letter, the curly apostrophe and a space are read over as the ASCII ones are.
            if (Chars.IsSpace(other))
            {
                afterSpace = 1;
            }
            else if (char.IsLetter(other) || other == '\u2019')
            {
                words += (int)afterSpace;
                if (words > MaxPlainWords) return false;
                afterSpace = 0;
            }
            else
            {
                return char.IsDigit(other) || Chars.IsDash(other);
            }
            i++;
        }
    }

    /// <summary>
    /// Whether the word of ASCII letters that opens <paramref name="text"/> (a word in lower case that
    /// <see cref="MayOpenPlaceFirst"/> met before any figure, mark or dash) may be a month's name, the only such word a
    /// dateline holds there (month names are read in either case).
    /// </summary>
    private static bool MayBeMonth(ReadOnlySpan<char> text)
    {
        // Most such words ("the", "said", "and") are ruled out by their first two letters, unread further.
        if (text.Length > 1 && !Months.MayStartWith(text[0], text[1])) return false;
        int n = 0;
        while (n < text.Length && char.IsAsciiLetter(text[n])) n++;
        return Months.Parse(text[..n]) != 0;
    }

    private static bool TryPlaceFirst(ParseContext ctx, int start, int end, string? bylineAgency, out Match match)
    {
        match = default;
        var s = ctx.Source;
        int pos = start;
        // Place: upper-case words, or title-case words directly before "(AGENCY)".
        int placeEnd = ReadWords(s, pos, end, allCaps: true);
        bool titleCasePlace = false;
        // Some Reuters copy has no place at all: "Dec 29 (Reuters) - ".
        bool placeless = false;
        if (placeEnd == pos)
        {
            placeEnd = ReadWords(s, pos, end, allCaps: false);
            titleCasePlace = true;
            if (placeEnd == pos)
            {
                if (!TryReadDate(s, pos, end, out _)) return false;
                placeless = true;
            }
        }
        // A title-case place needs a date or an agency's mark, or a period and a dash, after it: what follows it must
        // start one of them, a region or a separator. Most paragraphs tried open with title-case words followed by
        // none ("The Russian government said"), and are done with here.
        if (titleCasePlace && !placeless && !MayFollowTitleCasePlace(s, SkipSpaces(s, placeEnd, end), end)) return false;
        // The place's text is made only for a dateline found: most paragraphs tried have none. Collapsing and
        // trimming it drop spaces, commas and periods, no letters.
        int placeStart = pos;
        if (!placeless && CountLetters(s.AsSpan(placeStart, placeEnd - placeStart)) < 2) return false;
        pos = placeEnd;

        string? region = null;
        int p = SkipSpaces(s, pos, end);
        // "TROMSO, /Troms County/, March 3": a comma may stand before the region's slashes.
        int slash = p < end && s[p] == ',' ? SkipSpaces(s, p + 1, end) : p;
        if (slash < end && s[slash] == '/')
        {
            int close = s.IndexOf('/', slash + 1, Math.Min(48, end - slash - 1));
            if (close > slash + 1 && char.IsLetter(s[slash + 1]))
            {
                region = Chars.Collapse(s.AsSpan(slash + 1, close - slash - 1));
                pos = close + 1;
            }
        }

        // ", South Korea" or ", N.Y.," before the date or agency.
        p = SkipSpaces(s, pos, end);
        if (p < end && s[p] == ',')
        {
            int q = SkipSpaces(s, p + 1, end);
            int wordEnd = ReadWords(s, q, end, allCaps: false);
            if (wordEnd > q && Months.Parse(FirstWord(s, q, wordEnd)) == 0 && !char.IsDigit(s[q]) && !IsAgencyForm(ctx, s.AsSpan(q, wordEnd - q)))
            {
                region ??= Chars.Collapse(s.AsSpan(q, wordEnd - q)).TrimEnd(',');
                pos = wordEnd;
            }
        }

        // "Havana, Cuba.- ": a period run into a dash ends a dateline that has neither date nor agency.
        p = SkipSpaces(s, pos, end);
        int periodDash = p + 2 < end && s[p] == '.' && Chars.IsDash(s[p + 1]) ? p + 1 : p == pos && p > start && s[p - 1] == '.' && p + 1 < end && Chars.IsDash(s[p]) ? p : -1;
        if (periodDash > 0 && !placeless)
        {
            int q = periodDash;
            while (q < end && Chars.IsDash(s[q])) q++;
            if (q < end && Chars.IsSpace(s[q]))
            {
                return Found(s, start, q, end, placeStart, placeEnd, region?.TrimEnd('.'), -1, -1, null, out match);
            }
        }

        // Separator, then an optional date.
        int afterSeparator = p;
        if (p < end && s[p] is ',' or '.') afterSeparator = p = SkipSpaces(s, p + 1, end);
        int dateStart = p;
        bool hasDate = false;
        if (TryReadDate(s, p, end, out int dateEnd))
        {
            hasDate = true;
            pos = dateEnd;
            p = SkipSpaces(s, pos, end);
            if (p < end && s[p] is '.' or ',') pos = p + 1;
        }

        // Agency: "/TASS/." or "(Reuters)"; "OSLO, (Sputnik) -" has a comma before it.
        string? agency = TryReadAgency(ctx, ref pos, end, out bool known);
        if (agency is null && !hasDate && afterSeparator > pos)
        {
            int at = afterSeparator;
            agency = TryReadAgency(ctx, ref at, end, out known);
            if (agency is not null) pos = at;
        }
        // "Nagpur (India) (AFP) –": a region in parentheses before the agency's mark.
        if (agency is not null && !known && TryReadAgency(ctx, ref pos, end, out bool secondKnown) is { } second && secondKnown)
        {
            region ??= agency;
            agency = second;
            known = true;
        }
        // "TOKYO, March 28, Kyodo" and "Moscow. August 3. INTERFAX.RU": a listed agency written bare after the date.
        if (agency is null && hasDate && TryBareAgency(ctx, pos, end, requireEnd: false, out var bare, out int bareEnd))
        {
            agency = bare;
            known = true;
            pos = bareEnd;
        }
        if (titleCasePlace && agency is null && !hasDate) return false;
        if (placeless && !known) return false;

        // A dash ends the dateline.
        bool dash = false;
        p = SkipSpaces(s, pos, end);
        if (p < end && Chars.IsDash(s[p]))
        {
            int q = p;
            while (q < end && Chars.IsDash(s[q])) q++;
            // A lone hyphen needs a space on either side (else it joins words); "--" and the long dashes need none.
            bool strong = q - p >= 2 || s[p] is '\u2013' or '\u2014';
            bool spaceBefore = p > pos || (pos > start && s[pos - 1] == ')');
            bool spaceAfter = q >= end || Chars.IsSpace(s[q]);
            if ((spaceBefore && spaceAfter) || (strong && (spaceBefore || spaceAfter || q < end && char.IsLetter(s[q]))))
            {
                dash = true;
                pos = q;
            }
        }
        // A colon may follow the date directly ("KYIV, July 26:").
        else if (p < end && s[p] == ':' && (hasDate || agency is not null) && p + 1 < end && Chars.IsSpace(s[p + 1]))
        {
            dash = true;
            pos = p + 1;
        }
        // "UN, August 3 – RIA Novosti. Belarus will": the agency after the dash, closed by a period.
        if (dash && agency is null && TryBareAgency(ctx, pos, end, requireEnd: true, out var afterDash, out int afterDashEnd))
        {
            agency = afterDash;
            known = true;
            pos = afterDashEnd;
        }
        bool capitals = !titleCasePlace && !placeless;
        // "SEOUL-- North Korea's": a double dash against an upper-case place.
        bool glued = capitals && dash && p == placeEnd && !hasDate && region is null && (pos >= end || Chars.IsSpace(s[pos]));
        // "OSLO - " under a byline that names the agency.
        bool byline = capitals && dash && !hasDate && bylineAgency is not null;
        if (agency is null && !(hasDate && dash) && !glued && !byline) return false;
        if (placeless && !dash) return false;
        // "Sen. Jane Doe (Texas) said": a title-case name before an unlisted mark needs the dash of a dateline.
        if (titleCasePlace && !known && !dash) return false;
        if (titleCasePlace && agency is null && !(hasDate && dash)) return false;
        if (agency is null && byline) agency = bylineAgency;
        return Found(s, start, pos, end, placeless ? -1 : placeStart, placeEnd, region, hasDate ? dateStart : -1, dateEnd, agency, out match, emptyBody: known || dash);
    }

    /// <summary>
    /// False when what starts at <paramref name="p"/> (the first character after a title-case place and its spaces)
    /// can start none of what a dateline with such a place needs next: a region ("/Troms County/", ", Cuba"), a
    /// separator, a period run into a dash, a date ("March 3", "3 March") or an agency's mark ("(AFP)", "/TASS/").
    /// </summary>
    private static bool MayFollowTitleCasePlace(string s, int p, int end) =>
        p < end && (s[p] is ',' or '/' or '.' or '(' || Chars.IsDash(s[p]) || char.IsDigit(s[p]) || (Months.MayStartName(s[p]) && TryReadMonthFirst(s, p, end, out _)));

    private static bool Found(string s, int start, int pos, int end, int placeStart, int placeEnd, string? region, int dateStart, int dateEnd, string? agency, out Match match, bool emptyBody = false)
    {
        match = default;
        int bodyStart = SkipSpaces(s, pos, end);
        // A dateline on a line of its own ("TOKYO, March 28, Kyodo") has its body in the next paragraph.
        if (bodyStart >= end && !emptyBody) return false;
        match = new Match(new Dateline
        {
            Place = placeStart < 0 ? "" : Chars.Collapse(s.AsSpan(placeStart, placeEnd - placeStart)).TrimEnd(',', '.'),
            Region = region,
            Date = dateStart >= 0 ? Chars.Collapse(s.AsSpan(dateStart, dateEnd - dateStart)).TrimEnd('.', ',') : null,
            Agency = agency,
            Span = TextSpan.FromBounds(start, Chars.TrimEnd(s, start, pos)),
        }, bodyStart, dateStart, dateStart >= 0 ? dateEnd : -1);
        return true;
    }

    /// <summary>Reads "/TASS/." or "(Reuters)" at <paramref name="pos"/>; <paramref name="known"/> tells whether the knowledge base lists it.</summary>
    private static string? TryReadAgency(ParseContext ctx, ref int pos, int end, out bool known)
    {
        known = false;
        var s = ctx.Source;
        int p = SkipSpaces(s, pos, end);
        if (p >= end || s[p] is not ('/' or '(')) return null;
        char closeChar = s[p] == '/' ? '/' : ')';
        int close = s.IndexOf(closeChar, p + 1, Math.Min(40, end - p - 1));
        if (close <= p + 1) return null;
        var agency = ResolveAgency(ctx, Chars.Collapse(s.AsSpan(p + 1, close - p - 1)), out known);
        if (agency is null) return null;
        pos = close + 1;
        p = SkipSpaces(s, pos, end);
        if (p < end && s[p] == '.') pos = p + 1;
        return agency;
    }

    private static int CountLetters(ReadOnlySpan<char> text)
    {
        int letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c)) letters++;
        }
        return letters;
    }

    private static ReadOnlySpan<char> FirstWord(string s, int start, int end)
    {
        int i = start;
        while (i < end && char.IsLetter(s[i])) i++;
        return s.AsSpan(start, i - start);
    }

    private static int SkipSpaces(string s, int pos, int end)
    {
        while (pos < end && Chars.IsSpace(s[pos])) pos++;
        return pos;
    }

    /// <summary>
    /// Reads up to <paramref name="maxWords"/> words (letters with inner . ' -), all upper case or title case. A hyphen
    /// or apostrophe belongs to a word only with a letter after it: "SEOUL--" is the place and a dash.
    /// </summary>
    private static int ReadWords(string s, int pos, int end, bool allCaps, int maxWords = MaxPlaceWords)
    {
        int result = pos;
        int words = 0;
        int i = pos;
        while (i < end && words < maxWords)
        {
            if (!Chars.IsUpper(s[i])) break;
            int w = i;
            bool ok = true;
            while (w < end)
            {
                char c = s[w];
                int kind = PlaceKind(c);
                if ((kind & (Letter | Dot)) == 0)
                {
                    if (kind != Joiner || w + 1 >= end || !IsLetter(s[w + 1])) break;
                }
                else if (allCaps && kind == LowerLetter)
                {
                    // Title case is wrong for an upper-case place at its first lower-case letter: the rest need not be read.
                    ok = false;
                    break;
                }
                w++;
            }
            if (!ok) break;
            // A lone upper-case letter followed by a space is the start of a sentence, not a place.
            if (w - i == 1 && allCaps) break;
            if (!allCaps && Months.Parse(s.AsSpan(i, w - i).TrimEnd('.')) != 0) break;
            words++;
            result = w;
            i = w;
            if (i < end && Chars.IsSpace(s[i]) && i + 1 < end && Chars.IsUpper(s[i + 1])) i++;
            else break;
        }
        return result;
    }

    // char.IsLetter with ASCII decided inline, as Chars.IsUpper and IsLower are: the place reader tests every character
    // of the capitalised words that open a paragraph.
    private static bool IsLetter(char c) => c < '\u0080' ? char.IsAsciiLetter(c) : char.IsLetter(c);

    // What the place reader makes of a character: a letter (LowerLetter when lower case), the period, or a hyphen or
    // apostrophe that joins two letters. Each ASCII character's kind is one read of PlaceChars, where the reader
    // tested it as a letter, a period, a joiner and a lower-case letter in turn (ReadWords with its Months.Parse calls:
    // 584 -> 480 K instructions over bulk200).
    internal const int Letter = 1, LowerLetter = Letter | 2, Dot = 4, Joiner = 8;

    /// <summary>What the place reader makes of <paramref name="c"/>: <see cref="Letter"/>, <see cref="LowerLetter"/>, <see cref="Dot"/>, <see cref="Joiner"/> or 0.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static int PlaceKind(char c) => c < '\u0080' ? PlaceChars[c] : KindBeyondAscii(c);

    private static readonly byte[] PlaceChars = BuildPlaceChars();

    private static byte[] BuildPlaceChars()
    {
        var kinds = new byte[128];
        for (char c = '\0'; c < '\u0080'; c++) kinds[c] = (byte)KindBeyondAscii(c);
        return kinds;
    }

    /// <summary>The kind of <paramref name="c"/> (any character; the reader asks it of those beyond ASCII).</summary>
    private static int KindBeyondAscii(char c) =>
        char.IsLetter(c) ? (char.IsLower(c) ? LowerLetter : Letter) : c == '.' ? Dot : c is '\'' or '\u2019' or '-' ? Joiner : 0;

    private static bool TryReadDate(string s, int pos, int end, out int dateEnd) =>
        TryReadMonthFirst(s, pos, end, out dateEnd) || TryReadDayFirst(s, pos, end, out dateEnd);

    /// <summary>"3 March", "3 Mar." and "3 March 2024", as BelTA and British copy write the date.</summary>
    private static bool TryReadDayFirst(string s, int pos, int end, out int dateEnd)
    {
        dateEnd = pos;
        int d = pos;
        while (d < end && char.IsDigit(s[d]) && d - pos < 3) d++;
        if (d - pos is 0 or > 2 || d >= end || !Chars.IsSpace(s[d])) return false;
        int w = d + 1;
        int m = w;
        while (w < end && char.IsLetter(s[w])) w++;
        if (w == m || Months.Parse(s.AsSpan(m, w - m)) == 0) return false;
        if (w < end && s[w] == '.') w++;
        if (w + 5 <= end && Chars.IsSpace(s[w]) && char.IsDigit(s[w + 1]) && char.IsDigit(s[w + 4]) && (w + 5 == end || !char.IsDigit(s[w + 5]))) w += 5;
        dateEnd = w;
        return true;
    }

    private static bool TryReadMonthFirst(string s, int pos, int end, out int dateEnd)
    {
        dateEnd = pos;
        int w = pos;
        while (w < end && char.IsLetter(s[w])) w++;
        if (w == pos || Months.Parse(s.AsSpan(pos, w - pos)) == 0) return false;
        if (w < end && s[w] == '.') w++;
        if (w >= end || !Chars.IsSpace(s[w])) return false;
        int d = w + 1;
        int digits = 0;
        while (d < end && char.IsDigit(s[d]) && digits < 3) { d++; digits++; }
        if (digits is 0 or > 2) return false;
        // An optional year: ", 2024".
        if (d + 6 <= end && s[d] == ',' && Chars.IsSpace(s[d + 1]) && char.IsDigit(s[d + 2]) && char.IsDigit(s[d + 5]) && (d + 6 == end || !char.IsDigit(s[d + 6])))
        {
            d += 6;
        }
        dateEnd = d;
        return true;
    }
}
