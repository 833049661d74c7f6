using FluentAssertions;
using NewsModel.Model;
using NewsModel.Parsing.Pipeline;

namespace NewsModel.Tests.Parsing.Pipeline;

/// <summary>A thread's parses fill the same lists one parse at a time, each emptied before the next takes it.</summary>
public sealed class ParseListsTests
{
    [Fact]
    public void Returned_lists_are_given_again_empty_and_a_parse_inside_another_has_its_own()
    {
        RunOnNewThread(() =>
        {
            var lists = ParseLists.Rent();
            lists.Diagnostics.Add(new Diagnostic { Code = "X", Severity = DiagnosticSeverity.Info, Message = "m" });
            lists.Speakers.Add(new Speaker { Id = "sp1", Name = "Ana Ruiz", Kind = SpeakerKind.Person });
            var inner = ParseLists.Rent();
            inner.Should().NotBeSameAs(lists, "a parse inside another takes lists of its own");
            inner.Return();
            lists.Return();

            var again = ParseLists.Rent();
            again.Should().BeSameAs(lists);
            again.Diagnostics.Should().BeEmpty();
            again.Speakers.Should().BeEmpty();
            ParseLists.Rent().Should().NotBeSameAs(again, "the lists are taken whole");
        });
    }

    [Fact]
    public void Lists_grown_past_the_limit_are_not_kept()
    {
        RunOnNewThread(() =>
        {
            var lists = ParseLists.Rent();
            lists.Removed.Capacity = ParseScratch.MaxKeptCapacity + 1;
            lists.Return();
            ParseLists.Rent().Should().NotBeSameAs(lists);
        });
    }

    [Fact]
    public void Articles_parsed_one_after_another_on_a_thread_keep_their_own_speakers_and_diagnostics()
    {
        RunOnNewThread(() =>
        {
            var first = TestData.Parser.Parse("Talks stall\n\n\"We will not sign,\" said Ana Ruiz.\n");
            var second = TestData.Parser.Parse("\"Rents keep going up,\" he said.\n");
            var again = TestData.Parser.Parse("Talks stall\n\n\"We will not sign,\" said Ana Ruiz.\n");
            first.Speakers.Should().ContainSingle().Which.Name.Should().Be("Ana Ruiz");
            second.Speakers.Should().NotContain(s => s.Name == "Ana Ruiz");
            again.Should().Be(first);
        });
    }

    [Fact]
    public void At_most_twenty_diagnostics_of_one_code_are_kept()
    {
        var ctx = new ParseContext("text", TestData.Parser.Options, new CompiledKnowledge(TestData.Parser.Options.Knowledge));
        for (int i = 0; i < 30; i++) ctx.Report(DiagnosticDescriptors.UnresolvedSpeaker, new TextSpan(0, 1));
        ctx.Report(DiagnosticDescriptors.NoHeadline);
        ctx.Diagnostics.Should().HaveCount(ParseContext.MaxDiagnosticsPerCode + 1);
        ctx.Diagnostics.Count(d => d.Code == DiagnosticDescriptors.UnresolvedSpeaker.Code).Should().Be(ParseContext.MaxDiagnosticsPerCode);
    }

    private static void RunOnNewThread(Action work)
    {
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                work();
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();
        if (failure is not null) throw new InvalidOperationException("the work failed", failure);
    }
}
