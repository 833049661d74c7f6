namespace NewsModel.Serialization.Formats;

/// <summary>The text format of a <see cref="StatementTableWriter"/>.</summary>
public enum StatementTableFormat
{
    /// <summary>
    /// Comma-separated values as RFC 4180 writes them: a field holding a comma, semicolon, quote mark or line
    /// break is put in quote marks, with its quote marks doubled; lines end with CR LF.
    /// </summary>
    Csv,

    /// <summary>
    /// Tab-separated values, one record a line (LF): a tab, line break or backslash inside a field is written as
    /// <c>\t</c>, <c>\n</c>, <c>\r</c> or <c>\\</c>, so no field ever spans lines.
    /// </summary>
    Tsv,
}
