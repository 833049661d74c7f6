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
    /// <summary>Exactly two other candidates are named nearer.</summary>
    ThirdNearest,
    /// <summary>Its nearest mention is the subject of the pronoun's own sentence.</summary>
    SubjectSameSentence,
    /// <summary>Its nearest mention is the subject of the sentence before.</summary>
    SubjectPreviousSentence,
    /// <summary>Its nearest mention stands in the pronoun's paragraph.</summary>
    SameParagraph,
    /// <summary>It is the speaker of some statement before, however far back.</summary>
    SpokeBefore,
    /// <summary>A person.</summary>
    Person,
    /// <summary>An organisation.</summary>
    Organization,
    /// <summary>A country, or a capital standing for one.</summary>
    Country,
    /// <summary>A bare capitalised word taken for a person for want of anything better ("Pravda", "Fort Pierce").</summary>
    Guessed,
    /// <summary>The text gives it a title ("Sen.", "Foreign Minister").</summary>
    Titled,
    /// <summary>The text names it once only.</summary>
    NamedOnce,
    /// <summary>Its name is one word ("Tom", "Perhaps"): often a word read as a name by mistake.</summary>
    OneWord,
    /// <summary>Its given name or title (not only earlier pronouns) gives the pronoun's gender.</summary>
    NameGenderAgrees,
}

/// <summary>
/// A linear ranker over the candidate antecedents of a pronoun: the candidate with the highest sum of its features'
/// weights wins. The weights are data (<c>pronounranker.tsv</c>), learned from annotated articles by the training tool
/// (<c>tools/NewsModel.Training</c>, docs/speaker-ranker.md); a feature the table does not list weighs nothing.
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
