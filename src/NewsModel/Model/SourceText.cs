namespace NewsModel.Model;

/// <summary>
/// A model text kept as given, or as the place in the source it was parsed from with its string made when first
/// asked for (once: every caller gets the same string). <see cref="Paragraph"/> and <see cref="Statement"/> hold one,
/// so an article whose JSON is written and nothing else copies none of those texts.
/// </summary>
/// <remarks>
/// A mutable struct held in a field that is not read-only: <see cref="Text"/> publishes the string it makes into that
/// field, which a read-only field would make a call on a copy of. A <c>with</c> copies it whole, so the copy keeps the
/// text whatever else it changes.
/// </remarks>
internal struct SourceText
{
    /// <summary>The text once made, or as given; null while it is only in <see cref="_source"/>.</summary>
    private string? _text;

    /// <summary>The source the text stands in at <see cref="_at"/>; null when the text was given.</summary>
    private readonly string? _source;

    /// <summary>Where the text stands in <see cref="_source"/>.</summary>
    private readonly TextSpan _at;

    /// <summary>The text <paramref name="text"/>, as given.</summary>
    public SourceText(string text) => _text = text;

    /// <summary>The text <paramref name="source"/> holds at <paramref name="at"/>, made only when asked for.</summary>
    public SourceText(string source, TextSpan at)
    {
        _source = source;
        _at = at;
    }

    /// <summary>The text's characters, without making its string (the JSON writer reads them so).</summary>
    public readonly ReadOnlySpan<char> Chars => _text is { } text ? text : _source.AsSpan(_at.Start, _at.Length);

    /// <summary>The text's string; made from the source on the first call (a thread that loses a race to make it returns the winner's).</summary>
    public string Text => _text ?? Make();

    private string Make()
    {
        var text = _source is null ? "" : _source.Substring(_at.Start, _at.Length);
        return Interlocked.CompareExchange(ref _text, text, null) ?? text;
    }
}
