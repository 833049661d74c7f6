using CsCheck;
using FluentAssertions;
using NewsModel.Knowledge;
using NewsModel.Parsing.Layout;
using NewsModel.Tests.Robustness;

namespace NewsModel.Tests.Parsing.Layout;

/// <summary>
/// The layout's quick tests of a line rule out only what the full tests would: the boilerplate entries by their first
/// four characters (<see cref="LayoutKnowledge.HeadOf"/>), and the headline test's character loop
/// (<c>LayoutStage.HasNoInnerBreak</c>).
/// </summary>
public sealed class LineFilterTests
{
    private static readonly string[] Prefixes = [.. KnowledgeBase.Default.Boilerplate.Select(e => e.Prefix)];

    private static void HeadLetsThroughWhatStartsWith(string text, string prefix)
    {
        if (!text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return;
        LayoutKnowledge.HeadOf(prefix).MayStart(LayoutKnowledge.HeadOf(text)).Should().BeTrue("\"{0}\" starts with \"{1}\" ignoring case", text, prefix);
    }

    [Fact]
    public void A_head_lets_through_every_line_that_starts_with_a_boilerplate_prefix()
    {
        // Each prefix in any mix of cases, cut or followed by anything, beside characters beyond ASCII that equal or resemble ASCII ones.
        var prefix = Gen.Int[0, Prefixes.Length - 1].Select(i => Prefixes[i]);
        var cased = Gen.Select(prefix, Gen.Bool.Array[64], (p, upper) => new string([.. p.Select((c, i) => upper[i % 64] ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c))]));
        var tail = Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['A', 'Z'], Gen.Const(' '), Gen.Const('\u00A9'), Gen.Const('\u2019'), Gen.Const('\u212A'), Gen.Const('\u0131'), Gen.Char).Array[0, 6];
        Gen.Select(prefix, cased, tail, (p, c, t) => (Text: c + new string(t), Prefix: p)).Sample(x =>
        {
            foreach (var p in Prefixes) HeadLetsThroughWhatStartsWith(x.Text, p);
            HeadLetsThroughWhatStartsWith(x.Text[..Math.Min(x.Text.Length, 3)], x.Prefix);
        }, iter: PropertyBudget.Iter(5_000));
    }

    /// <summary>
    /// <see cref="LayoutKnowledge.MayStartAgencyForm"/> rules out a line's first two characters only when no form its
    /// first letter indexes has a second letter they may equal (the forms' own test, asked one by one).
    /// </summary>
    [Fact]
    public void A_line_is_ruled_out_of_the_agency_forms_only_when_no_form_may_start_with_its_first_two_letters()
    {
        var layout = new LayoutKnowledge(KnowledgeBase.Default);
        int ruledOut = 0;
        for (char upper = 'A'; upper <= 'Z'; upper++)
        {
            var forms = layout.AgencyFormsStartingWith(upper).ToArray();
            for (int c = 0; c < 0x300; c++)
            {
                char second = (char)c;
                bool any = forms.Any(f => (f.Form[1] | second) >= 0x80 || (f.Form[1] | 0x20) == (second | 0x20));
                layout.MayStartAgencyForm(upper, second).Should().Be(any || c >= 0x80 || AliasesAFormsLetter(forms, second), "{0}{1}", upper, second);
                if (!any) ruledOut++;
            }
        }
        ruledOut.Should().BeGreaterThan(0);
        layout.MayStartAgencyForm('R', 'e').Should().BeTrue("Reuters");
        layout.MayStartAgencyForm('R', 'x').Should().BeFalse();
    }

    /// <summary>
    /// <see cref="LayoutKnowledge.MayStartBoilerplate"/> rules out a text's first two characters only when no boilerplate
    /// prefix starts with them ignoring case (the comparison <c>BoilerplateAt</c> makes), for every pair of characters up
    /// to U+02FF (beyond ASCII: U+0131 and U+017F equal ASCII letters ignoring case); and it does rule out prose.
    /// </summary>
    [Fact]
    public void A_text_is_ruled_out_of_the_boilerplate_prefixes_only_when_none_starts_with_its_first_two_characters()
    {
        var layout = new LayoutKnowledge(KnowledgeBase.Default);
        var pair = new char[2];
        for (int a = 0; a < 0x300; a++)
        {
            for (int b = 0; b < 0x300; b++)
            {
                if (layout.MayStartBoilerplate((char)a, (char)b)) continue;
                pair[0] = (char)a;
                pair[1] = (char)b;
                foreach (var prefix in Prefixes)
                {
                    var start = prefix.AsSpan(0, Math.Min(2, prefix.Length));
                    pair.AsSpan(0, start.Length).Equals(start, StringComparison.OrdinalIgnoreCase).Should().BeFalse("\"{0}\" may start with \"{1}\"", new string(pair), prefix);
                }
            }
        }
        layout.MayStartBoilerplate('T', 'h').Should().BeTrue("This entry was posted in");
        layout.MayStartBoilerplate('I', 'n').Should().BeFalse();
        layout.MayStartBoilerplate('H', 'e').Should().BeFalse();
    }

    // The mask keys a second letter by its low six bits with the case bit set: a mark such as '!' shares 'a''s key.
    private static bool AliasesAFormsLetter(AgencyForm[] forms, char second) =>
        forms.Any(f => ((f.Form[1] | 0x20) & 63) == ((second | 0x20) & 63));

    [Fact]
    public void A_line_starting_beyond_ascii_is_offered_every_entry_whose_first_character_it_equals_ignoring_case()
    {
        // Every character beyond ASCII (letters take all the entries; the rest only a few: each must still be
        // offered every entry its first character equals, as StartsWith ignoring case compares them).
        var layout = new LayoutKnowledge(KnowledgeBase.Default);
        var entries = KnowledgeBase.Default.Boilerplate.Where(e => !e.AtEnd).ToArray();
        for (int c = 0x80; c <= 0xFFFF; c++)
        {
            char first = (char)c;
            var offered = layout.BoilerplateFor(first).Entries;
            foreach (var entry in entries)
            {
                bool may = entry.Prefix.Length == 0
                    || new ReadOnlySpan<char>(in first).Equals(entry.Prefix.AsSpan(0, 1), StringComparison.OrdinalIgnoreCase);
                if (may) offered.Should().Contain(entry, "U+{0:X4} may start \"{1}\"", c, entry.Prefix);
            }
        }
        // A quotation mark or dash is offered only the entries of an empty prefix or one starting beyond ASCII ("\u00A9").
        layout.BoilerplateFor('\u201C').Entries.Should().OnlyContain(e => e.Prefix.Length == 0 || e.Prefix[0] >= 0x80);
        layout.BoilerplateFor('\u00A9').Entries.Should().Contain(e => e.Prefix == "\u00A9");
        layout.BoilerplateFor('\u0131').Entries.Should().HaveCount(entries.Length);
    }

    [Theory]
    [InlineData("The minister said", "This entry was posted in")]
    [InlineData("Readers wrote in", "Related:")]
    [InlineData("Shoppers queued", "Share")]
    public void A_head_rules_out_a_line_whose_first_four_letters_differ(string text, string prefix) =>
        LayoutKnowledge.HeadOf(prefix).MayStart(LayoutKnowledge.HeadOf(text)).Should().BeFalse();

    // What the headline test's loop reacts to, inside the line's first and last characters: a sentence end (unless a
    // period is allowed), or a lower-case letter before a capital; a character beyond ASCII may be either, but for a
    // general punctuation mark (U+2010 to U+2027: curly quotes, dashes), which is no space, letter or sentence end.
    private static bool LoopMayReact(string text, bool allowPeriod)
    {
        static bool Other(char c) => c >= '\u0080' && c is not (>= '\u2010' and <= '\u2027');
        for (int i = 1; i < text.Length - 1; i++)
        {
            char c = text[i], next = text[i + 1];
            if (Other(c) || Other(next)) return true;
            if (!allowPeriod && c is '?' or '!' or '.') return true;
            if (char.IsAsciiLetterLower(c) && char.IsAsciiLetterUpper(next)) return true;
        }
        return false;
    }

    [Fact]
    public void The_headline_loop_is_skipped_only_where_it_would_find_nothing()
    {
        var units = Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['A', 'Z'], Gen.Const(' '), Gen.Const('.'), Gen.Const('?'), Gen.Const('!'),
            Gen.Const(','), Gen.Const('\u00E9'), Gen.Const('\u201C'), Gen.Char['\u007E', '\u0081'], Gen.Char['\u200E', '\u2029'], Gen.Char['\u2010', '\u2027']);
        Gen.Select(units.Array[0, 40], Gen.Bool).Sample(x =>
        {
            var text = new string(x.Item1);
            if (LayoutStage.HasNoInnerBreak(text, x.Item2)) LoopMayReact(text, x.Item2).Should().BeFalse("for \"{0}\"", text);
        }, iter: PropertyBudget.Iter(20_000));
    }

    [Theory]
    [InlineData("Labour plans maternity pay rise", false, true)]
    [InlineData("Virginian could make history. Again.", true, true)]
    [InlineData("Virginian could make history. Again.", false, false)]
    [InlineData("FinancialGovernment SolutionsLegal", false, false)]
    [InlineData("Short line", false, true)]
    [InlineData("Le caf\u00E9 de la gare, a review", false, false)]
    [InlineData("Ministers \u201Cagree\u201D to talks \u2014 again", false, true)]
    [InlineData("Ministers\u2028agree to talks", false, false)]
    public void The_headline_loop_is_skipped_for_a_plain_title(string text, bool allowPeriod, bool skipped) =>
        LayoutStage.HasNoInnerBreak(text, allowPeriod).Should().Be(skipped);
}
