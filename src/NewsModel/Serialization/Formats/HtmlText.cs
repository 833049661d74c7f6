namespace NewsModel.Serialization.Formats;

/// <summary>Escapes text for HTML element content and quoted attribute values.</summary>
internal static class HtmlText
{
    /// <summary>Writes <paramref name="text"/> with <c>&amp; &lt; &gt; " '</c> as character references, so no input can open a tag or leave an attribute.</summary>
    public static void Write(TextWriter output, ReadOnlySpan<char> text)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            string? entity = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                // A NUL is a parse error in HTML; the replacement character says the same thing visibly.
                '\0' => "\uFFFD",
                _ => null,
            };
            if (entity is null) continue;
            output.Write(text[start..i]);
            output.Write(entity);
            start = i + 1;
        }
        output.Write(text[start..]);
    }

    public static void Write(TextWriter output, string? text) => Write(output, (text ?? "").AsSpan());
}
