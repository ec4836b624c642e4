using System.Text.Json.Nodes;
using Switchboard.Cards.Actions;

namespace Switchboard.Cards.Tests;

/// <summary>The contract every card keeps, whatever it shows.</summary>
public sealed class CardEnvelopeTests
{
    public static TheoryData<string, string> CardsAndLanguages() => CardGoldenTests.CardsAndLanguages();

    [Theory]
    [MemberData(nameof(CardsAndLanguages))]
    public void Build_Any_DeclaresVersionOneFiveAndTheSchema(string card, string language)
    {
        var built = Samples.Cards[card](Samples.Context(language));

        Assert.Equal("AdaptiveCard", (string?)built["type"]);
        Assert.Equal("1.5", (string?)built["version"]);
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", (string?)built["$schema"]);
    }

    [Theory]
    [MemberData(nameof(CardsAndLanguages))]
    public void Build_Any_EveryExecuteCarriesItsVerbRequestAndVersionAndFallsBackToSubmitWithTheSameData(string card, string language)
    {
        var built = Samples.Cards[card](Samples.Context(language));

        foreach (var action in CardJson.OfType(built, "Action.Execute"))
        {
            var data = action["data"]!.AsObject();
            Assert.Equal((string?)action["verb"], (string?)data[CardFields.Verb]);
            Assert.NotNull(data[CardFields.Version]);
            if ((string?)action["verb"] != CardVerbs.SaveExpertSettings)
            {
                Assert.NotNull(data[CardFields.RequestId]);
            }

            var fallback = action["fallback"]!.AsObject();
            Assert.Equal("Action.Submit", (string?)fallback["type"]);
            Assert.Equal((string?)action["title"], (string?)fallback["title"]);
            Assert.True(JsonNode.DeepEquals(data, fallback["data"]));
        }

        Assert.DoesNotContain(CardJson.Objects(built), entry => entry.Key != "fallback" && (string?)entry.Node["type"] == "Action.Submit");
    }

    [Theory]
    [MemberData(nameof(CardsAndLanguages))]
    public void Build_Any_ChoiceSetsAreCompact(string card, string language)
    {
        var built = Samples.Cards[card](Samples.Context(language));

        Assert.All(CardJson.OfType(built, "Input.ChoiceSet"), choiceSet => Assert.Equal("compact", (string?)choiceSet["style"]));
    }

    [Fact]
    public void CardsAssembly_ReferencesNoBotFrameworkNorNewtonsoft()
    {
        // Plain JSON is the point: the cards must stay testable and portable off the Bot Framework.
        var references = typeof(AdaptiveCard).Assembly.GetReferencedAssemblies().Select(name => name.Name ?? string.Empty);

        Assert.DoesNotContain(references, name =>
            name.StartsWith("Microsoft.Bot", StringComparison.Ordinal)
            || name.StartsWith("Newtonsoft", StringComparison.Ordinal)
            || name.StartsWith("AdaptiveCards", StringComparison.Ordinal));
    }
}
