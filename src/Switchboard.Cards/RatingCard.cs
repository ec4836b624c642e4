using System.Text.Json.Nodes;
using Switchboard.Cards.Actions;
using Switchboard.Cards.Building;
using Switchboard.Cards.Resources;
using Switchboard.Cards.Views;

namespace Switchboard.Cards;

/// <summary>After resolution: did the request reach the right person, and how fast. The answers feed the routing statistics.</summary>
public static class RatingCard
{
    public static JsonObject Build(RatingView view, CardContext context)
    {
        var t = new CardTexts(context.Culture);
        var body = new List<JsonObject>
        {
            Elements.Heading(t["Rating_Title"]),
            Elements.Field(t["Field_Subject"], view.Subject, CardLimits.Subject),
            Elements.Field(t["Rating_AnsweredBy"], view.ExpertName, CardLimits.Name),
            Elements.Text(t["Rating_Intro"], subtle: true),
        };
        body.AddRange(Inputs(t));
        return AdaptiveCard.Create(body, [SubmitButton(view.RequestId, view.Version, t)]);
    }

    /// <summary>The two questions, shared with the status card's rating section.</summary>
    internal static IEnumerable<JsonObject> Inputs(CardTexts t)
    {
        var required = t["Common_Required"];
        yield return Building.Inputs.Choices(
            CardFields.RightPerson, t["Rating_RightPerson"],
            [(t["Common_Yes"], YesNoChoice.Yes), (t["Common_No"], YesNoChoice.No)], null, required);
        yield return Building.Inputs.Choices(
            CardFields.Speed, t["Rating_Speed"], t.Choices(Enum.GetValues<RatingSpeed>()), null, required);
    }

    internal static JsonObject SubmitButton(string requestId, int version, CardTexts t) =>
        Buttons.Execute(t["Rating_Submit"], ActionData.ForRequest(CardVerbs.Rate, requestId, version), "positive");
}
