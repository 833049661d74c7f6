using System.Buffers;
using NewsModel.Model;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Pipeline;

/// <summary>Turns the finished <see cref="ParseContext"/> into the immutable <see cref="Article"/>.</summary>
/// <remarks>
/// Most of what it allocates is the model itself, so it allocates little beside it: each list of the model is an
/// array of its final size filled in place (no list copied into an array, no LINQ), and a statement's text is
/// collapsed straight from its pieces into one buffer.
/// </remarks>
internal static class ArticleBuilder
{
    /// <summary>Statement texts up to this many characters are joined on the stack; longer ones in a pooled array.</summary>
    private const int StackLimit = 512;

    public static Article Build(ParseContext ctx)
    {
        var s = ctx.Source;
        return new Article
        {
            Headline = ctx.Headline is { } h ? Collapse(s, h) : null,
            HeadlineSpan = ctx.Headline is { } hs ? TextSpan.FromBounds(hs.Start, hs.End) : null,
            Rubric = ctx.Rubric,
            Published = ctx.Published,
            Url = ctx.Url,
            Dateline = ctx.Dateline,
            Lead = ctx.Lead is { } lead ? Paragraph(s, lead) : null,
            Paragraphs = Paragraphs(s, ctx.Body),
            Statements = Statements(ctx),
            Speakers = Own(ctx.Speakers),
            Treaties = Own(ctx.Treaties),
            Removed = Removed(ctx.Removed),
            Diagnostics = Own(ctx.Diagnostics),
        };
    }

    /// <summary>A list's items as the model's list; the array is new, so the model owns it.</summary>
    private static EquatableArray<T> Own<T>(List<T> items) => new(items.Count == 0 ? null : items.ToArray(), takeOwnership: true);

    private static EquatableArray<Paragraph> Paragraphs(string s, List<Block> body)
    {
        if (body.Count == 0) return default;
        var paragraphs = new Paragraph[body.Count];
        for (int i = 0; i < paragraphs.Length; i++) paragraphs[i] = Paragraph(s, body[i]);
        return new(paragraphs, takeOwnership: true);
    }

    /// <summary>The paragraph of a block: its text stays in the source until asked for (the JSON is written from the source).</summary>
    private static Paragraph Paragraph(string s, Block b) => new(s, TextSpan.FromBounds(b.Start, b.End), BodyIndex(b));

    /// <summary>The model's paragraph index: the body position, or null for the headline and the lead (the stages' -1).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int? BodyIndex(Block b) => b.ParagraphIndex >= 0 ? b.ParagraphIndex : null;

    /// <summary>The statements with text, numbered in reading order; a draft without pieces says nothing.</summary>
    private static EquatableArray<Statement> Statements(ParseContext ctx)
    {
        var drafts = ctx.Statements;
        int count = 0;
        foreach (var d in drafts)
        {
            if (d.Pieces.Count > 0) count++;
        }
        if (count == 0) return default;
        var s = ctx.Source;
        var statements = new Statement[count];
        int n = 0;
        string? unresolved = null;
        var slots = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(drafts);
        bool release = ctx.CollectsForLargeInput;
        for (int i = 0; i < slots.Length; i++)
        {
            var d = slots[i];
            if (release)
            {
                // On a huge input the drafts go as their statements are made, so the two do not add up: each
                // collection inside the loop frees the drafts made into statements since the last.
                slots[i] = null!;
                ctx.CheckMemory();
            }
            if (d.Pieces.Count == 0) continue;
            // The draft is done with: the statement takes its pieces as an array of their own (the draft's array when
            // it has one of their number, rather than a copy).
            var pieces = d.Pieces.TakeArray();
            // Most statements are one piece, which keeps its punctuation as it is: no call.
            if (pieces.Length > 1) KeepInnerPunctuation(s, pieces);
            var text = AsWritten(s, pieces, d.Block, out var at) ? new SourceText(s, at)
                : JoinedAsWritten(s, pieces, d.Block, out ulong spaces) ? new SourceText(s, pieces, spaces)
                : new SourceText(Join(s, pieces, d.Block));
            statements[n] = new Statement(text)
            {
                Id = ItemIds.Statement(n + 1),
                Kind = d.Kind,
                Where = d.Block.Where,
                Spans = new(pieces, takeOwnership: true),
                Cue = d.CueText,
                CueSpan = d.Cue,
                SpeakerId = d.SpeakerId,
                // The mention the speaker stage handed on (most statements') taken here, without the call.
                SpeakerMention = d.SpeakerId is not null && d.SpeakerMention is { } shared && d.SpeakerSpan is not null ? shared : SpeakerMention(ctx, d, ref unresolved),
                ParagraphIndex = BodyIndex(d.Block),
            };
            n++;
        }
        return new(statements, takeOwnership: true);
    }

