using System.Text.Json.Nodes;
using Switchboard.Cards.Actions;
using Switchboard.Cards.Building;
using Switchboard.Cards.Resources;
using Switchboard.Cards.Views;
using Switchboard.Domain.Routing;

namespace Switchboard.Cards;

/// <summary>
/// A request offered to one expert in their chat with the bot: everything the requester filled in, why this expert,
/// and the four answers (accept, decline with a reason, redirect to a colleague, ask for details).
/// </summary>
public static class OfferCard
{
    public static JsonObject Build(OfferView view, CardContext context)
    {
        var t = new CardTexts(context.Culture);
        var required = t["Common_Required"];

        var body = new List<JsonObject> { Elements.Heading(t["Offer_Title"]) };
        body.AddRange(SummaryBlock.Build(view.Request, t, context));
        if (view.WhyYou.Count > 0)
        {
            body.Add(Elements.Separated(Elements.Text(t["Offer_WhyYou"], bold: true)));
            body.AddRange(view.WhyYou.Take(CardLimits.ReasonsPerTarget).Select(reason =>
                Elements.Spaced(Elements.Runs(Elements.Run("• " + UntrustedText.Clean(ReasonText.Say(reason, t, context), CardLimits.Name))), "None")));
        }

        if (view.AnswerBy is { } answerBy)
        {
            body.Add(Elements.Text(t.Format("Offer_AnswerBy", Formats.DateTime(answerBy, context)), subtle: true));
        }

        ActionData Data(string verb) => ActionData.ForRequest(verb, view.RequestId, view.Version);

        var actions = new List<JsonObject>
        {
            Buttons.Execute(t["Offer_Accept"], Data(CardVerbs.AcceptOffer), "positive"),
            Buttons.ShowCard(
                t["Offer_Decline"],
                [Inputs.Text(CardFields.DeclineReason, t["Offer_DeclineReason"], null, CardLimits.ShortText, multiline: true, requiredMessage: required)],
                Buttons.Execute(t["Offer_Decline"], Data(CardVerbs.DeclineOffer), "destructive")),
        };

        if (view.Colleagues.Count > 0)
        {
            actions.Add(Buttons.ShowCard(
                t["Offer_Redirect"],
                [
                    Inputs.Choices(CardFields.RedirectColleague, t["Offer_RedirectColleague"], ColleagueChoices(view.Colleagues), null, required),
                    Inputs.Text(CardFields.RedirectNote, t["Offer_RedirectNote"], null, CardLimits.ShortText, multiline: true),
                ],
                Buttons.Execute(t["Offer_Redirect"], Data(CardVerbs.Redirect))));
        }

        actions.Add(Buttons.ShowCard(
            t["Offer_AskDetails"],
            [Inputs.Text(CardFields.Question, t["Offer_Question"], null, CardLimits.ShortText, multiline: true, requiredMessage: required)],
            Buttons.Execute(t["Common_Send"], Data(CardVerbs.AskDetails))));

        var lower = Enum.GetValues<Urgency>().Where(urgency => urgency < view.Request.Urgency).ToArray();
        if (view.CanDowngrade && lower.Length > 0)
        {
            // Teams shows at most six actions at the top of a card; the offer uses five at most.
            actions.Add(Buttons.ShowCard(
                t["Offer_Downgrade"],
                [
                    Inputs.Choices(CardFields.NewUrgency, t["Offer_NewUrgency"], t.Choices(lower), WireNames.Of(lower[^1]), required),
                    Inputs.Text(CardFields.DowngradeReason, t["Offer_DowngradeReason"], null, CardLimits.Justification, requiredMessage: required),
                ],
                Buttons.Execute(t["Offer_Downgrade"], Data(CardVerbs.DowngradeUrgency))));
        }

        return AdaptiveCard.Create(body, actions);
    }

    internal static IEnumerable<(string Title, string Value)> ColleagueChoices(IEnumerable<Colleague> colleagues) =>
        colleagues.Take(CardLimits.Choices).Select(colleague => (UntrustedText.Clean(colleague.DisplayName, CardLimits.Name), colleague.Id));
}
