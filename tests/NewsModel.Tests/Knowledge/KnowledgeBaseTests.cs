using System.Reflection;
using FluentAssertions;
using NewsModel.Knowledge;
using NewsModel.Model;
using NewsModel.Parsing;

namespace NewsModel.Tests.Knowledge;

/// <summary>The knowledge base is built explicitly, every kind of entry can be added, replaced and removed by key, and bad entries are refused.</summary>
public sealed class KnowledgeBaseTests
{
    [Fact]
    public void There_is_no_public_constructor_and_the_empty_base_is_named_explicitly()
    {
        typeof(KnowledgeBase).GetConstructors(BindingFlags.Public | BindingFlags.Instance).Should().BeEmpty();
        KnowledgeBase.Empty.Cues.IsEmpty.Should().BeTrue();
        KnowledgeBase.Empty.Treaties.IsEmpty.Should().BeTrue();
        KnowledgeBase.Default.Cues.IsEmpty.Should().BeFalse();
    }

    [Fact]
    public void A_cue_entry_without_forms_is_refused_with_a_clear_exception()
    {
        var none = () => new CueEntry { Lemma = "opine", Forms = [] };
        none.Should().Throw<ArgumentException>().WithParameterName("Forms").WithMessage("*at least one written form*");
        var blank = () => new CueEntry { Lemma = "opine", Forms = ["opined", " "] };
        blank.Should().Throw<ArgumentException>().WithParameterName("Forms");
        var noLemma = () => new CueEntry { Lemma = "", Forms = ["opined"] };
        noLemma.Should().Throw<ArgumentException>().WithParameterName("Lemma");
    }

    [Fact]
    public void Every_kind_of_entry_can_be_removed_by_its_key()
    {
        var d = KnowledgeBase.Default;
        d.WithoutCues(d.Cues[0].Lemma.ToUpperInvariant()).Cues.Should().NotContain(d.Cues[0]).And.HaveCount(d.Cues.Count - 1);
        d.WithoutTitles(d.Titles[0].Text).Titles.Should().NotContain(d.Titles[0]);
        d.WithoutDescriptions(d.Descriptions[0].HeadNoun).Descriptions.Should().NotContain(d.Descriptions[0]);
        d.WithoutOrganizations(d.Organizations[0].Name).Organizations.Should().NotContain(d.Organizations[0]);
        d.WithoutCountries(d.Countries[0].Name).Countries.Should().NotContain(d.Countries[0]);
        d.WithoutAgencies(d.Agencies[0].Name).Agencies.Should().NotContain(d.Agencies[0]);
        d.WithoutBoilerplate(d.Boilerplate[0].Prefix).Boilerplate.Should().NotContain(d.Boilerplate[0]);
        d.WithoutTreaties(d.Treaties[0].Id).Treaties.Should().NotContain(d.Treaties[0]);
        d.WithoutTreatyNouns(d.TreatyNouns[0].Noun).TreatyNouns.Should().NotContain(d.TreatyNouns[0]);
    }

    [Fact]
    public void Adding_an_entry_with_a_key_already_there_replaces_it()
    {
        var d = KnowledgeBase.Default;
        var say = d.Cues.AsSpan().ToArray().First(c => c.Lemma == "say");
        var replaced = d.WithCues(new CueEntry { Lemma = "SAY", Forms = ["said"] });
        replaced.Cues.Should().HaveCount(d.Cues.Count).And.NotContain(say);
        replaced.Cues[^1].Forms.AsSpan().ToArray().Should().Equal("said");
        var agency = d.Agencies[0];
        d.WithAgencies(agency with { UtcOffset = TimeSpan.FromHours(5) }).Agencies.Should().HaveCount(d.Agencies.Count).And.Contain(agency with { UtcOffset = TimeSpan.FromHours(5) });
        d.WithDescriptions(new DescriptionEntry { HeadNoun = "envoy", Kind = SpeakerKind.Person }).Descriptions.Count.Should().BeGreaterThanOrEqualTo(d.Descriptions.Count);
        d.WithBoilerplate(new BoilerplateEntry { Prefix = "Subscribe to", Reason = RemovalReason.Notice }).Boilerplate.Should().Contain(b => b.Prefix == "Subscribe to");
        d.WithTitles(new TitleEntry { Text = "Archduke" }).Titles.Should().Contain(t => t.Text == "Archduke" && !t.IsHonorific);
    }

    [Fact]
    public void A_cue_removed_from_the_base_is_no_longer_a_cue()
    {
        const string text = "\"We will not sign,\" the minister declared.";
        var withCue = new ArticleParser(new ParseOptions { BodyOnly = true }).Parse(text);
        withCue.Statements.Should().ContainSingle().Which.Cue.Should().Be("declared");
        var without = new ArticleParser(new ParseOptions { BodyOnly = true, Knowledge = KnowledgeBase.Default.WithoutCues("declare") }).Parse(text);
        without.Statements.AsSpan().ToArray().Should().NotContain(s => s.Cue == "declared");
    }

    [Fact]
    public void Null_entries_are_refused()
    {
        var act = () => KnowledgeBase.Default.WithOrganizations(null!);
        act.Should().Throw<ArgumentNullException>();
        var nullEntry = () => KnowledgeBase.Default.WithCountries([null!]);
        nullEntry.Should().Throw<ArgumentNullException>();
    }