    /// <summary>
    /// The words naming the statement's speaker. The speaker stage made the same mention (same words, same span)
    /// for the speaker it resolved them to, and handed it to the draft; the statement shares that record rather than
    /// a copy of it. A mention no speaker holds shares its words' string with the last such mention when they are the
    /// same (<paramref name="unresolved"/>: "he" said many times of no one found).
    /// </summary>
    private static Mention? SpeakerMention(ParseContext ctx, StatementDraft d, ref string? unresolved)
    {
        if (d.SpeakerSpan is not { } span) return null;
        if (d.SpeakerId is not null && d.SpeakerMention is { } shared) return shared;
        unresolved = Chars.Collapse(ctx.Source.AsSpan(span.Start, span.Length), unresolved);
        return new Mention(unresolved, span);
    }

    /// <summary>The removed lines in order of position; the layout stage mostly finds them in that order already.</summary>
    private static EquatableArray<RemovedLine> Removed(List<RemovedLine> removed)
    {
        for (int i = 1; i < removed.Count; i++)
        {
            // A stable sort for the rare list out of order.
            if (removed[i].Span.Start < removed[i - 1].Span.Start) return removed.OrderBy(r => r.Span.Start).ToEquatableArray();
        }
        return Own(removed);
    }

    /// <summary>
    /// A piece that another follows keeps the comma, semicolon or colon it ends with inside its quotation marks
    /// ("\"A,\" she said. \"B.\"" reads "A, B."): the speaker's own punctuation, where the last piece's is kept too.
    /// </summary>
    private static void KeepInnerPunctuation(string s, Span<TextSpan> pieces)
    {
        for (int i = 0; i + 1 < pieces.Length; i++)
        {
            int end = pieces[i].End;
            if (end + 1 < s.Length && s[end] is ',' or ';' or ':' && Chars.IsClosingQuoteMark(s[end + 1]) && end + 1 <= pieces[i + 1].Start)
            {
                pieces[i] = TextSpan.FromBounds(pieces[i].Start, end + 1);
            }
        }
    }

    /// <summary>
    /// True when the statement's text is one piece of the source as written, less the spaces at its ends (one piece
    /// with nothing to collapse), and where: the statement then reads it from the source when asked, with no string
    /// made for the JSON. Otherwise <see cref="JoinedAsWritten"/> or <see cref="Join"/> says what it is.
    /// </summary>
    /// <remarks>
    /// A piece within its statement's block, which the tokenizer found simply spaced (<see cref="Block.SimplySpaced"/>),
    /// is not read again for that; here and in the two methods below.
    /// </remarks>
    private static bool AsWritten(string s, ReadOnlySpan<TextSpan> pieces, Block block, out TextSpan at)
    {
        at = default;
        if (pieces.Length != 1) return false;
        var piece = s.AsSpan(pieces[0].Start, pieces[0].Length);
        if (!block.IsSimplySpaced(pieces[0].Start, pieces[0].End) && !Chars.IsSimplySpaced(piece)) return false;
        // No space doubled: at most one at either end, trimmed without a call.
        int lead = piece.Length > 0 && piece[0] == ' ' ? 1 : 0;
        int trail = piece.Length > lead && piece[^1] == ' ' ? 1 : 0;
        at = new TextSpan(pieces[0].Start + lead, piece.Length - lead - trail);
        return true;
    }

    /// <summary>
    /// True when the statement's text is its pieces of the source as written, joined (<paramref name="spaces"/>: the
    /// joins that take a space, as <see cref="Join"/> joins them): each piece has nothing to collapse, no space at
    /// either end, and no half of a surrogate pair at a join. The statement then makes its text when asked, and the
    /// JSON is written from the pieces, with no string made for it.
    /// </summary>
    private static bool JoinedAsWritten(string s, ReadOnlySpan<TextSpan> pieces, Block block, out ulong spaces)
    {
        spaces = 0;
        if (pieces.Length is < 2 or > SourceText.MaxPieces) return false;
        for (int i = 0; i < pieces.Length; i++)
        {
            var piece = pieces[i];
            if (piece.Length == 0) return false;
            var text = s.AsSpan(piece.Start, piece.Length);
            // A pair cut at a join would be one character in the joined text but escaped as two halves from the pieces.
            if (text[0] == ' ' || text[^1] == ' ' || char.IsLowSurrogate(text[0]) || char.IsHighSurrogate(text[^1])
                || !block.IsSimplySpaced(piece.Start, piece.End) && !Chars.IsSimplySpaced(text)) return false;
            if (i > 0 && JoinsWithSpace(s, pieces[i - 1], piece)) spaces |= 1UL << i;
        }
        return true;
    }

