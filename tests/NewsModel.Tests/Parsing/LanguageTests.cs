using FluentAssertions;
using NewsModel.Parsing;
using NewsModel.Parsing.Text;

namespace NewsModel.Tests.Parsing;

/// <summary>The parser reads English; a text in another language gets diagnostic NM0005 instead of silence, and English copy never does.</summary>
public sealed class LanguageTests
{
    private const string Russian =
        "Лавров заявил о готовности к переговорам\n\n" +
        "МОСКВА, 27 сентября. Министр иностранных дел России Сергей Лавров заявил в пятницу, что Москва готова " +
        "продолжить консультации по договору о всеобъемлющем запрещении ядерных испытаний. По его словам, " +
        "российская сторона ожидает от партнеров ответа на свои предложения до конца года. \"Мы открыты для диалога, " +
        "но не будем действовать в одностороннем порядке\", - подчеркнул министр на пресс-конференции.";

    private const string German =
        "Regierung will Gespräche über Abrüstung fortsetzen\n\n" +
        "BERLIN, 27. September. Die Bundesregierung will die Gespräche über den Vertrag zum Verbot von Atomtests " +
        "fortsetzen, sagte ein Sprecher des Auswärtigen Amtes am Freitag. Man sei mit den Partnern in engem Kontakt " +
        "und erwarte bis zum Ende des Jahres eine Antwort auf die Vorschläge. \"Wir sind offen für den Dialog, aber " +
        "wir werden nicht allein handeln\", sagte der Minister auf einer Pressekonferenz in der Hauptstadt.";

    private const string French =
        "Le gouvernement veut reprendre les discussions sur le désarmement\n\n" +
        "PARIS, 27 septembre. Le gouvernement français souhaite reprendre les discussions sur le traité " +
        "d'interdiction des essais nucléaires, a déclaré vendredi un porte-parole du ministère des Affaires étrangères. " +
        "La France est en contact étroit avec ses partenaires et attend une réponse à ses propositions avant la fin " +
        "de l'année. \"Nous sommes ouverts au dialogue, mais nous n'agirons pas seuls\", a souligné le ministre.";

    public static TheoryData<string, string> OtherLanguages() => new() { { "Russian", Russian }, { "German", German }, { "French", French } };

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void A_text_in_another_language_gets_the_not_english_diagnostic(string language, string text)
    {
        var article = TestData.Parser.Parse(text);
        article.Diagnostics.AsSpan().ToArray().Should().ContainSingle(d => d.Code == DiagnosticCodes.NotEnglish, language)
            .Which.Message.Should().Be(DiagnosticCodes.NotEnglishMessage);
    }

    [Fact]
    public void The_seed_and_short_or_wordless_texts_do_not_get_it()
    {
        string[] texts =
        [
            TestData.Seed,
            "Der Spiegel reports.",
            "Shr 1.20 dlrs vs 95 cts\nNet 12.4 mln vs 9.8 mln\nRevs 140.2 mln vs 121.9 mln\nNine mths\nShr 3.10 dlrs vs 2.85 dlrs\nNet 31.9 mln vs 29.4 mln\nRevs 401.8 mln vs 380.1 mln\nNOTE: qtr 1986 net includes gain of 1.1 mln dlrs",
            "12 34 56 78 -- ** ## 90",
        ];
        foreach (var text in texts)
        {
            TestData.Parser.Parse(text).Diagnostics.AsSpan().ToArray().Should().NotContain(d => d.Code == DiagnosticCodes.NotEnglish, text);
        }
    }

    [Fact]
    public void English_copy_quoting_names_and_phrases_of_other_languages_does_not_get_it()
    {
        const string text =
            "PARIS, May 3 (Reuters) - Marine Le Pen said on Tuesday that the Front National would not join a coalition with " +
            "Les Républicains, and the leader of La France Insoumise told reporters in the Place de la République that " +
            "\"la lutte continue\". Officials from the Élysée said the president would meet Angela Merkel and Pedro " +
            "Sánchez in Brussels, where the Commission has proposed a new budget for the European Union.";
        TestData.Parser.Parse(text).Diagnostics.AsSpan().ToArray().Should().NotContain(d => d.Code == DiagnosticCodes.NotEnglish);
    }

    [Fact]
    public void No_english_article_of_the_shared_corpus_looks_not_english()
    {
        var corpus = TestData.CorpusDirectory;
        Assert.SkipWhen(corpus is null, "../shared/corpus is not present in this checkout");
        var flagged = new List<string>();
        int count = 0;
        foreach (var dir in new[] { "dev", "pages", "polnear", "bulk" })
        {
            var path = Path.Combine(corpus!, dir);
            if (!Directory.Exists(path)) continue;
            foreach (var file in Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories))
            {
                count++;
                if (EnglishScreen.LooksNotEnglish(File.ReadAllText(file))) flagged.Add(file);
            }
        }
        count.Should().BeGreaterThan(1000);
        flagged.Should().BeEmpty();
    }
}
