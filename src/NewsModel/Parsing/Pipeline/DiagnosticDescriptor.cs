using NewsModel.Model;

namespace NewsModel.Parsing.Pipeline;

/// <summary>One kind of diagnostic: its code, severity and message, bound once so every report of it agrees.</summary>
internal sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string Message);
