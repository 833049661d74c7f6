namespace NewsModel.Model;

/// <summary>One place where the article names an entity: the words as written and where they stand.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Text">The words as written ("the ministry", "MFA", "the Treaty").</param>
/// <param name="Span">Where they stand in the source.</param>
public sealed record Mention(string Text, TextSpan Span);
