namespace NewsModel.Training;

/// <summary>
/// An averaged perceptron that learns to rank candidates: where the weights pick a wrong candidate, they move toward
/// the best-scoring right one and away from the one picked. The weights returned are the average over every step,
/// which generalises better than the last ones. Deterministic: the examples are visited in an order drawn from a
/// fixed seed by a generator written here (so no runtime's random numbers can change it). Started from given weights
/// (the hand-set ones), it learns corrections to them, which keeps what little data says from overturning sound priors.
/// </summary>
internal static class AveragedPerceptron
{
    public static double[] Train(IReadOnlyList<RankingExample> examples, int featureCount, int epochs, ulong seed, double[]? start = null)
    {
        var w = start is null ? new double[featureCount] : (double[])start.Clone();
        var sum = new double[featureCount];
        long step = 1;
        var order = new int[examples.Count];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        var rng = new SplitMix64(seed);
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            for (int i = order.Length - 1; i > 0; i--)
            {
                int j = (int)(rng.Next() % (ulong)(i + 1));
                (order[i], order[j]) = (order[j], order[i]);
            }
            foreach (int k in order)
            {
                var ex = examples[k];
                if (!ex.Answerable || ex.Candidates.Length < 2) continue;
                int picked = ex.Pick(w);
                if (!ex.Correct[picked])
                {
                    int right = BestRight(ex, w);
                    for (int f = 0; f < featureCount; f++)
                    {
                        double delta = ((ex.Candidates[right][f] ? 1 : 0) - (ex.Candidates[picked][f] ? 1 : 0)) * ex.Weight;
                        if (delta == 0) continue;
                        w[f] += delta;
                        sum[f] += step * delta;
                    }
                }
                step++;
            }
        }
        var averaged = new double[featureCount];
        for (int f = 0; f < featureCount; f++) averaged[f] = Math.Round(w[f] - sum[f] / step, 3);
        return averaged;
    }

    /// <summary>
    /// The mean of the weights trained from <paramref name="runs"/> seeds in a row from <paramref name="seed"/>: each
    /// order of visits leaves the perceptron elsewhere, and with a few hundred decisions the spread between orders is as
    /// large as the gain over hand-set weights; their mean is steadier than any one of them.
    /// </summary>
    public static double[] TrainMany(IReadOnlyList<RankingExample> examples, int featureCount, int epochs, ulong seed, int runs, double[]? start = null)
    {
        var mean = new double[featureCount];
        for (int r = 0; r < runs; r++)
        {
            var w = Train(examples, featureCount, epochs, seed + (ulong)r, start);
            for (int f = 0; f < featureCount; f++) mean[f] += w[f] / runs;
        }
        for (int f = 0; f < featureCount; f++) mean[f] = Math.Round(mean[f], 3);
        return mean;
    }

    /// <summary>The share of <paramref name="examples"/> (each counted once) where <paramref name="weights"/> pick a right candidate.</summary>
    public static double Accuracy(IReadOnlyList<RankingExample> examples, double[] weights)
    {
        if (examples.Count == 0) return 0;
        int right = 0;
        foreach (var ex in examples)
        {
            if (ex.Correct[ex.Pick(weights)]) right++;
        }
        return (double)right / examples.Count;
    }

    private static int BestRight(RankingExample ex, double[] w)
    {
        int best = -1;
        double bestScore = double.NegativeInfinity;
        for (int c = 0; c < ex.Candidates.Length; c++)
        {
            if (!ex.Correct[c]) continue;
            double s = RankingExample.Score(ex.Candidates[c], w);
            if (s > bestScore)
            {
                best = c;
                bestScore = s;
            }
        }
        return best;
    }

    /// <summary>SplitMix64: a small generator whose sequence is fixed by its seed.</summary>
    private struct SplitMix64(ulong state)
    {
        public ulong Next()
        {
            ulong z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
