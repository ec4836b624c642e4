using System.Text.Json.Nodes;
using Switchboard.Cards.Actions;
using Switchboard.Cards.Building;
using Switchboard.Cards.Resources;
using Switchboard.Cards.Views;

namespace Switchboard.Cards;

/// <summary>
/// A request posted in a team's request channel with a "Take it" action. Once someone takes it, the same post is
/// replaced for everyone by the claimed version, which names who took it and has no action left.
/// </summary>
public static class GroupPostCard
{
    public static JsonObject Build(GroupPostView view, CardContext context)
    {
        var t = new CardTexts(context.Culture);
        var body = new List<JsonObject>
        {
            Elements.Heading(t["Group_Title"]),
            Elements.Runs(Elements.Run(t["Group_For"], subtle: true), Elements.Run(UntrustedText.Clean(view.GroupName, CardLimits.Name), bold: true)),
        };
        body.AddRange(SummaryBlock.Build(view.Request, t, context));

        if (view.Claim is { } claim)
        {
            body.Add(Elements.Emphasis(
                Elements.Container(Elements.Runs(
                    Elements.Run(t.Format("Group_ClaimedBy", UntrustedText.Clean(claim.ClaimedBy, CardLimits.Name), Formats.DateTime(claim.At, context)), bold: true))),
                "good"));
            return AdaptiveCard.Create(body, []);
        }

        return AdaptiveCard.Create(
            body,
            [Buttons.Execute(t["Group_TakeIt"], ActionData.ForRequest(CardVerbs.Claim, view.RequestId, view.Version), "positive")]);
    }
}