    /// <summary>
    /// Whether a space joins <paramref name="piece"/> to the piece before it: pieces of one quote run are adjacent
    /// (at most a character apart, with no whitespace at the join) and join as written; separate quotes join with one space.
    /// </summary>
    private static bool JoinsWithSpace(string s, TextSpan previous, TextSpan piece)
    {
        int gapStart = previous.End;
        bool adjacent = piece.Start - gapStart <= 1 && piece.Start >= gapStart;
        bool spaced = gapStart < piece.Start && Chars.IsSpace(s[piece.Start - 1]) || (gapStart < s.Length && Chars.IsSpace(s[gapStart]));
        return !adjacent || spaced;
    }

    /// <summary>
    /// The text of <paramref name="block"/> (the headline) collapsed; only trimmed when the tokenizer found it simply
    /// spaced, as most headlines are (Chars.Collapse from Build: 103 K instructions over bulk200).
    /// </summary>
    private static string Collapse(string s, Block block)
    {
        var text = s.AsSpan(block.Start, block.End - block.Start);
        return block.SimplySpaced ? new string(text.Trim(' ')) : Chars.Collapse(text);
    }

    /// <summary>
    /// The statement's text: each piece with its whitespace collapsed and trimmed. Pieces of one quote run are
    /// adjacent and join as written; separate quotes join with one space. Done in one pass into one buffer; it
    /// gives what collapsing each piece, joining, and collapsing the whole again gave, without the intermediate strings.
    /// </summary>
    private static string Join(string s, ReadOnlySpan<TextSpan> pieces, Block block)
    {
        if (pieces.Length == 1) return Chars.Collapse(s.AsSpan(pieces[0].Start, pieces[0].Length));
        int capacity = pieces.Length;
        foreach (var piece in pieces) capacity += piece.Length;
        if (capacity <= StackLimit) return JoinOnStack(s, pieces, block);
        var rented = ArrayPool<char>.Shared.Rent(capacity);
        var joined = Joined(s, pieces, block, rented);
        ArrayPool<char>.Shared.Return(rented);
        return joined;
    }

    /// <summary>
    /// <see cref="Join"/> into a stack buffer, made here, in a method with no loop: the JIT compiles a method with both
    /// a loop and a <c>stackalloc</c> straight to optimized code, without tiering and without the profile its later
    /// tier is compiled with. The buffer is not cleared first: only what is written to it is read.
    /// </summary>
    private static string JoinOnStack(string s, ReadOnlySpan<TextSpan> pieces, Block block) => Joined(s, pieces, block, stackalloc char[StackLimit]);

    /// <summary>The text <see cref="Join"/> makes, written through <paramref name="buffer"/> (room for the pieces and a space between each two).</summary>
    private static string Joined(string s, ReadOnlySpan<TextSpan> pieces, Block block, Span<char> buffer)
    {
        int n = 0;
        // A space is owed between the words written so far and the next word: inside a piece for a run of
        // whitespace, between pieces for the joining space. Whitespace at either end of a piece is trimmed,
        // so it owes nothing; nor does anything before the first word.
        bool gap = false;
        for (int i = 0; i < pieces.Length; i++)
        {
            var piece = pieces[i];
            if (i > 0 && JoinsWithSpace(s, pieces[i - 1], piece)) gap = true;
            var text = s.AsSpan(piece.Start, piece.Length);
            if (block.IsSimplySpaced(piece.Start, piece.End) || Chars.IsSimplySpaced(text))
            {
                // Nothing to collapse inside: the piece is copied whole, less a space at either end.
                var words = text.Trim(' ');
                if (words.IsEmpty) continue;
                if (gap && n > 0) buffer[n++] = ' ';
                gap = false;
                words.CopyTo(buffer[n..]);
                n += words.Length;
                continue;
            }
            // A piece of whitespace alone owes nothing and leaves the gap owed; else its words, collapsed, follow it.
            int first = 0;
            while (first < text.Length && Chars.IsSpace(text[first])) first++;
            if (first == text.Length) continue;
            if (gap && n > 0) buffer[n++] = ' ';
            gap = false;
            n += Chars.CollapseWords(text[first..], buffer[n..]);
        }
        return new string(buffer[..n]);
    }
}
