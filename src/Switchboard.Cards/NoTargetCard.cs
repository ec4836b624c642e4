using System.Text.Json.Nodes;
using Switchboard.Cards.Actions;
using Switchboard.Cards.Building;
using Switchboard.Cards.Resources;
using Switchboard.Cards.Views;

namespace Switchboard.Cards;

/// <summary>
/// The requester's card when routing found nobody: nothing was sent, what is missing, and what to do about it, with
/// the way back to the form and the way out.
/// </summary>
public static class NoTargetCard
{
    public static JsonObject Build(NoTargetView view, CardContext context)
    {
        var t = new CardTexts(context.Culture);
        var body = new List<JsonObject>
        {
            Elements.Heading(t["NoTarget_Title"]),
            Elements.Field(t["Field_Subject"], view.Subject, CardLimits.Subject),
            Elements.Text(t["NoTarget_NothingSent"]),
            Elements.Separated(Elements.Text(t["NoTarget_Missing"], bold: true)),
        };

        // Routing's first reason says what is missing, the next ones what to do; their words may quote the request.
        var reasons = view.Reasons.Where(reason => !string.IsNullOrWhiteSpace(reason)).Take(CardLimits.ReasonsPerTarget).ToList();
        body.Add(reasons.Count > 0 ? Bullet(reasons[0]) : Elements.Spaced(Elements.Text(t["NoTarget_MissingUnknown"]), "None"));
        body.Add(Elements.Text(t["NoTarget_WhatToDo"], bold: true));
        body.AddRange(reasons.Skip(1).Select(Bullet));
        body.Add(Elements.Spaced(Elements.Text("• " + t["NoTarget_AdviceEdit"]), "None"));
        body.Add(Elements.Spaced(Elements.Text("• " + t["NoTarget_AdviceManager"]), "None"));

        JsonObject[] actions =
        [
            Buttons.Execute(t["Proposal_Edit"], ActionData.ForRequest(CardVerbs.EditQualification, view.RequestId, view.Version), "positive"),
            Buttons.Execute(t["Status_Withdraw"], ActionData.ForRequest(CardVerbs.Withdraw, view.RequestId, view.Version), "destructive"),
        ];
        return AdaptiveCard.Create(body, actions);
    }

    private static JsonObject Bullet(string reason) =>
        Elements.Spaced(Elements.Runs(Elements.Run("• " + UntrustedText.Clean(reason, CardLimits.ShortText))), "None");
}