    // The loader cuts the tables' text itself; read here line by line and split as plainly as can be, the given names
    // (the one table read without row arrays) and the titles (read through them) come out the same.
    [Fact]
    public void The_default_tables_hold_what_their_text_says_row_by_row()
    {
        static List<string[]> Rows(string table)
        {
            using var stream = typeof(KnowledgeBase).Assembly.GetManifestResourceStream($"NewsModel.Knowledge.{table}.tsv")!;
            using var reader = new StreamReader(stream);
            var rows = new List<string[]>();
            while (reader.ReadLine() is { } line)
            {
                if (line.Length > 0 && line[0] != '#') rows.Add(line.Split('\t'));
            }
            return rows;
        }
        static Gender GenderOf(string[] row) => (row.Length > 1 ? row[1].Trim() : "") switch
        {
            "m" or "male" => Gender.Male,
            "f" or "female" => Gender.Female,
            _ => Gender.Unknown,
        };

        var names = Rows("firstnames");
        names.Should().HaveCountGreaterThan(5000);
        KnowledgeBase.Default.GivenNames.Select(n => (n.Name, n.Gender)).Should().Equal(names.Select(r => (r[0], GenderOf(r))));
        KnowledgeBase.Default.Titles.Select(t => t.Text).Should().Equal(Rows("titles").Select(r => r[0]));
    }

    [Fact]
    public void The_shipped_given_names_compare_as_the_entries_they_read_as()
    {
        var shipped = KnowledgeBase.Default with { Cues = KnowledgeBase.Default.Cues };
        var asEntries = KnowledgeBase.Default with { GivenNames = [.. KnowledgeBase.Default.GivenNames] };
        shipped.ShippedGivenNames.Should().NotBeNull();
        asEntries.ShippedGivenNames.Should().BeNull();
        asEntries.Should().Be(shipped);
        shipped.Should().Be(asEntries);
        asEntries.GetHashCode().Should().Be(shipped.GetHashCode());
        var fewer = KnowledgeBase.Default.WithoutGivenNames(KnowledgeBase.Default.GivenNames[0].Name);
        fewer.ShippedGivenNames.Should().BeNull();
        fewer.Should().NotBe(KnowledgeBase.Default);
        KnowledgeBase.Default.Should().NotBe(fewer);
        (KnowledgeBase.Default with { GivenNames = [] }).Should().NotBe(KnowledgeBase.Default);
    }

    [Fact]
    public void Equality_sees_every_list_of_the_base()
    {
        // Equals is written by hand (the shipped given names compare without being read as entries): a list property
        // added later and left out of it would make two different bases equal. Each list in turn is emptied on a copy
        // of the default base, through its init accessor as `with` does, and the copy must differ.
        var lists = typeof(KnowledgeBase).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(EquatableArray<>))
            .ToList();
        lists.Should().HaveCountGreaterThanOrEqualTo(10);
        var clone = typeof(KnowledgeBase).GetMethod("<Clone>$")!;
        foreach (var list in lists)
        {
            var copy = (KnowledgeBase)clone.Invoke(KnowledgeBase.Default, null)!;
            copy.Should().Be(KnowledgeBase.Default);
            list.SetValue(copy, Activator.CreateInstance(list.PropertyType));
            ((System.Collections.IEnumerable)list.GetValue(copy)!).Cast<object>().Should().BeEmpty($"{list.Name} was emptied");
            copy.Equals(KnowledgeBase.Default).Should().BeFalse($"a base without {list.Name} is not the default");
            KnowledgeBase.Default.Equals(copy).Should().BeFalse($"the default is not a base without {list.Name}");
        }
    }

    [Fact]
    public void The_parser_knows_the_same_given_names_from_the_shipped_table_as_from_its_entries()
    {
        var fromTable = new NewsModel.Parsing.Pipeline.CompiledKnowledge(KnowledgeBase.Default).GivenNames;
        var fromEntries = new NewsModel.Parsing.Pipeline.CompiledKnowledge(KnowledgeBase.Default with { GivenNames = [.. KnowledgeBase.Default.GivenNames] }).GivenNames;
        KnowledgeBase.Default.GivenNames.Should().HaveCountGreaterThan(5000);
        foreach (var name in KnowledgeBase.Default.GivenNames)
        {
            foreach (var spelling in new[] { name.Name, name.Name.ToUpperInvariant(), name.Name.ToLowerInvariant() })
            {
                fromTable.TryGetValue(spelling, out var a).Should().BeTrue(spelling);
                fromEntries.TryGetValue(spelling, out var b).Should().BeTrue(spelling);
                a.Should().Be(b, spelling);
            }
        }
        // The last row of a name decides its gender in both.
        var last = KnowledgeBase.Default.GivenNames.GroupBy(n => n.Name, StringComparer.OrdinalIgnoreCase).Select(g => g.Last()).ToList();
        foreach (var name in last)
        {
            fromTable.TryGetValue(name.Name, out var gender).Should().BeTrue();
            gender.Should().Be(name.Gender, name.Name);
        }
        foreach (var word in new[] { "Zorvanx", "said", "Qq" })
        {
            fromTable.TryGetValue(word, out _).Should().Be(fromEntries.TryGetValue(word, out _), word);
        }
    }
}
