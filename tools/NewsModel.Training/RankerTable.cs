using System.Globalization;
using System.Text;
using NewsModel.Parsing.Speakers;

namespace NewsModel.Training;

/// <summary>The weights table the library reads (<c>pronounranker.tsv</c>: feature TAB weight), and the hand-set weights it started from.</summary>
internal static class RankerTable
{
    public static string Format(double[] weights, string provenance)
    {
        var sb = new StringBuilder();
        sb.Append("# Weights of the pronoun ranker (Parsing/Speakers/PronounRanker.cs): feature <TAB> weight.\n");
        sb.Append("# ").Append(provenance).Append('\n');
        sb.Append("# Do not edit by hand: run the tool again (docs/speaker-ranker.md).\n");
        foreach (var f in Enum.GetValues<PronounFeature>())
        {
            sb.Append(f.ToString()).Append('\t').Append(weights[(int)f].ToString("0.###", CultureInfo.InvariantCulture)).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>The weights set by hand before any were learned: the baseline the learned ones are measured against.</summary>
    public static double[] HandWeights()
    {
        var w = new double[PronounRanker.FeatureCount];
        w[(int)PronounFeature.SameSentence] = 2;
        w[(int)PronounFeature.PreviousSentence] = 1.5;
        w[(int)PronounFeature.TwoSentencesBack] = 0.5;
        w[(int)PronounFeature.Subject] = 1.5;
        w[(int)PronounFeature.SubjectNearby] = 1;
        w[(int)PronounFeature.InQuote] = -2;
        w[(int)PronounFeature.Possessive] = -0.5;
        w[(int)PronounFeature.PreviousSpeaker] = 2;
        w[(int)PronounFeature.RecentSpeaker] = 0.5;
        w[(int)PronounFeature.GenderAgrees] = 1.5;
        w[(int)PronounFeature.Frequent] = 0.5;
        w[(int)PronounFeature.Nearest] = 1;
        w[(int)PronounFeature.SecondNearest] = 0.3;
        w[(int)PronounFeature.After] = -3;
        return w;
    }
}
