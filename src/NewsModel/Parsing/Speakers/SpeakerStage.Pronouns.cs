using NewsModel.Knowledge;
using NewsModel.Model;
using NewsModel.Parsing.Pipeline;

namespace NewsModel.Parsing.Speakers;

/// <summary>Resolving a pronoun: every person or body named near it is a candidate, ranked by <see cref="PronounRanker"/>.</summary>
internal static partial class SpeakerStage
{
    /// <summary>How many sentences back a pronoun's candidates are named.</summary>
    private const int PronounSentenceWindow = 3;

    /// <summary>How many names back a pronoun looks at most, whatever the sentences: the bound that keeps the stage linear.</summary>
    private const int PronounMentionWindow = 40;

    /// <summary>How many statements back an earlier speaker is a candidate however far back it was named.</summary>
    private const int PronounStatementWindow = 4;

    /// <summary>
    /// The candidates of one pronoun and their feature arrays, reused from one pronoun to the next: an article of
    /// pronouns made a list and an array per candidate for each (7 bytes per character of such an input, garbage at the
    /// stage's peak). Not used when an observer is told the decision: it keeps the candidates.
    /// </summary>
    private sealed class PronounCandidates
    {
        public List<(SpeakerEntity Entity, bool[] Features)> Candidates { get; } = [];

        /// <summary>The entities that are a subject near the pronoun being resolved.</summary>
        public List<SpeakerEntity> Subjects { get; } = [];

        // Every feature array made, the first _used of them given out for the pronoun being resolved: taken back all
        // at once by Done, with no stack pushed and popped per candidate.
        private readonly List<bool[]> _arrays = [];
        private int _used;

        /// <summary>A cleared feature array.</summary>
        public bool[] Features()
        {
            if (_used == _arrays.Count) _arrays.Add(new bool[PronounRanker.FeatureCount]);
            var f = _arrays[_used++];
            f.AsSpan().Clear();
            return f;
        }

        /// <summary>Takes the arrays of <see cref="Candidates"/> back and empties it.</summary>
        public void Done()
        {
            _used = 0;
            Candidates.Clear();
            Subjects.Clear();
        }
    }

