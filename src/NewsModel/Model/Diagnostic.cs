namespace NewsModel.Model;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; the model is complete.</summary>
    Info,
    /// <summary>The parser worked around a problem; part of the model may be less certain.</summary>
    Warning,
    /// <summary>Part of the input could not be read; the model is partial.</summary>
    Error,
}

/// <summary>Something the parser noticed about the input, with a stable code and where it happened.</summary>
/// <remarks>Immutable and thread-safe. Codes and messages are listed in <c>Parsing.DiagnosticCodes</c>.</remarks>
public sealed record Diagnostic
{
    /// <summary>A stable code ("NM1001"): match on it, not on the message.</summary>
    public required string Code { get; init; }

    /// <summary>How serious it is.</summary>
    public DiagnosticSeverity Severity { get; init; }

    /// <summary>A sentence for people.</summary>
    public required string Message { get; init; }

    /// <summary>Where in the source, when it has a place.</summary>
    public TextSpan? Span { get; init; }
}
