using CsCheck;
using FluentAssertions;
using NewsModel.Model;
using NewsModel.Parsing.Speakers;
using NewsModel.Tests.Robustness;

namespace NewsModel.Tests.Parsing.Speakers;

/// <summary>
/// A misspelt surname finds its speaker through near keys hashed by <see cref="EntityIndex.NearKeyHash"/>: words equal
/// ignoring case must hash alike, or a candidate is missed.
/// </summary>
public sealed class EntityIndexTests
{
    [Fact]
    public void No_character_beyond_ASCII_equals_an_ASCII_character_ignoring_case()
    {
        // The near-key hash counts every character beyond ASCII as one: were one equal to an ASCII character ignoring
        // case, two equal keys could hash apart.
        for (int c = 0x80; c <= 0xFFFF; c++)
        {
            char unit = (char)c;
            for (char a = '\0'; a < '\u0080'; a++)
            {
                if (new ReadOnlySpan<char>(in unit).Equals(new ReadOnlySpan<char>(in a), StringComparison.OrdinalIgnoreCase))
                {
                    Assert.Fail($"U+{c:X4} equals '{a}' ignoring case");
                }
            }
        }
    }

    [Fact]
    public void Near_keys_of_words_equal_ignoring_case_hash_alike()
    {
        var chars = Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['A', 'Z'], Gen.Const('é'), Gen.Const('É'), Gen.Const('ß'), Gen.Const('İ'),
            Gen.Const('\u017F'), Gen.Char);
        Gen.Select(chars.Array[5, 12].Select(a => new string(a)), Gen.Int[-1, 11]).Sample((word, skip) =>
        {
            skip = Math.Min(skip, word.Length - 1);
            foreach (var other in new[] { word.ToUpperInvariant(), word.ToLowerInvariant() })
            {
                if (other.Length == word.Length && other.Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    EntityIndex.NearKeyHash(other, skip).Should().Be(EntityIndex.NearKeyHash(word, skip));
                }
            }
        }, iter: PropertyBudget.Iter(3_000));
    }

    [Fact]
    public void All_near_keys_of_a_word_made_in_one_walk_are_each_key_made_alone()
    {
        var chars = Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['A', 'Z'], Gen.Const('é'), Gen.Char);
        chars.Array[5, 40].Select(a => new string(a)).Sample(word =>
        {
            var keys = EntityIndex.NearKeyHashes(word, new int[41]).ToArray();
            keys.Should().HaveCount(word.Length + 1);
            for (int skip = -1; skip < word.Length; skip++) keys[skip + 1].Should().Be(EntityIndex.NearKeyHash(word, skip), $"skip {skip} of \"{word}\"");
        }, iter: PropertyBudget.Iter(2_000));
    }

    [Fact]
    public void Names_equal_ignoring_case_hash_alike_in_the_name_tables()
    {
        var chars = Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['A', 'Z'], Gen.Const(' '), Gen.Const('-'), Gen.Const('é'), Gen.Const('É'),
            Gen.Const('ß'), Gen.Const('İ'), Gen.Const('\u017F'), Gen.Char);
        chars.Array[0, 24].Select(a => new string(a)).Sample(name =>
        {
            foreach (var other in new[] { name.ToUpperInvariant(), name.ToLowerInvariant() })
            {
                if (other.Equals(name, StringComparison.OrdinalIgnoreCase)) NameTable.Hash(other).Should().Be(NameTable.Hash(name));
            }
        }, iter: PropertyBudget.Iter(3_000));
    }

    [Fact]
    public void Names_written_wholly_beyond_ASCII_spread_over_the_name_tables()
    {
        // Names of one length in Cyrillic or accented letters must not share a hash: the table probes linearly, so
        // thousands of such speakers on one chain made entering each one cost as many compares as were entered.
        const string Letters = "абвгдежзиклмнопрстуфхцчшщэюяéàôüçñèêëïîöâäûù";
        var hashes = new HashSet<int>();
        int names = 0;
        foreach (char a in Letters)
            foreach (char b in Letters)
                foreach (char c in Letters.AsSpan(0, 5))
                {
                    hashes.Add(NameTable.Hash([char.ToUpperInvariant(a), b, c, a, b]));
                    names++;
                }
        hashes.Count.Should().BeGreaterThan(names * 99 / 100, "distinct names beyond ASCII should rarely collide");
    }

    [Fact]
    public void Names_that_differ_only_in_their_last_three_characters_spread_over_the_name_tables()
    {
        // The last characters past a multiple of four are hashed apart from the four-character groups: a tail dropped
        // or misread would give names of one stem one hash.
        foreach (string stem in new[] { "", "K", "Ko", "Kow", "Kowa", "Kowal", "Kowals", "Kowalsk" })
        {
            var hashes = new HashSet<int>();
            int names = 0;
            for (char a = 'a'; a <= 'z'; a++)
            {
                hashes.Add(NameTable.Hash(stem + a));
                for (char b = 'a'; b <= 'z'; b++)
                {
                    hashes.Add(NameTable.Hash(stem + a + b));
                    hashes.Add(NameTable.Hash(stem + a + b + 'y'));
                    names += 2;
                }
                names++;
            }
            hashes.Count.Should().BeGreaterThan(names * 99 / 100, $"names after \"{stem}\" should rarely collide");
        }
    }

    [Fact]
    public void The_name_table_finds_a_key_in_any_case_and_keeps_what_it_was_given()
    {
        var table = new NameTable();
        var first = new SpeakerEntity { Name = "Maria Zakharova", Kind = SpeakerKind.Person };
        var second = new SpeakerEntity { Name = "Sergey Lavrov", Kind = SpeakerKind.Person };
        // Enough keys to make the table grow past its first slots.
        for (int i = 0; i < 100; i++)
        {
            string key = $"Name{i} Zakharova";
            ref var bucket = ref table.GetOrAdd(key, 0, key.Length, NameTable.Hash(key));
            bucket = bucket.With(i % 2 == 0 ? first : second);
        }
        ref var last = ref table.GetOrAdd(first.Name, 6, 9, NameTable.Hash("Zakharova"));
        last = last.With(first);
        table.Find("ZAKHAROVA", NameTable.Hash("ZAKHAROVA")).Count.Should().Be(1);
        table.Find("name7 zakharova", NameTable.Hash("name7 zakharova")).Holds(second).Should().BeTrue();
        table.Find("Name7 Zakharov", NameTable.Hash("Name7 Zakharov")).Count.Should().Be(0);
        table.Clear();
        table.Find("Zakharova", NameTable.Hash("Zakharova")).Count.Should().Be(0);
    }

    [Fact]
    public void A_cleared_name_table_holds_no_key_and_gives_each_key_added_again_an_empty_bucket()
    {
        var table = new NameTable();
        var entity = new SpeakerEntity { Name = "Maria Zakharova", Kind = SpeakerKind.Person };
        var keys = Enumerable.Range(0, 100).Select(i => $"Name{i} Zakharova").ToArray();
        for (int round = 0; round < 3; round++)
        {
            foreach (var key in keys.Take(round == 1 ? 5 : keys.Length))
            {
                ref var bucket = ref table.GetOrAdd(key, 0, key.Length, NameTable.Hash(key));
                // Each key comes new after a clear: a bucket kept from before the clear would hold the entity already.
                bucket.Count.Should().Be(0);
                bucket = bucket.With(entity);
            }
            table.Clear();
            // A second clear finds the table empty.
            table.Clear();
            keys.Should().OnlyContain(key => table.Find(key, NameTable.Hash(key)).Count == 0);
        }
    }

    [Fact]
    public void A_surname_entered_before_a_rename_is_found_near_as_it_was_and_the_speakers_come_in_order()
    {
        // A speaker's near keys are entered when a search first needs them: under the name each had when indexed.
        var index = new EntityIndex();
        var renamed = new SpeakerEntity { Name = "Jan Kowalski", Kind = SpeakerKind.Person, Spoke = true };
        var other = new SpeakerEntity { Name = "Ewa Kowalsky", Kind = SpeakerKind.Person, Spoke = true };
        var silent = new SpeakerEntity { Name = "Olaf Kowalske", Kind = SpeakerKind.Person };
        index.Add(renamed);
        index.Add(silent);
        index.Add(other);
        renamed.Name = "Jan Nowakowski";
        index.Index(renamed);
        Near(index, "Kowalskj").Should().Equal(renamed, other);
        Near(index, "Nowakowsky").Should().Equal(renamed);
        var late = new SpeakerEntity { Name = "Ida Kowalsko", Kind = SpeakerKind.Person, Spoke = true };
        index.Add(late);
        Near(index, "Kowalskj").Should().Equal(renamed, other, late);
        index.Release();
        Near(index, "Kowalskj").Should().BeEmpty();

        static List<SpeakerEntity> Near(EntityIndex index, string word)
        {
            var found = new List<SpeakerEntity>();
            index.PeopleEndingNear(word, ref found, static (e, ref list) =>
            {
                if (!list.Contains(e)) list.Add(e);
            });
            return found;
        }
    }

    [Fact]
    public void Bodies_are_found_by_head_noun_in_the_order_they_were_entered_whether_a_search_came_between_or_not()
    {
        // A body's keys wait until the first search by head noun enters them, in the order they came.
        var index = new EntityIndex();
        var world = new SpeakerEntity { Name = "World Bank", Kind = SpeakerKind.Organization };
        var person = new SpeakerEntity { Name = "Anna Bank", Kind = SpeakerKind.Person };
        var central = new SpeakerEntity { Name = "Central Bank", Kind = SpeakerKind.Organization };
        var renamed = new SpeakerEntity { Name = "Acme", Kind = SpeakerKind.Organization };
        index.Add(world);
        index.Add(person);
        Headed(index, "bank").Should().Equal(world);
        index.Add(central);
        index.Add(renamed);
        renamed.Name = "Acme Bank";
        index.Index(renamed);
        Headed(index, "BANK").Should().Equal(world, central, renamed);
        Headed(index, "Acme").Should().Equal(renamed);
        // A body still waiting when the parse ends is not entered in the next one.
        index.Add(new SpeakerEntity { Name = "Grameen Bank", Kind = SpeakerKind.Organization });
        index.Release();
        index.Add(new SpeakerEntity { Name = "Bank", Kind = SpeakerKind.Person });
        Headed(index, "Bank").Should().BeEmpty();

        static List<SpeakerEntity> Headed(EntityIndex index, string noun)
        {
            var found = new List<SpeakerEntity>();
            foreach (var e in index.BodiesHeadedBy(noun)) found.Add(e);
            return found;
        }
    }

    [Fact]
    public void A_search_hands_on_the_same_speakers_whether_few_surnames_wait_or_many_are_entered()
    {
        // Up to 16 waiting surnames are handed on by length, without near keys; past that they are entered and probed.
        var index = new EntityIndex();
        var first = new SpeakerEntity { Name = "Jan Kowalski", Kind = SpeakerKind.Person, Spoke = true };
        var second = new SpeakerEntity { Name = "Ewa KOWALSKY", Kind = SpeakerKind.Person, Spoke = true };
        index.Add(first);
        index.Add(new SpeakerEntity { Name = "Ola Kowalskiewicz", Kind = SpeakerKind.Person, Spoke = true });
        index.Add(second);
        var few = Near(index, "Kowalskj");
        for (int i = 0; i < 20; i++) index.Add(new SpeakerEntity { Name = $"Ada Filler{i:D2}x", Kind = SpeakerKind.Person, Spoke = true });
        var many = Near(index, "Kowalskj");

        few.Should().Equal(first, second);
        many.Should().Equal(few);
        Near(index, "Filler07x").Should().Contain(index.All[10]);

        static List<SpeakerEntity> Near(EntityIndex index, string word)
        {
            var found = new List<SpeakerEntity>();
            index.PeopleEndingNear(word, ref found, static (e, ref list) =>
            {
                if (!list.Contains(e)) list.Add(e);
            });
            return found;
        }
    }

    [Theory]
    [InlineData("Kowalski", "Kowalsky")]
    [InlineData("Kowalski", "Kowalki")]
    [InlineData("Kowalski", "KOWALSKII")]
    [InlineData("Müller", "MÜLLER")]
    public void A_surname_within_one_letter_finds_the_speaker_of_the_other(string spoken, string written)
    {
        var index = new EntityIndex();
        var speaker = new SpeakerEntity { Name = "Jan " + spoken, Kind = SpeakerKind.Person, Spoke = true };
        index.Add(speaker);
        var found = new List<SpeakerEntity>();
        index.PeopleEndingNear(written, ref found, static (e, ref list) => list.Add(e));
        found.Should().Contain(speaker);
    }
}
