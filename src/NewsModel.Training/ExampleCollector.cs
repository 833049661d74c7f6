using NewsModel.Parsing;
using NewsModel.Parsing.Speakers;

namespace NewsModel.Training;

/// <summary>
/// Parses an annotated article and turns each pronoun the speaker stage resolved into a <see cref="RankingExample"/>:
/// the gold statement whose source span covers the pronoun gives the speaker, and a candidate is right when one of
/// its names is one the scorer accepts for that speaker.
/// </summary>
internal static class ExampleCollector
{
    /// <param name="pronounWeights">The weights the stage ranks with while the article is parsed (null: the shipped
    /// ones). Features such as <see cref="PronounFeature.PreviousSpeaker"/> depend on the choices before, so the
    /// candidates seen depend on them too.</param>
    /// <param name="machineResolvedWeight">How much a decision counts whose gold speaker an automatic coreference
    /// system resolved (PolNeAR's <c>speakerResolved: corenlp</c>, wrong about one time in ten).</param>
    public static List<RankingExample> Collect(ArticleParser parser, string name, string text, GoldArticle gold, double machineResolvedWeight, double weight = 1,
        double[]? pronounWeights = null)
    {
        var decisions = new List<PronounDecision>();
        var article = parser.Parse(text, decisions.Add, pronounWeights, out _);
        var examples = new List<RankingExample>();
        foreach (var d in decisions)
        {
            if (d.Candidates.Count == 0 || GoldFor(gold, article, d.Pronoun) is not { Speaker: { } speaker } g) continue;
            var names = gold.NamesOf(speaker);
            var features = new bool[d.Candidates.Count][];
            var correct = new bool[d.Candidates.Count];
            for (int c = 0; c < d.Candidates.Count; c++)
            {
                var (entity, f) = d.Candidates[c];
                features[c] = (bool[])f.Clone();
                correct[c] = Meets(entity, names);
            }
            examples.Add(new RankingExample(name, features, correct, weight * (g.ResolvedByMachine ? machineResolvedWeight : 1))
            {
                Trace = (d.Pronoun.Start, speaker, d.Candidates.Select(c => c.Entity.Name).ToArray()),
                StageRight = d.Chosen is { } chosen && Meets(chosen, names),
            });
        }
        return examples;
    }

    /// <summary>
    /// The gold statement of the pronoun: the one one of whose source spans overlaps it where the gold marks sources
    /// (PolNeAR), else the one whose text best meets the text of the statement the pronoun introduces, as the scorer
    /// pairs statements (token F1 at least 0.5). Null when there is none.
    /// </summary>
    private static GoldStatement? GoldFor(GoldArticle gold, Model.Article article, Model.TextSpan pronoun)
    {
        if (gold.HasSourceSpans)
        {
            foreach (var st in gold.Statements)
            {
                foreach (var (start, end) in st.SourceSpans)
                {
                    if (start < pronoun.End && pronoun.Start < end) return st;
                }
            }
            return null;
        }
        GoldStatement? best = null;
        double bestF1 = 0.5;
        foreach (var s in article.Statements)
        {
            if (s.SpeakerMention?.Span != pronoun) continue;
            foreach (var st in gold.Statements)
            {
                double f1 = Names.TokenF1(st.Text, s.Text);
                if (f1 >= bestF1)
                {
                    best = st;
                    bestF1 = f1;
                }
            }
        }
        return best;
    }

    private static bool Meets(SpeakerEntity e, IReadOnlySet<string> names)
    {
        if (names.Contains(Names.Fold(e.Name))) return true;
        foreach (var a in e.Aliases)
        {
            if (names.Contains(Names.Fold(a))) return true;
        }
        return false;
    }
}
