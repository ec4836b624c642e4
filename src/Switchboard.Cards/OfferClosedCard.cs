using System.Text.Json.Nodes;
using Switchboard.Cards.Building;
using Switchboard.Cards.Resources;
using Switchboard.Cards.Views;

namespace Switchboard.Cards;

/// <summary>
/// What an expert's offer card becomes when the request is no longer theirs to answer (withdrawn, declined,
/// redirected, passed on after its time, taken by someone else): it says so and offers no action, so nobody answers a
/// request that moved on. An action from an older copy of the card is still refused by the conversation.
/// </summary>
public static class OfferClosedCard
{
    public static JsonObject Build(OfferClosedView view, CardContext context)
    {
        var t = new CardTexts(context.Culture);
        var requester = UntrustedText.Clean(view.RequesterName, CardLimits.Name);
        var other = UntrustedText.Clean(view.Other, CardLimits.Name);
        JsonObject[] body =
        [
            Elements.Heading(t["OfferClosed_Title"]),
            Elements.Field(t["Field_Subject"], view.Subject, CardLimits.Subject),

            // Runs, not a TextBlock: the names are people's text.
            Elements.Runs(Elements.Run(t.Format($"OfferClosed_{view.Reason}", requester, other))),
            Elements.Text(t["OfferClosed_NothingToDo"], subtle: true),
        ];
        return AdaptiveCard.Create(body, []);
    }
}
