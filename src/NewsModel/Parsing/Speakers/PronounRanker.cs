using NewsModel.Knowledge;

namespace NewsModel.Parsing.Speakers;

/// <summary>What the ranker knows of one candidate antecedent of a pronoun.</summary>
internal enum PronounFeature
{
    /// <summary>Named in the pronoun's own sentence, before it.</summary>
    SameSentence,
    /// <summary>Named last in the sentence before.</summary>
    PreviousSentence,
    /// <summary>Named last two sentences before.</summary>
    TwoSentencesBack,
    /// <summary>Named last three or more sentences before (or only as an earlier statement's speaker).</summary>
    Farther,
    /// <summary>Its nearest mention is the subject of its sentence.</summary>
    Subject,
    /// <summary>It is the subject of the pronoun's sentence or of the one before.</summary>
    SubjectNearby,
    /// <summary>Its nearest mention is inside quotation marks.</summary>
    InQuote,
    /// <summary>Its nearest mention is a possessive ("Clinton's").</summary>
    Possessive,
    /// <summary>It is the speaker of the statement just before.</summary>
    PreviousSpeaker,
    /// <summary>It is the speaker of one of the few statements before that.</summary>
    RecentSpeaker,
    /// <summary>Its gender, known from a name, title or earlier pronouns, is the pronoun's.</summary>
    GenderAgrees,
    /// <summary>Its gender is not known.</summary>
    GenderUnknown,
    /// <summary>The text names it three times or more.</summary>
    Frequent,
    /// <summary>No other candidate is named nearer the pronoun.</summary>
    Nearest,
    /// <summary>Exactly one other candidate is named nearer.</summary>
    SecondNearest,
    /// <summary>Found only after the pronoun (a headline's "he", a quote before its speaker is named).</summary>
    After,
}

/// <summary>
/// A linear ranker over the candidate antecedents of a pronoun: the candidate with the highest sum of its features'
/// weights wins. The weights are data (<c>pronounranker.tsv</c>), learned from annotated articles by the training tool.
/// </summary>
/// <remarks>Immutable after load and thread-safe.</remarks>
internal static class PronounRanker
{
    public static readonly int FeatureCount = Enum.GetValues<PronounFeature>().Length;

    private static readonly Lazy<double[]> DefaultWeights = new(() => KnowledgeLoader.Weights("pronounranker", FeatureCount, typeof(PronounFeature)));

    /// <summary>The shipped weights, one per <see cref="PronounFeature"/>.</summary>
    public static double[] Weights => DefaultWeights.Value;

    public static double Score(ReadOnlySpan<bool> features, double[] weights)
    {
        double score = 0;
        for (int f = 0; f < features.Length; f++)
        {
            if (features[f]) score += weights[f];
        }
        return score;
    }
}
