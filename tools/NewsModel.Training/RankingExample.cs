namespace NewsModel.Training;

/// <summary>
/// One decision to learn from: the candidates the stage weighed for one pronoun (their features, nearest first, as
/// the stage orders them), which of them the gold speaker is, and how much the decision counts.
/// </summary>
internal sealed record RankingExample(string Article, bool[][] Candidates, bool[] Correct, double Weight)
{
    /// <summary>Where the pronoun is and what each candidate is called, for the list of misses the tool can print.</summary>
    public (int Position, string Gold, string[] Names)? Trace { get; init; }

    /// <summary>True when the stage itself, parsing with the weights it was given, chose the gold speaker.</summary>
    public bool StageRight { get; init; }

    /// <summary>True when at least one candidate is right: only then can any weights get it right.</summary>
    public bool Answerable => Array.IndexOf(Correct, true) >= 0;

    /// <summary>The candidate the weights pick: the highest score, the first (nearest) on a tie, as the stage picks.</summary>
    public int Pick(double[] weights)
    {
        int best = -1;
        double bestScore = double.NegativeInfinity;
        for (int c = 0; c < Candidates.Length; c++)
        {
            double score = Score(Candidates[c], weights);
            if (score > bestScore)
            {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    public static double Score(bool[] features, double[] weights)
    {
        double score = 0;
        for (int f = 0; f < features.Length; f++)
        {
            if (features[f]) score += weights[f];
        }
        return score;
    }
}
