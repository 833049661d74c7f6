using System.Globalization;
using System.Text;
using NewsModel.Parsing;
using NewsModel.Parsing.Speakers;
using NewsModel.Training;

// NewsModel.Training --corpus DIR[,DIR...] [--write FILE] [--epochs N] [--seed N] [--train-percent P] [--machine-weight W]
// Learns the pronoun ranker's weights from the annotated articles in each DIR (NAME.txt beside NAME.gold.json), on about
// P % of them chosen by a hash of the name, and prints how often the learned and the hand-set weights pick the gold
// speaker on the rest. With --write, the learned weights go to FILE in the format the library reads.
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (int i = 0; i + 1 < args.Length; i += 2) options[args[i]] = args[i + 1];
if (!options.TryGetValue("--corpus", out var corpusList) || corpusList.Split(',').FirstOrDefault(d => !Directory.Exists(d)) is not null)
{
    Console.Error.WriteLine("usage: NewsModel.Training --corpus DIR[,DIR...] [--write FILE] [--epochs 20] [--seed 1] [--runs 10] [--train-percent 70] [--machine-weight 1] [--paired-weight 3] [--start hand|zero|shipped] [--without F,G] [--misses FILE]");
    return 2;
}
int epochs = int.Parse(options.GetValueOrDefault("--epochs", "20"), CultureInfo.InvariantCulture);
ulong seed = ulong.Parse(options.GetValueOrDefault("--seed", "1"), CultureInfo.InvariantCulture);
int runs = int.Parse(options.GetValueOrDefault("--runs", "10"), CultureInfo.InvariantCulture);
int percent = int.Parse(options.GetValueOrDefault("--train-percent", "70"), CultureInfo.InvariantCulture);
double machineWeight = double.Parse(options.GetValueOrDefault("--machine-weight", "1"), CultureInfo.InvariantCulture);
double handGoldWeight = double.Parse(options.GetValueOrDefault("--paired-weight", "3"), CultureInfo.InvariantCulture);

var parser = new ArticleParser();
var hand = RankerTable.HandWeights();
var heldArticlesList = new List<(string Name, string Text, GoldArticle Gold)>();
var train = new List<RankingExample>();
var held = new List<RankingExample>();
var heldBy = new SortedDictionary<string, List<RankingExample>>(StringComparer.Ordinal);
int trainArticles = 0, heldArticles = 0;
foreach (var goldPath in corpusList.Split(',').SelectMany(d => Directory.GetFiles(d, "*.gold.json").Order(StringComparer.Ordinal)))
{
    var corpus = Path.GetDirectoryName(goldPath)!;
    var name = Path.GetFileName(goldPath)[..^".gold.json".Length];
    var textPath = Path.Combine(corpus, name + ".txt");
    if (!File.Exists(textPath)) continue;
    var gold = GoldArticle.Parse(File.ReadAllText(goldPath));
    // Gold without source spans (hand-made, paired by statement text) is scarce and sure: it counts more.
    var text = File.ReadAllText(textPath);
    // Collected while the stage ranks with the hand-set weights, so what the tool learns does not depend on the table shipped.
    var examples = ExampleCollector.Collect(parser, name, text, gold, machineWeight, gold.HasSourceSpans ? 1 : handGoldWeight, hand);
    heldBy.TryAdd(Path.GetFileName(corpus), []);
    if (Split.IsTraining(name, percent))
    {
        train.AddRange(examples);
        trainArticles++;
    }
    else
    {
        held.AddRange(examples);
        heldArticlesList.Add((name, text, gold));
        heldBy[Path.GetFileName(corpus)].AddRange(examples);
        heldArticles++;
    }
}

// --start hand|zero|shipped: the weights the perceptron starts from (with --epochs 0, the weights written are those).
var startAt = options.GetValueOrDefault("--start", "hand") switch { "hand" => hand, "shipped" => PronounRanker.Weights, _ => null };
// --without F,G: features left out of the model (weight 0), to see what each one is worth.
var without = options.GetValueOrDefault("--without", "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<PronounFeature>).ToArray();
if (without.Length > 0)
{
    foreach (var ex in train.Concat(held))
    {
        foreach (var c in ex.Candidates)
        {
            foreach (var f in without) c[(int)f] = false;
        }
    }
}
var learned = AveragedPerceptron.TrainMany(train, PronounRanker.FeatureCount, epochs, seed, runs, startAt);
Console.WriteLine($"articles: {trainArticles} training, {heldArticles} held out");
Console.WriteLine($"pronouns with a gold speaker: {train.Count} training, {held.Count} held out");
Console.WriteLine($"  gold speaker among the candidates: {Share(train, e => e.Answerable)} training, {Share(held, e => e.Answerable)} held out");
Console.WriteLine($"picks the gold speaker      training  held out");
Console.WriteLine($"  hand-set weights          {AveragedPerceptron.Accuracy(train, hand):F3}     {AveragedPerceptron.Accuracy(held, hand):F3}");
Console.WriteLine($"  learned weights           {AveragedPerceptron.Accuracy(train, learned):F3}     {AveragedPerceptron.Accuracy(held, learned):F3}");
// The stage itself on the held-out articles, parsing with each set of weights: the choices before a pronoun
// (who spoke last) follow the weights too, which re-ranking the collected candidates cannot show.
var heldLearned = heldArticlesList.SelectMany(a => ExampleCollector.Collect(parser, a.Name, a.Text, a.Gold, 1, 1, learned)).ToList();
Console.WriteLine($"the stage parsing the held-out articles: hand-set {Share(held, e => e.StageRight)}, learned {Share(heldLearned, e => e.StageRight)} ({held.Count} and {heldLearned.Count} pronouns)");
foreach (var (corpusName, examples) in heldBy)
{
    Console.WriteLine($"  held out, {corpusName} ({examples.Count}): hand {AveragedPerceptron.Accuracy(examples, hand):F3}, learned {AveragedPerceptron.Accuracy(examples, learned):F3}");
}
Console.WriteLine();
Console.Write(RankerTable.Format(learned, $"Learned by tools/NewsModel.Training from {trainArticles} annotated articles ({train.Count} pronouns), {epochs} epochs, mean of {runs} runs from seed {seed}."));
if (options.TryGetValue("--write", out var write))
{
    File.WriteAllText(write, RankerTable.Format(learned, $"Learned by tools/NewsModel.Training from {trainArticles} annotated articles ({train.Count} pronouns), {epochs} epochs, mean of {runs} runs from seed {seed}."), new UTF8Encoding(false));
    Console.WriteLine($"written: {write}");
}
if (options.TryGetValue("--misses", out var misses))
{
    // The held-out pronouns the learned weights get wrong, with each candidate's features: where to look next.
    using var w = new StreamWriter(misses);
    foreach (var ex in held)
    {
        int pick = ex.Pick(learned);
        if (ex.Correct[pick] || ex.Trace is not { } t) continue;
        w.WriteLine($"{ex.Article} @{t.Position} gold={t.Gold}");
        for (int c = 0; c < ex.Candidates.Length; c++)
        {
            var on = Enum.GetValues<PronounFeature>().Where(f => ex.Candidates[c][(int)f]);
            w.WriteLine($"  {(c == pick ? ">" : " ")}{(ex.Correct[c] ? "+" : " ")} {t.Names[c]}: {string.Join(' ', on)}");
        }
    }
}
return 0;

static string Share(List<RankingExample> examples, Func<RankingExample, bool> test) =>
    examples.Count == 0 ? "-" : ((double)examples.Count(test) / examples.Count).ToString("F3", CultureInfo.InvariantCulture);
