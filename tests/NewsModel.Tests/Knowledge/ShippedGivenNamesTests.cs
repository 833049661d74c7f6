using CsCheck;
using FluentAssertions;
using NewsModel.Knowledge;
using NewsModel.Model;
using NewsModel.Parsing.Lookup;
using NewsModel.Tests.Robustness;

namespace NewsModel.Tests.Knowledge;

/// <summary>The parser's table of given names filled in one walk over the shipped table's text holds what the rows read as.</summary>
public sealed class ShippedGivenNamesTests
{
    // Names of letters in both cases, a character beyond ASCII, another control character and the comment mark; cells
    // that name a gender or not, with spaces; every line break; lines and cells left empty.
    private static readonly Gen<string> Name = Gen.OneOf(Gen.Char['a', 'e'], Gen.Char['A', 'E'], Gen.Const('é'), Gen.Const('\v'), Gen.Const('#'), Gen.Const(' '))
        .Array[0, 11].Select(a => new string(a));
    private static readonly Gen<string> Cell = Gen.OneOf(Gen.Const("m"), Gen.Const("f"), Gen.Const("male"), Gen.Const("female"), Gen.Const(" f "), Gen.Const(""), Gen.Const("x"), Gen.Const("\v"));
    private static readonly Gen<string> Break = Gen.OneOf(Gen.Const("\n"), Gen.Const("\r"), Gen.Const("\r\n"), Gen.Const("\n\n"));
    private static readonly Gen<string> Row = Gen.Select(Name, Gen.Int[0, 3], Cell, Cell, Break).Select((name, cells, gender, more, end) =>
        name + (cells > 0 ? "\t" + gender : "") + (cells > 1 ? "\t" + more : "") + (cells > 2 ? "\t" : "") + end);
    private static readonly Gen<string> Text = Gen.Select(Row.Array[0, 40], Gen.Bool).Select((rows, cut) =>
    {
        var text = string.Concat(rows);
        // The last row without its line break, at times.
        return cut && text.Length > 0 ? text.TrimEnd('\n', '\r') : text;
    });

    [Fact]
    public void The_table_filled_from_the_text_holds_each_row_as_the_rows_read()
    {
        Text.Sample(text =>
        {
            var shipped = new ShippedGivenNames(text);
            var filled = new WordTable<Gender>(shipped.MaxCount, keepKeys: false, keyChars: shipped.Length);
            shipped.FillInto(filled);
            var reference = new Dictionary<string, Gender>(StringComparer.OrdinalIgnoreCase);
            foreach (var row in shipped) reference[row.Name.ToString()] = row.Gender;
            foreach (var (name, gender) in reference)
            {
                foreach (var spelling in new[] { name, name.ToUpperInvariant(), name.ToLowerInvariant() })
                {
                    filled.TryGetValue(spelling, out var found).Should().BeTrue("{0} is a row of {1}", spelling, text);
                    found.Should().Be(reference[spelling], "{0} in {1}", spelling, text);
                }
            }
            foreach (var other in new[] { "ab", "Abc", "é", "#" })
            {
                filled.TryGetValue(other, out _).Should().Be(reference.ContainsKey(other), other);
            }
        }, iter: PropertyBudget.Iter(2_000));
    }

    [Fact]
    public void The_shipped_table_fills_the_same_names_as_its_rows()
    {
        var shipped = KnowledgeBase.Default.ShippedGivenNames!;
        var filled = new WordTable<Gender>(shipped.MaxCount, keepKeys: false, keyChars: shipped.Length);
        shipped.FillInto(filled);
        int rows = 0;
        var last = new Dictionary<string, Gender>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in shipped)
        {
            rows++;
            last[row.Name.ToString()] = row.Gender;
        }
        rows.Should().BeGreaterThan(5000);
        foreach (var (name, gender) in last)
        {
            filled.TryGetValue(name, out var found).Should().BeTrue(name);
            found.Should().Be(gender, name);
        }
    }
}
