using NewsModel.Knowledge;

namespace NewsModel.Parsing;

/// <summary>How an <see cref="ArticleParser"/> reads articles.</summary>
/// <remarks>Immutable and thread-safe. Validated when the parser is built.</remarks>
public sealed record ParseOptions
{
    /// <summary>The default maximum input length: 64 Mi UTF-16 units, far above any article.</summary>
    public const int DefaultMaxInputLength = 64 * 1024 * 1024;

    /// <summary>The options used when none are given.</summary>
    public static ParseOptions Default { get; } = new();

    /// <summary>
    /// The date against which a time written without a year is placed: the most recent such date not after
    /// it is taken. Null means today (UTC) by <see cref="TimeProvider"/> at the moment of each parse.
    /// </summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>
    /// The clock that says what "today" is when <see cref="ReferenceDate"/> is null; default <see cref="TimeProvider.System"/>.
    /// Give a fixed one (as <c>FakeTimeProvider</c> or your own subclass) for parses that do not depend on the day they run.
    /// </summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>True when the text is body only: no headline, rubric or time line is looked for.</summary>
    public bool BodyOnly { get; init; }

    /// <summary>Inputs longer than this (in UTF-16 units) are not parsed: the article is empty and carries a diagnostic.</summary>
    public int MaxInputLength { get; init; } = DefaultMaxInputLength;

    /// <summary>
    /// True (the default) to let a parse of an input of 98,304 UTF-16 units (96 Ki) or more run blocking full garbage
    /// collections at the end of its stages, which frees each stage's working arrays before the next stage allocates
    /// and keeps the peak memory near 30 times the input. Ordinary articles (64 KB and less) never trigger one. Set it to false in a
    /// process where pauses of the whole process matter more than the peak of one large parse: the parse then leaves
    /// collection to the runtime and its result is the same.
    /// </summary>
    public bool CollectOnLargeInputs { get; init; } = true;

    /// <summary>What the parser knows: cues, titles, organisations, countries, agencies, treaties.</summary>
    public KnowledgeBase Knowledge { get; init; } = KnowledgeBase.Default;
}
