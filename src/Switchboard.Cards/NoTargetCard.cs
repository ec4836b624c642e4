using System.Text.Json.Nodes;
using Switchboard.Cards.Actions;
using Switchboard.Cards.Building;
using Switchboard.Cards.Resources;
using Switchboard.Cards.Views;

namespace Switchboard.Cards;

/// <summary>
/// The requester's card when routing found nobody: nothing was sent, what is missing and what to do, said in the
/// reader's language from the cause, then routing's own words; with the way back to the form and the way out.
/// </summary>
public static class NoTargetCard
{
    public static JsonObject Build(NoTargetView view, CardContext context)
    {
        var t = new CardTexts(context.Culture);

        // The topics are the vocabulary's labels (in the reader's language), but a tenant's vocabulary is still data: they go into runs only.
        var topics = UntrustedText.Clean(string.Join(", ", view.Topics.Take(3).Select(topic => ReasonText.Label(topic, context.Culture))), CardLimits.Name);
        var body = new List<JsonObject>
        {
            Elements.Heading(t["NoTarget_Title"]),
            Elements.Field(t["Field_Subject"], view.Subject, CardLimits.Subject),
            Elements.Text(t["NoTarget_NothingSent"]),
            Elements.Separated(Elements.Text(t["NoTarget_Missing"], bold: true)),
            Elements.Spaced(Elements.Runs(Elements.Run(t.Format($"NoTarget_Missing_{view.Cause}", topics))), "None"),
            Elements.Text(t["NoTarget_WhatToDo"], bold: true),
            Elements.Spaced(Elements.Runs(Elements.Run("• " + t[$"NoTarget_Do_{view.Cause}"])), "None"),
            Elements.Spaced(Elements.Runs(Elements.Run("• " + t[view.Cause == NoTargetCause.NoDirectory ? "NoTarget_AdviceWithdraw" : "NoTarget_AdviceEdit"])), "None"),
        };

        // Routing's own reasons, in the reader's language; they may quote the request: runs only.
        var reasons = view.Reasons.Select(reason => ReasonText.Say(reason, t, context)).Where(reason => !string.IsNullOrWhiteSpace(reason)).Take(CardLimits.ReasonsPerTarget).ToList();
        if (reasons.Count > 0)
        {
            body.Add(Elements.Text(t["NoTarget_RoutingSaid"], subtle: true));
            body.AddRange(reasons.Select(reason =>
                Elements.Spaced(Elements.Runs(Elements.Run("• " + UntrustedText.Clean(reason, CardLimits.ShortText), subtle: true)), "None")));
        }

        JsonObject[] actions =
        [
            Buttons.Execute(t["Proposal_Edit"], ActionData.ForRequest(CardVerbs.EditQualification, view.RequestId, view.Version), "positive"),
            Buttons.Execute(t["Status_Withdraw"], ActionData.ForRequest(CardVerbs.Withdraw, view.RequestId, view.Version), "destructive"),
        ];
        return AdaptiveCard.Create(body, actions);
    }
}
