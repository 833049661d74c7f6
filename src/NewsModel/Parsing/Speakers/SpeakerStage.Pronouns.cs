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
    /// The candidates of one pronoun and their features, reused from one pronoun to the next: an article of pronouns
    /// made a list per pronoun (7 bytes per character of such an input, garbage at the stage's peak).
    /// </summary>
    /// <remarks>
    /// A candidate's features are bits of one number (<see cref="PronounFeature"/> has fewer than 32), set as they are
    /// found and scored from the bits (<see cref="Score"/>): an array of flags per candidate, cleared, written flag by
    /// flag and summed over every flag, is made only for an observer, which keeps them.
    /// </remarks>
    private sealed class PronounCandidates
    {
        public List<(SpeakerEntity Entity, uint Features)> Candidates { get; } = [];

        /// <summary>The entities that are a subject near the pronoun being resolved.</summary>
        public List<SpeakerEntity> Subjects { get; } = [];

        /// <summary>Empties the lists for the next pronoun.</summary>
        public void Done()
        {
            Candidates.Clear();
            Subjects.Clear();
        }
    }

    /// <summary>The bit of <paramref name="feature"/> in a candidate's features.</summary>
    private static uint Bit(PronounFeature feature) => 1u << (int)feature;

    /// <summary>The bit of <paramref name="feature"/> when <paramref name="on"/>, else 0: set without a branch.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static uint Flag(bool on, PronounFeature feature) => (on ? 1u : 0u) << (int)feature;

    /// <summary>
    /// <see cref="PronounRanker.Score"/> of the features whose bits <paramref name="features"/> holds: their weights
    /// added in the features' order, as the ranker adds them, so the sum is the same to the last bit.
    /// </summary>
    internal static double Score(uint features, double[] weights)
    {
        double score = 0;
        for (; features != 0; features &= features - 1) score += weights[System.Numerics.BitOperations.TrailingZeroCount(features)];
        return score;
    }

    /// <summary>The features whose bits <paramref name="features"/> holds, as the ranker's array of flags.</summary>
    internal static bool[] FeatureFlags(uint features)
    {
        var flags = new bool[PronounRanker.FeatureCount];
        for (int f = 0; f < flags.Length; f++) flags[f] = (features & (1u << f)) != 0;
        return flags;
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
        var fits = a.Pronoun;
        var gender = a.Gender;

        int sentence = text.SentenceAt(span.Start);
        var candidates = pool.Candidates;
        // The entities that are a subject in the pronoun's sentence (before it) or the one before: gathered in the walk
        // over the names before the pronoun, which passes every mention that search would read, rather than searched
        // again for each candidate.
        // Empty: every pronoun's search ends by emptying the pool (Done), and so does the stage's release.
        var subjects = pool.Subjects;
        // Names before the pronoun, nearest first: each candidate's features come from its nearest mention. The mentions
        // and entities are read as spans, each mention's entity once, and a candidate's features are set from its values
        // without a branch each: this walk and the scoring below lost more time to mispredicted branches than their
        // instructions took (1.4 % of the in-process parse's samples for 0.45 % of bulk200's instructions).
        var mentions = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(text.Mentions);
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(text.Entities);
        int nearer = 0;
        // Candidates come nearest first, so each one's stretch of text to the pronoun holds the stretch of the one
        // before: a line break in one is in every later one's, and each stretch is scanned only from where the one
        // before began.
        int scannedFrom = span.Start;
        bool broken = false;
        int from = text.FirstAtOrAfter(span.Start) - 1;
        for (int m = from, seen = 0; m >= 0 && seen < PronounMentionWindow; m--, seen++)
        {
            ref readonly var mention = ref mentions[m];
            if (sentence - mention.Sentence > PronounSentenceWindow) break;
            // A mention linked to no entity is neither a subject to note nor a candidate.
            if (mention.EntityNumber == 0) continue;
            var e = all[mention.EntityNumber - 1];
            uint subject = (uint)(mention.Role & MentionRole.Subject);
            if (subject != 0 && mention.Sentence >= sentence - 1 && !Holds(subjects, e)) subjects.Add(e);
            if (mention.End > span.Start || !Fits(fits, gender, e) || Find(candidates, e) >= 0) continue;
            int distance = sentence - mention.Sentence;
            // SameSentence, PreviousSentence, TwoSentencesBack and Farther are consecutive features: the distance
            // picks one (Farther from three on, and for a distance below 0, as the case analysis had it).
            uint f = Bit(PronounFeature.SameSentence) << (int)Math.Min((uint)distance, 3u);
            f |= subject << (int)PronounFeature.Subject;
            f |= (subject & (distance == 0 ? 1u : 0u)) << (int)PronounFeature.SubjectSameSentence;
            f |= (subject & (distance == 1 ? 1u : 0u)) << (int)PronounFeature.SubjectPreviousSentence;
            f |= Flag((mention.Role & MentionRole.InQuote) != 0, PronounFeature.InQuote);
            f |= Flag((mention.Role & MentionRole.Possessive) != 0, PronounFeature.Possessive);
            f |= nearer switch { 0 => Bit(PronounFeature.Nearest), 1 => Bit(PronounFeature.SecondNearest), 2 => Bit(PronounFeature.ThirdNearest), _ => 0u };
            if (!broken && mention.End < scannedFrom)
            {
                // The window holds a few sentences, so the scan for a paragraph break between the two is short.
                broken = source.AsSpan(mention.End, scannedFrom - mention.End).Contains('\n');
                scannedFrom = mention.End;
            }
            f |= Flag(!broken, PronounFeature.SameParagraph);
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
                candidates.Add((e, Bit(PronounFeature.Farther)));
                c = candidates.Count - 1;
            }
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(candidates)[c].Features |= n == 1 ? Bit(PronounFeature.PreviousSpeaker) : Bit(PronounFeature.RecentSpeaker);
        }
        if (candidates.Count == 0)
        {
            // Nothing before fits: a speaker after it, as a headline's pronoun is named in the body.
            for (int j = i + 1; j < Math.Min(resolved.Length, i + 1 + MaxAntecedentDistance); j++)
            {
                entities.CountVisits(1);
                if (resolved[j] is { } e && Fits(fits, gender, e))
                {
                    candidates.Add((e, Bit(PronounFeature.After)));
                    break;
                }
            }
        }
        SpeakerEntity? best = null;
        double bestScore = double.NegativeInfinity;
        weights ??= PronounRanker.Weights;
        foreach (ref var candidate in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(candidates))
        {
            var e = candidate.Entity;
            uint f = candidate.Features;
            var entityGender = e.Gender;
            var kind = e.Kind;
            bool knownGender = gender != Gender.Unknown;
            if (Holds(subjects, e)) f |= Bit(PronounFeature.SubjectNearby);
            f |= Flag(knownGender & entityGender == gender, PronounFeature.GenderAgrees);
            f |= Flag(entityGender == Gender.Unknown, PronounFeature.GenderUnknown);
            f |= Flag(e.TextMentions >= 3, PronounFeature.Frequent);
            f |= Flag(e.TextMentions <= 1, PronounFeature.NamedOnce);
            // LastUse is set as each statement is resolved, in order: at or past 0 only for the speaker of one before this.
            f |= Flag(e.LastUse >= 0, PronounFeature.SpokeBefore);
            f |= Flag(kind == SpeakerKind.Person, PronounFeature.Person);
            f |= Flag(kind == SpeakerKind.Organization, PronounFeature.Organization);
            f |= Flag(kind == SpeakerKind.Country, PronounFeature.Country);
            f |= Flag(e.Guessed, PronounFeature.Guessed);
            f |= Flag(e.Title is not null, PronounFeature.Titled);
            f |= Flag(!HasSpace(e.Name), PronounFeature.OneWord);
            f |= Flag(knownGender & e.NamedGender == gender, PronounFeature.NameGenderAgrees);
            candidate.Features = f;
            double score = Score(f, weights);
            if (score > bestScore)
            {
                best = e;
                bestScore = score;
            }
        }
        if (observer is not null)
        {
            // The observer keeps what it is told: a list and flags of its own.
            var told = new List<(SpeakerEntity Entity, bool[] Features)>(candidates.Count);
            foreach (var (e, f) in candidates) told.Add((e, FeatureFlags(f)));
            observer(new PronounDecision(span, told, best));
        }
        pool.Done();
        return best;

        // Static, with what they read passed in: capturing locals made an object per pronoun, with a copy of the analysis.
        // Inlined: each is asked of every name in the pronoun's window, and the call cost as much as the test.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        static bool Fits(PronounFit fits, Gender gender, SpeakerEntity e) =>
            PronounFits(fits, e.Kind) && (gender == Gender.Unknown || e.Gender == Gender.Unknown || e.Gender == gender);

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        static int Find(List<(SpeakerEntity Entity, uint Features)> candidates, SpeakerEntity e)
        {
            var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(candidates);
            for (int c = 0; c < all.Length; c++)
            {
                if (all[c].Entity == e) return c;
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
