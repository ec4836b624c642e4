using System.Text.Json.Nodes;
using Switchboard.Cards.Actions;
using Switchboard.Cards.Building;
using Switchboard.Cards.Resources;
using Switchboard.Cards.Views;
using Switchboard.Domain.Routing;

namespace Switchboard.Cards;

/// <summary>Who Switchboard would send the request to, and the next best choices: nothing leaves before the requester confirms.</summary>
public static class ProposalCard
{
    public static JsonObject Build(ProposalView view, CardContext context)
    {
        var t = new CardTexts(context.Culture);
        var alternatives = view.Alternatives.Take(CardLimits.Alternatives).ToArray();

        var body = new List<JsonObject>
        {
            Elements.Heading(t["Proposal_Title"]),
        };
        if (view.Directory is { } stale)
        {
            body.Add(StaleDirectoryNotice.Build(stale, t, context));
        }

        body.AddRange(
        [
            Elements.Field(t["Field_Subject"], view.Subject, CardLimits.Subject),
            Elements.Separated(Target(t["Proposal_Suggested"], view.Proposed, t, context)),
        ]);
        body.AddRange(alternatives.Select((target, index) => Target(t.Format("Proposal_Alternative", index + 1), target, t, context)));
        body.Add(Elements.Separated(Elements.Text(t["Proposal_NothingSent"], bold: true)));

        var actions = new List<JsonObject>
        {
            Buttons.Execute(t["Proposal_Confirm"], Data(view, 0), "positive"),
        };
        actions.AddRange(alternatives.Select((_, index) =>
            Buttons.Execute(t.Format("Proposal_PickAlternative", index + 1), Data(view, index + 1))));
        actions.Add(Buttons.Execute(t["Proposal_Edit"], ActionData.ForRequest(CardVerbs.EditQualification, view.RequestId, view.Version)));
        return AdaptiveCard.Create(body, actions);
    }

    private static ActionData Data(ProposalView view, int targetIndex) =>
        new(CardVerbs.ConfirmTarget, view.RequestId, view.Version, targetIndex);

    private static JsonObject Target(string heading, RoutingTarget target, CardTexts t, CardContext context)
    {
        var kind = target.Type == RoutingTargetType.Group ? t["Proposal_Team"] : t["Proposal_Person"];
        var name = UntrustedText.Clean(target.DisplayName ?? target.Id, CardLimits.Name);
        var items = new List<JsonObject>
        {
            Elements.Text(heading, subtle: true),
            Elements.Spaced(Elements.Runs(Elements.Run(name, bold: true), Elements.Run($" ({kind})", subtle: true)), "None"),
        };
        items.AddRange(target.Why.Take(CardLimits.ReasonsPerTarget).Select(reason =>
            Elements.Spaced(Elements.Runs(Elements.Run("• " + UntrustedText.Clean(ReasonText.Say(reason, t, context), CardLimits.Name))), "None")));
        return Elements.Container([.. items]);
    }
}
