using System.Globalization;
using Switchboard.Domain.Routing;
using Switchboard.Domain.Routing.Vocabulary;

namespace Switchboard.Domain.Tests.Routing;

/// <summary>
/// The lexicon of translations: a request written in one language or form reaches a profile written in another ("lipstick" for
/// "rouges à lèvres", "compromis d'avarie" for "Average bonds") when the directory does not use the request's own form. On a made-up
/// cosmetics and shipping group, with a lexicon given as an administrator's extension file would give it.
/// </summary>
public sealed class TranslationRulesTests
{
    /// <summary>Tuesday 9 March 2027, 10:00 in Paris.</summary>
    private static readonly DateTimeOffset Tuesday10 = DateTimeOffset.Parse("2027-03-09T10:00:00+01:00", CultureInfo.InvariantCulture);

    private static readonly RequestRouter Router = new();

    private static readonly VocabularyDocument Lexicon = new()
    {
        Translations =
        [
            ["rouge à lèvres", "lipstick"],
            ["compromis d'avarie", "average bond"],
            ["chêne", "oak"],
        ],
    };

    /// <summary>Made-up Groupe Vermeil: each expert's field is written in one language, and a colleague shares a request's other word.</summary>
    private static TestTenant Company(bool englishLipstick = false) => new TestTenant()
        .Person("req", "Paul Lemaire")
        .Person("p-lip", "Aurélie Comte", skills: [englishLipstick ? "Lipstick formulation:expert" : "Formulation des rouges à lèvres:expert"])
        .Person("p-shelf", "Marc Huber", skills: ["Shelf life testing:expert"])
        .Person("p-ga", "Helen Marsh", language: "en-GB", skills: ["Average bonds:expert"])
        .Person("p-bank", "Sophie Laurent", skills: ["Garanties bancaires:expert"])
        .Person("p-oak", "Damien Roux", responsibilities: ["Élevage en fûts de chêne"]);

    [Theory]
    [InlineData("Our new lipstick shade is sweating on the shelf, who can help?", "p-lip")]
    [InlineData("Il faut faire signer un compromis d'avarie aux réceptionnaires du navire, quelles garanties demander ?", "p-ga")]
    [InlineData("A journalist asks how long we keep the wine in new oak", "p-oak")]
    public void Route_RequestInAnotherLanguageThanTheProfile_ReachesItThroughTheLexicon(string text, string expected)
    {
        var answer = Route(Company(), text, withLexicon: true);

        Assert.Equal(expected, answer.Targets[0].Id);
    }

    [Theory]
    [InlineData("Our new lipstick shade is sweating on the shelf, who can help?", "p-lip")]
    [InlineData("Il faut faire signer un compromis d'avarie aux réceptionnaires du navire, quelles garanties demander ?", "p-ga")]
    [InlineData("A journalist asks how long we keep the wine in new oak", "p-oak")]
    public void Route_WithoutTheLexicon_MissesTheExpert(string text, string expert)
    {
        // The same requests without the lexicon: what it adds is what makes the difference above.
        var answer = Route(Company(), text, withLexicon: false);

        Assert.True(answer.Targets.Count == 0 || answer.Targets[0].Id != expert, $"{expert} was found without the lexicon");
    }

    [Fact]
    public void Analyze_FormTheDirectoryUses_IsNotTranslated()
    {
        // "lipstick" is the directory's own word here: nothing is added, so no French form dilutes the request.
        var index = RoutingIndex.Build(Company(englishLipstick: true).Snapshot(), TopicVocabulary.BuiltInWith(Lexicon), new RoutingOptions());

        var understanding = RequestUnderstanding.Analyze("lipstick sweating", index);

        Assert.DoesNotContain("levr", understanding.Stems);
        Assert.Contains("lipstick", understanding.Stems);
    }

    [Fact]
    public void Analyze_FormTheDirectoryDoesNotUse_AddsTheDirectorysForm()
    {
        var index = RoutingIndex.Build(Company().Snapshot(), TopicVocabulary.BuiltInWith(Lexicon), new RoutingOptions());

        var understanding = RequestUnderstanding.Analyze("lipstick sweating", index);

        Assert.Contains("levr", understanding.Stems);
        Assert.Contains("levr", understanding.CorrectedStems);
    }

    private static RoutingAnswer Route(TestTenant tenant, string text, bool withLexicon)
    {
        var vocabulary = withLexicon ? TopicVocabulary.BuiltInWith(Lexicon) : TestTenant.Vocabulary;
        var index = RoutingIndex.Build(tenant.Snapshot(), vocabulary, new RoutingOptions());
        return Router.Route(new RoutingRequest("req", text, Urgency.Normal, Impact.Individual, Tuesday10), index, tenant.Workload());
    }
}