    /// <summary>
    /// The entity the pronoun of statement <paramref name="i"/> stands for: the best-ranked of the people (for he, she)
    /// or bodies (it, they) named in the sentences before it or speaking in the statements before it, whose kind and
    /// gender fit. With none before, the nearest fitting speaker after it (a headline's "he"); null when nothing fits.
    /// </summary>
    private static SpeakerEntity? ResolvePronoun(string source, EntityIndex entities, TextMentions text, List<StatementDraft> drafts, SpeakerEntity?[] resolved,
        int i, in Analysis a, Action<PronounDecision>? observer, double[]? weights, PronounCandidates pool)
    {
        var span = drafts[i].SpeakerSpan!.Value;
        var fits = PronounFits(a.Pronoun);
        var gender = a.Gender;

        int sentence = text.SentenceAt(span.Start);
        // An observer keeps the candidates it is told; otherwise they are the pool's, given back at the end.
        var candidates = observer is null ? pool.Candidates : [];
        // The entities that are a subject in the pronoun's sentence (before it) or the one before: gathered in the walk
        // over the names before the pronoun, which passes every mention that search would read, rather than searched
        // again for each candidate.
        var subjects = pool.Subjects;
        subjects.Clear();
        // Names before the pronoun, nearest first: each candidate's features come from its nearest mention.
        int nearer = 0;
        int from = text.FirstAtOrAfter(span.Start) - 1;
        for (int m = from, seen = 0; m >= 0 && seen < PronounMentionWindow; m--, seen++)
        {
            var mention = text.Mentions[m];
            if (sentence - mention.Sentence > PronounSentenceWindow) break;
            if (mention.Sentence >= sentence - 1 && (mention.Role & MentionRole.Subject) != 0 && mention.Entity is { } subject && !Holds(subjects, subject))
            {
                subjects.Add(subject);
            }
            if (mention.Entity is not { } e || mention.End > span.Start || !Fits(fits, gender, e) || Find(candidates, e) >= 0) continue;
            var f = NewFeatures(observer, pool);
            int distance = sentence - mention.Sentence;
            f[(int)(distance switch { 0 => PronounFeature.SameSentence, 1 => PronounFeature.PreviousSentence, 2 => PronounFeature.TwoSentencesBack, _ => PronounFeature.Farther })] = true;
            f[(int)PronounFeature.Subject] = (mention.Role & MentionRole.Subject) != 0;
            f[(int)PronounFeature.InQuote] = (mention.Role & MentionRole.InQuote) != 0;
            f[(int)PronounFeature.Possessive] = (mention.Role & MentionRole.Possessive) != 0;
            f[(int)PronounFeature.SubjectSameSentence] = distance == 0 && f[(int)PronounFeature.Subject];
            f[(int)PronounFeature.SubjectPreviousSentence] = distance == 1 && f[(int)PronounFeature.Subject];
            f[(int)PronounFeature.Nearest] = nearer == 0;
            f[(int)PronounFeature.SecondNearest] = nearer == 1;
            f[(int)PronounFeature.ThirdNearest] = nearer == 2;
            // The window holds a few sentences, so the scan for a paragraph break between the two is short.
            f[(int)PronounFeature.SameParagraph] = !source.AsSpan(mention.End, span.Start - mention.End).Contains('\n');
            nearer++;
            candidates.Add((e, f));
        }
        // Speakers of the statements just before, however far back they were named; statements without one are
        // passed over, but no more than MaxAntecedentDistance of them, or a run of unresolved pronouns is quadratic.
        for (int j = i - 1, n = 0; j >= Math.Max(0, i - MaxAntecedentDistance) && n < PronounStatementWindow; j--)
        {
            entities.CountVisits(1);
            if (resolved[j] is not { } e) continue;
            n++;
            if (!Fits(fits, gender, e)) continue;
            int c = Find(candidates, e);
            if (c < 0)
            {
                var f = NewFeatures(observer, pool);
                f[(int)PronounFeature.Farther] = true;
                candidates.Add((e, f));
                c = candidates.Count - 1;
            }
            candidates[c].Features[(int)(n == 1 ? PronounFeature.PreviousSpeaker : PronounFeature.RecentSpeaker)] = true;
        }
        if (candidates.Count == 0)
        {
            // Nothing before fits: a speaker after it, as a headline's pronoun is named in the body.
            for (int j = i + 1; j < Math.Min(resolved.Length, i + 1 + MaxAntecedentDistance); j++)
            {
                entities.CountVisits(1);
                if (resolved[j] is { } e && Fits(fits, gender, e))
                {
                    var f = NewFeatures(observer, pool);
                    f[(int)PronounFeature.After] = true;
                    candidates.Add((e, f));
                    break;
                }
            }
        }
        SpeakerEntity? best = null;
        double bestScore = double.NegativeInfinity;
        weights ??= PronounRanker.Weights;
        foreach (var (e, f) in candidates)
        {
            f[(int)PronounFeature.SubjectNearby] = Holds(subjects, e);
            f[(int)PronounFeature.GenderAgrees] = gender != Gender.Unknown && e.Gender == gender;
            f[(int)PronounFeature.GenderUnknown] = e.Gender == Gender.Unknown;
            f[(int)PronounFeature.Frequent] = e.TextMentions >= 3;
            f[(int)PronounFeature.NamedOnce] = e.TextMentions <= 1;
            // LastUse is set as each statement is resolved, in order: at or past 0 only for the speaker of one before this.
            f[(int)PronounFeature.SpokeBefore] = e.LastUse >= 0;
            f[(int)PronounFeature.Person] = e.Kind == SpeakerKind.Person;
            f[(int)PronounFeature.Organization] = e.Kind == SpeakerKind.Organization;
            f[(int)PronounFeature.Country] = e.Kind == SpeakerKind.Country;
            f[(int)PronounFeature.Guessed] = e.Guessed;
            f[(int)PronounFeature.Titled] = e.Title is not null;
            f[(int)PronounFeature.OneWord] = !HasSpace(e.Name);
            f[(int)PronounFeature.NameGenderAgrees] = gender != Gender.Unknown && e.NamedGender == gender;
            double score = PronounRanker.Score(f, weights);
            if (score > bestScore)
            {
                best = e;
                bestScore = score;
            }
        }
        observer?.Invoke(new PronounDecision(span, candidates, best));
        if (observer is null) pool.Done();
        return best;

        // Static, with what they read passed in: capturing locals made an object per pronoun, with a copy of the analysis.
        static bool Fits(Func<SpeakerEntity, bool> fits, Gender gender, SpeakerEntity e) =>
            fits(e) && (gender == Gender.Unknown || e.Gender == Gender.Unknown || e.Gender == gender);

        static bool[] NewFeatures(Action<PronounDecision>? observer, PronounCandidates pool) =>
            observer is null ? pool.Features() : new bool[PronounRanker.FeatureCount];

        static int Find(List<(SpeakerEntity Entity, bool[] Features)> candidates, SpeakerEntity e)
        {
            for (int c = 0; c < candidates.Count; c++)
            {
                if (candidates[c].Entity == e) return c;
            }
            return -1;
        }
    }

    /// <summary>True when <paramref name="entities"/> holds <paramref name="e"/> (a few, compared by reference).</summary>
    private static bool Holds(List<SpeakerEntity> entities, SpeakerEntity e)
    {
        foreach (var held in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(entities))
        {
            if (held == e) return true;
        }
        return false;
    }
}
