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
    private sealed class Found(TreatyEntry entry, bool described, string head)
    {
        public TreatyEntry Entry { get; } = entry;
        /// <summary>The noun that heads its name ("Treaty", "agreement"): "the draft declaration" can stand for "a joint declaration".</summary>
        public string Head { get; } = head;
        /// <summary>True for a treaty found by description, with no catalog entry.</summary>
        public bool Described { get; } = described;
        public string? Acronym { get; set; }
        public List<Mention> Mentions { get; } = [];
        public List<TreatyArticleReference> Articles { get; } = [];
    }

    /// <summary>What the stage knows while it reads one article; one per thread, reset for each article.</summary>
    private sealed class State : IParseScratch
    {
        public ParseContext Ctx { get; private set; } = null!;
        public string S { get; private set; } = "";
        public List<Found> Found { get; } = [];
        public Found? InScope { get; set; }
        /// <summary>The treaty named last in this block and the token its name ends at, for appositions.</summary>
        public Found? Last { get; set; }
        public int LastEnd { get; set; } = -1;
        /// <summary>Acronyms the article defines for treaties it names by description ("… Partnership (CSP)").</summary>
        public Dictionary<string, Found> Learned { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, TreatyEntry> Resolved { get; } = new(StringComparer.Ordinal);

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
            Found.Clear();
            InScope = null;
            Last = null;
            LastEnd = -1;
            Learned.Clear();
            Resolved.Clear();
        }

        public bool Release()
        {
            End();
            return true;
        }

        public Found Add(TreatyEntry entry, string? head = null)
        {
            foreach (var f in Found)
            {
                if (f.Entry.Id == entry.Id) return f;
            }
            var added = new Found(entry, head is not null, head ?? HeadOf(entry.Name, Ctx.Knowledge.Knowledge.TreatyNouns));
            Found.Add(added);
            return added;
        }
    }
}
