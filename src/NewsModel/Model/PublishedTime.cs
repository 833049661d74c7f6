using System.Globalization;

namespace NewsModel.Model;

/// <summary>How precisely a <see cref="PublishedTime"/> was written.</summary>
public enum TimePrecision
{
    /// <summary>Only the date was written.</summary>
    Date,
    /// <summary>Date, hour and minute.</summary>
    Minute,
    /// <summary>Date and time to the second (or finer).</summary>
    Second,
}

/// <summary>Where the year of a <see cref="PublishedTime"/> came from.</summary>
public enum YearSource
{
    /// <summary>The text wrote the year.</summary>
    Written,
    /// <summary>The text had no year: the most recent such date not after <c>ParseOptions.ReferenceDate</c> was taken.</summary>
    ReferenceDate,
}

/// <summary>The publication time of an article, as written and as a value.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PublishedTime
{
    /// <summary>The local date and time as written (kind unspecified).</summary>
    public required DateTime Local { get; init; }

    /// <summary>The agency's offset from UTC when known (TASS: +03:00), else null.</summary>
    public TimeSpan? UtcOffset { get; init; }

    /// <summary>How much of the time was written.</summary>
    public TimePrecision Precision { get; init; }

    /// <summary>Whether the year was written or inferred.</summary>
    public YearSource YearSource { get; init; }

    /// <summary>The words as written ("September 27, 1:53").</summary>
    public required string Text { get; init; }

    /// <summary>Where <see cref="Text"/> stands in the source.</summary>
    public TextSpan Span { get; init; }

    /// <summary>
    /// ISO 8601: <c>2024-09-27</c> for a date, <c>2024-09-27T01:53:00</c> with a time,
    /// followed by the offset (<c>+03:00</c>) when it is known.
    /// </summary>
    public string ToIsoString()
    {
        var inv = CultureInfo.InvariantCulture;
        var text = Precision == TimePrecision.Date
            ? Local.ToString("yyyy-MM-dd", inv)
            : Local.ToString("yyyy-MM-dd'T'HH:mm:ss", inv);
        if (UtcOffset is { } offset && Precision != TimePrecision.Date)
        {
            var sign = offset < TimeSpan.Zero ? '-' : '+';
            var abs = offset.Duration();
            text += string.Create(inv, $"{sign}{abs.Hours:00}:{abs.Minutes:00}");
        }
        return text;
    }

    /// <summary>The instant, when the offset is known; otherwise null.</summary>
    public DateTimeOffset? ToDateTimeOffset() =>
        UtcOffset is { } offset ? new DateTimeOffset(Local, offset) : null;
}
