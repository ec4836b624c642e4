using System.Text.Json;
using System.Text.Json.Nodes;
using Switchboard.Cards.Actions;

namespace Switchboard.Cards.Tests;

/// <summary>
/// Every action a card emits, clicked the way Teams would send it (inputs merged into the data as strings), parses
/// back into the typed action its verb stands for, in both the Action.Execute and the Action.Submit shape.
/// </summary>
public sealed class RoundTripTests
{
    private static readonly Dictionary<string, Type> ActionTypes = new()
    {
        [CardVerbs.SubmitQualification] = typeof(SubmitQualification),
        [CardVerbs.ConfirmTarget] = typeof(ConfirmTarget),
        [CardVerbs.EditQualification] = typeof(EditQualification),
        [CardVerbs.Withdraw] = typeof(Withdraw),
        [CardVerbs.AddDetails] = typeof(AddDetails),
        [CardVerbs.Resolve] = typeof(Resolve),
        [CardVerbs.Rate] = typeof(Rate),
        [CardVerbs.AcceptOffer] = typeof(AcceptOffer),
        [CardVerbs.DeclineOffer] = typeof(DeclineOffer),
        [CardVerbs.Redirect] = typeof(Redirect),
        [CardVerbs.AskDetails] = typeof(AskDetails),
        [CardVerbs.DowngradeUrgency] = typeof(DowngradeUrgency),
        [CardVerbs.Claim] = typeof(Claim),
        [CardVerbs.SaveExpertSettings] = typeof(SaveExpertSettings),
    };

    public static TheoryData<string> Cards() => new(Samples.Cards.Keys);

    [Theory]
    [MemberData(nameof(Cards))]
    public void EveryAction_ClickedWithItsInputs_ParsesBackInBothShapes(string card)
    {
        var built = Samples.Cards[card](Samples.English);
        var inputs = FilledInputs(built);

        foreach (var execute in CardJson.OfType(built, "Action.Execute"))
        {
            var verb = (string)execute["verb"]!;
            var data = Merge(execute["data"]!.AsObject(), inputs);
            var submitData = Merge(execute["fallback"]!["data"]!.AsObject(), inputs);
            var invoke = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
                ["trigger"] = "manual",
            };

            var fromExecute = CardActionParser.ParseExecute(invoke.ToJsonString());
            var fromSubmit = CardActionParser.ParseSubmit(submitData.ToJsonString());

            Assert.True(fromExecute.IsValid, $"{card} {verb}: {fromExecute.Error}");
            Assert.True(fromSubmit.IsValid, $"{card} {verb}: {fromSubmit.Error}");
            Assert.IsType(ActionTypes[verb], fromExecute.Action);
            Assert.Equal(verb, fromExecute.Action.Verb);
            Assert.Equivalent(fromExecute.Action, fromSubmit.Action, strict: true);
            if (fromExecute.Action is RequestCardAction request)
            {
                Assert.Equal((string)execute["data"]![CardFields.RequestId]!, request.RequestId);
                Assert.Equal((int)execute["data"]![CardFields.Version]!, request.Version);
            }
        }
    }

    [Fact]
    public void SampleCards_TogetherEmitEveryVerb()
    {
        var emitted = Samples.Cards.Values
            .SelectMany(build => CardJson.OfType(build(Samples.English), "Action.Execute"))
            .Select(action => (string)action["verb"]!)
            .ToHashSet();

        Assert.Equal(CardVerbs.All.Order(), emitted.Order());
        Assert.Equal(CardVerbs.All.Order(), ActionTypes.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void Inputs_NeverShadowTheFieldsTheCardWrites(string card)
    {
        var built = Samples.Cards[card](Samples.English);
        string[] written = [CardFields.Verb, CardFields.RequestId, CardFields.Version, CardFields.TargetIndex];

        var ids = CardJson.Objects(built).Select(entry => entry.Node)
            .Where(node => ((string?)node["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true)
            .Select(node => (string)node["id"]!)
            .ToArray();

        Assert.DoesNotContain(ids, written.Contains);
        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public void ConfirmTarget_EachProposalButton_CarriesItsOwnTargetIndex()
    {
        var built = Samples.Cards["proposal"](Samples.English);

        var indexes = CardJson.OfType(built, "Action.Execute")
            .Where(action => (string)action["verb"]! == CardVerbs.ConfirmTarget)
            .Select(action => CardActionParser.Parse(CardVerbs.ConfirmTarget, JsonDocument.Parse(action["data"]!.ToJsonString()).RootElement))
            .Select(result => ((ConfirmTarget)result.Action!).TargetIndex);

        // The proposed target and the two alternatives shown; the third alternative of the sample is cut.
        Assert.Equal([0, 1, 2], indexes);
    }

    /// <summary>What Teams sends for each input: its value if the card set one, or what a person would pick, always as a string.</summary>
    private static Dictionary<string, string> FilledInputs(JsonNode card)
    {
        var values = new Dictionary<string, string>();
        foreach (var (_, node) in CardJson.Objects(card))
        {
            var type = (string?)node["type"];
            if (type is null || !type.StartsWith("Input.", StringComparison.Ordinal))
            {
                continue;
            }

            var id = (string)node["id"]!;
            values[id] = node["value"] is { } value
                ? value.ToString()
                : type switch
                {
                    "Input.ChoiceSet" => (string)node["choices"]![0]!["value"]!,
                    "Input.Date" => "2026-12-01",
                    "Input.Time" => "09:30",
                    "Input.Number" => "3",
                    _ => "Typed by a person",
                };
        }

        return values;
    }

    private static JsonObject Merge(JsonObject data, Dictionary<string, string> inputs)
    {
        var merged = data.DeepClone().AsObject();
        foreach (var (id, value) in inputs)
        {
            merged[id] = value;
        }

        return merged;
    }
}
