using System.Globalization;
using System.Text;
using NewsModel.Knowledge;
using NewsModel.Model;
using NewsModel.Parsing.Layout;
using NewsModel.Parsing.Lookup;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Parsing.Treaties;

/// <summary>What the treaty stage knows while it reads one article: the treaties found, the one in scope, learned acronyms.</summary>
internal static partial class TreatyStage
{
    private sealed class Found(TreatyEntry entry, bool described, string head, int position)
    {
        public TreatyEntry Entry { get; } = entry;
        /// <summary>Its place in <see cref="State.Found"/>: the order the article first named the treaties in.</summary>
        public int Position { get; } = position;
        /// <summary>The noun that heads its name ("Treaty", "agreement"): "the draft declaration" can stand for "a joint declaration".</summary>
        public string Head { get; } = head;
        /// <summary>True for a treaty found by description, with no catalog entry.</summary>
        public bool Described { get; } = described;
        public string? Acronym { get; set; }
        public List<Mention> Mentions { get; } = [];
        public List<TreatyArticleReference> Articles { get; } = [];
    }

    /// <summary>What the stage knows while it reads one article; one per thread, reset for each article.</summary>
    private sealed class State : ParseScratchPart
    {
        public ParseContext Ctx { get; private set; } = null!;
        public string S { get; private set; } = "";
        public List<Found> Found { get; } = [];
        /// <summary>The treaties found, by id: a treaty named again is found by key, not by scanning what was found.</summary>
        public Dictionary<string, Found> ById { get; } = new(StringComparer.Ordinal);
        /// <summary>The names of the treaties found by description.</summary>
        public DescribedTreatyIndex Described { get; } = new();
        public Found? InScope { get; set; }
        /// <summary>The treaty named last in this block and the token its name ends at, for appositions.</summary>
        public Found? Last { get; set; }
        public int LastEnd { get; set; } = -1;
        /// <summary>Acronyms the article defines for treaties it names by description ("… Partnership (CSP)").</summary>
        public Dictionary<string, Found> Learned { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, TreatyEntry> Resolved { get; } = new(StringComparer.Ordinal);
        /// <summary>Lookup steps outside <see cref="Described"/>, for <see cref="ParseContext.Work"/>.</summary>
        public long Steps { get; set; }

        public void Start(ParseContext ctx)
        {
            End();
            Ctx = ctx;
            S = ctx.Source;
        }

        /// <summary>Forgets the article, so a thread's state does not keep it alive after its parse.</summary>
        public void End()
        {
            Ctx = null!;
            S = "";
            Steps = 0;
            Found.Clear();
            ById.Clear();
            Described.Clear();
            InScope = null;
            Last = null;
            LastEnd = -1;
            Learned.Clear();
            Resolved.Clear();
        }

        /// <summary>Empties and shrinks the lookups of what was found (the described names, the ids, the acronyms), keeping <see cref="Found"/>.</summary>
        public void ForgetLookups()
        {
            Described.Forget();
            ById.Clear();
            ById.TrimExcess();
            Learned.Clear();
            Learned.TrimExcess();
            Resolved.Clear();
            Resolved.TrimExcess();
            InScope = null;
            Last = null;
        }

        public override bool Release()
        {
            End();
            return Described.Small && ById.EnsureCapacity(0) <= ParseScratch.MaxKeptCapacity;
        }

        public Found Add(TreatyEntry entry, string? head = null)
        {
            Steps++;
            if (ById.TryGetValue(entry.Id, out var known)) return known;
            var added = new Found(entry, head is not null, head ?? HeadOf(entry.Name, Ctx.Knowledge.Knowledge.TreatyNouns), Found.Count);
            Found.Add(added);
            ById.Add(entry.Id, added);
            if (added.Described) Described.Add(entry.Name, added.Position);
            return added;
        }
    }
}
