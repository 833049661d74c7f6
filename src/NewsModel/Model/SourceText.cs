using System.Runtime.InteropServices;

namespace NewsModel.Model;

/// <summary>
/// A model text kept as given, or as the place in the source it was parsed from, or as several pieces of the source
/// joined with or without a space, with its string made when first asked for (once: every caller gets the same
/// string). <see cref="Paragraph"/> and <see cref="Statement"/> hold one, so an article whose JSON is written and
/// nothing else copies none of those texts.
/// </summary>
/// <remarks>
/// A mutable struct held in a field that is not read-only: <see cref="Text"/> publishes the string it makes into that
/// field, which a read-only field would make a call on a copy of. A <c>with</c> copies it whole, so the copy keeps the
/// text whatever else it changes. A text is of one place or of joined pieces, never both, so the place and the joins'
/// spaces share their eight bytes: the struct is a field of every paragraph and statement.
/// </remarks>
[StructLayout(LayoutKind.Explicit)]
internal struct SourceText
{
    /// <summary>The most pieces a joined text has: which joins take a space is one bit each of <see cref="_spaces"/>.</summary>
    public const int MaxPieces = 64;

    /// <summary>
    /// The text once made, or as given (a <see cref="string"/>); before it is made, the pieces of <see cref="_source"/>
    /// a joined text is made of (a <see cref="TextSpan"/> array, which the caller no longer changes); null before a
    /// text at one place of the source is made.
    /// </summary>
    [FieldOffset(0)]
    private object? _text;

    /// <summary>The source the text stands in; null when the text was given.</summary>
    [FieldOffset(8)]
    private readonly string? _source;

    /// <summary>Where the text stands in <see cref="_source"/>, for a text of one place.</summary>
    [FieldOffset(16)]
    private readonly TextSpan _at;

    /// <summary>For a joined text, bit <c>i</c> set when a space stands between piece <c>i - 1</c> and piece <c>i</c>.</summary>
    [FieldOffset(16)]
    private readonly ulong _spaces;

    /// <summary>The text <paramref name="text"/>, as given.</summary>
    public SourceText(string text) => _text = text;

    /// <summary>The text <paramref name="source"/> holds at <paramref name="at"/>, made only when asked for.</summary>
    public SourceText(string source, TextSpan at)
    {
        _source = source;
        _at = at;
    }

    /// <summary>
    /// The pieces of <paramref name="source"/> at <paramref name="pieces"/> (two to <see cref="MaxPieces"/>, which the
    /// caller never changes after), each followed by a space where <paramref name="spaces"/> has the next piece's bit
    /// set, made only when asked for.
    /// </summary>
    public SourceText(string source, TextSpan[] pieces, ulong spaces)
    {
        _source = source;
        _text = pieces;
        _spaces = spaces;
    }

    /// <summary>
    /// The text's characters, without making its string where the text is one piece (the JSON writer reads them so);
    /// a joined text's string is made.
    /// </summary>
    public ReadOnlySpan<char> Chars => _text is null ? _source.AsSpan(_at.Start, _at.Length) : _text as string ?? Make();

    /// <summary>The text's string; made from the source on the first call (a thread that loses a race to make it returns the winner's).</summary>
    public string Text => _text as string ?? Make();

    /// <summary>
    /// When the text is pieces of the source not made into a string yet: the source, the pieces and which joins take
    /// a space (the JSON writer writes them so).
    /// </summary>
    public readonly bool IsJoined(out string source, out ReadOnlySpan<TextSpan> pieces, out ulong spaces)
    {
        if (_text is TextSpan[] joined)
        {
            source = _source!;
            pieces = joined;
            spaces = _spaces;
            return true;
        }
        source = null!;
        pieces = default;
        spaces = 0;
        return false;
    }

    private string Make()
    {
        var seen = _text;
        string text;
        if (seen is TextSpan[] pieces)
        {
            text = Join(_source!, pieces, _spaces);
        }
        else
        {
            text = _source is null ? "" : _source.Substring(_at.Start, _at.Length);
        }
        return Interlocked.CompareExchange(ref _text, text, seen) as string ?? text;
    }

    private static string Join(string source, TextSpan[] pieces, ulong spaces)
    {
        int length = 0;
        for (int i = 0; i < pieces.Length; i++) length += pieces[i].Length + (int)((spaces >> i) & 1);
        return string.Create(length, (source, pieces, spaces), static (into, state) =>
        {
            int n = 0;
            for (int i = 0; i < state.pieces.Length; i++)
            {
                if (((state.spaces >> i) & 1) != 0) into[n++] = ' ';
                var piece = state.pieces[i];
                state.source.AsSpan(piece.Start, piece.Length).CopyTo(into[n..]);
                n += piece.Length;
            }
        });
    }
}
