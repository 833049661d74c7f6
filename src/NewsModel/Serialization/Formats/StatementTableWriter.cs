using System.Globalization;
using System.Text;
using NewsModel.Model;

namespace NewsModel.Serialization.Formats;

/// <summary>
/// Writes the statements of articles as a flat table, one row a statement, for spreadsheets and data tools:
/// <c>source, statement_id, speaker_id, speaker_name, speaker_kind, kind, where, cue, text, spans</c>.
/// The header is written before the first row; rows of many articles follow one another under it.
/// </summary>
/// <remarks>
/// <para>
/// A field that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets a leading
/// apostrophe (<c>'</c>), as OWASP recommends against formula injection: a spreadsheet then shows the text
/// instead of evaluating it. The apostrophe is the one change made to a field's text. <c>spans</c> holds the
/// statement's pieces as a JSON array of <c>[start,length]</c> pairs in UTF-16 units of the source.
/// </para>
/// <para>
/// The writer writes text; the encoding (and any byte order mark) is the <see cref="TextWriter"/>'s. A UTF-8 file
/// that a spreadsheet opens by double-click wants a byte order mark: <c>new StreamWriter(path, false, new UTF8Encoding(true))</c>.
/// Not thread-safe: one writer per output. It does not own, flush or close the <see cref="TextWriter"/>.
/// </para>
/// </remarks>
public sealed class StatementTableWriter
{
    /// <summary>The column names, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        Array.AsReadOnly(["source", "statement_id", "speaker_id", "speaker_name", "speaker_kind", "kind", "where", "cue", "text", "spans"]);

    private readonly TextWriter _output;
    private readonly StatementTableFormat _format;
    private readonly string _newLine;
    private readonly char _separator;
    private bool _headerWritten;

    /// <summary>A writer of <paramref name="format"/> to <paramref name="output"/>.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="format"/> is not a defined value.</exception>
    public StatementTableWriter(TextWriter output, StatementTableFormat format)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (format is not (StatementTableFormat.Csv or StatementTableFormat.Tsv))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "The format must be Csv or Tsv.");
        }
        _output = output;
        _format = format;
        (_separator, _newLine) = format == StatementTableFormat.Csv ? (',', "\r\n") : ('\t', "\n");
    }

    /// <summary>The table of one article's statements, header included, as a string.</summary>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public static string Render(Article article, string source, StatementTableFormat format)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        var writer = new StatementTableWriter(text, format);
        writer.Write(article, source);
        return text.ToString();
    }

    /// <summary>
    /// Writes one row per statement of <paramref name="article"/>, after the header if it is not written yet.
    /// An article without statements writes no row (the header still, so the table is never empty of columns).
    /// </summary>
    /// <param name="article">The article.</param>
    /// <param name="source">Names the article in the <c>source</c> column (a file name, a URL, an id).</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    public void Write(Article article, string source)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(source);
        WriteHeaderIfNeeded();
        var facts = new ArticleFacts(article);
        var spans = new StringBuilder();
        foreach (var statement in article.Statements)
        {
            var speaker = facts.SpeakerOf(statement);
            spans.Clear().Append('[');
            foreach (var span in statement.Spans)
            {
                if (spans.Length > 1) spans.Append(',');
                spans.Append(CultureInfo.InvariantCulture, $"[{span.Start},{span.Length}]");
            }
            spans.Append(']');
            Row(source, statement.Id, statement.SpeakerId ?? "", speaker?.Name ?? "",
                speaker is null ? "" : JsonNames.Of(speaker.Kind), JsonNames.Of(statement.Kind), JsonNames.Of(statement.Where),
                statement.Cue ?? "", statement.Text, spans.ToString());
        }
    }

    /// <summary>Writes the header line unless it is written already; a table of no statements is then just its header.</summary>
    public void WriteHeaderIfNeeded()
    {
        if (_headerWritten) return;
        _headerWritten = true;
        for (int i = 0; i < Columns.Count; i++)
        {
            if (i > 0) _output.Write(_separator);
            _output.Write(Columns[i]);
        }
        _output.Write(_newLine);
    }

    private void Row(params ReadOnlySpan<string> fields)
    {
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0) _output.Write(_separator);
            Field(fields[i]);
        }
        _output.Write(_newLine);
    }

    private void Field(string value)
    {
        bool guard = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
        if (_format == StatementTableFormat.Csv)
        {
            bool quote = guard || value.AsSpan().IndexOfAny(",;\"\r\n") >= 0;
            if (!quote)
            {
                _output.Write(value);
                return;
            }
            _output.Write('"');
            if (guard) _output.Write('\'');
            _output.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
            _output.Write('"');
            return;
        }
        if (guard) _output.Write('\'');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\t': _output.Write("\\t"); break;
                case '\n': _output.Write("\\n"); break;
                case '\r': _output.Write("\\r"); break;
                case '\\': _output.Write("\\\\"); break;
                default: _output.Write(c); break;
            }
        }
    }
}
