using System.Text.Json.Nodes;
using Switchboard.Cards.Actions;
using Switchboard.Cards.Building;
using Switchboard.Cards.Resources;
using Switchboard.Cards.Views;

namespace Switchboard.Cards;

/// <summary>
/// The requester's status card. It is sent once and then replaced in place at every step, so the requester always
/// has one card that tells the whole story, with times in their own zone.
/// </summary>
public static class RequestStatusCard
{
    public static JsonObject Build(RequestStatusView view, CardContext context)
    {
        var t = new CardTexts(context.Culture);
        var isOpen = view.State is not (RequestState.Resolved or RequestState.Withdrawn);

        var body = new List<JsonObject>
        {
            Elements.Heading(t["Status_Title"]),
        };
        if (view.Directory is { } stale)
        {
            body.Add(StaleDirectoryNotice.Build(stale, t, context));
        }

        body.AddRange(
        [
            Elements.Field(t["Field_Subject"], view.Subject, CardLimits.Subject),
            Elements.Facts([(t["Status_State"], t.Label(view.State)), (t["Field_Urgency"], t.Label(view.Urgency))]),
            Elements.Separated(Elements.Text(t["Status_Timeline"], bold: true)),
        ]);

        // The most recent steps, oldest first, so the card reads as a story and stays small however long it runs.
        var steps = view.Steps.OrderBy(step => step.At).TakeLast(CardLimits.TimelineSteps);
        body.AddRange(steps.Select(step => Elements.Spaced(Step(step, t, context), "Small")));

        var actions = new List<JsonObject>();
        if (isOpen)
        {
            actions.Add(Buttons.ShowCard(
                t["Status_AddDetails"],
                [Inputs.Text(CardFields.AddedDetails, t["Status_AddDetailsLabel"], null, CardLimits.Details, multiline: true, requiredMessage: t["Common_Required"])],
                Buttons.Execute(t["Common_Send"], ActionData.ForRequest(CardVerbs.AddDetails, view.RequestId, view.Version), "positive")));
            actions.Add(Buttons.Execute(
                t["Status_Withdraw"], ActionData.ForRequest(CardVerbs.Withdraw, view.RequestId, view.Version), "destructive"));
        }
        else if (view.State == RequestState.Resolved && !view.Rated)
        {
            actions.Add(Buttons.ShowCard(
                t["Status_Rate"],
                RatingCard.Inputs(t),
                RatingCard.SubmitButton(view.RequestId, view.Version, t)));
        }

        return AdaptiveCard.Create(body, actions);
    }

    private static JsonObject Step(TimelineStep step, CardTexts t, CardContext context)
    {
        var actor = UntrustedText.Clean(step.Actor, CardLimits.Name);
        var detail = UntrustedText.Clean(step.Detail, CardLimits.ShortText);

        // Every text gets the same three arguments ({0} who, {1} the free text, {2} the new urgency) and uses the
        // ones it needs; a step with free text has a longer form that shows it.
        var urgency = step.Urgency is { } level ? t.Label(level) : string.Empty;
        var key = detail.Length > 0 && HasDetailForm(step.Kind) ? $"Step_{step.Kind}_Detail" : $"Step_{step.Kind}";
        var text = t.Format(key, actor, detail, urgency);
        return Elements.Runs(
            Elements.Run(Formats.DateTime(step.At, context) + "  ", subtle: true),
            Elements.Run(text));
    }

    private static bool HasDetailForm(TimelineStepKind kind) =>
        kind is TimelineStepKind.Declined or TimelineStepKind.Redirected or TimelineStepKind.DetailsAsked
            or TimelineStepKind.UrgencyDowngraded or TimelineStepKind.Unreachable;
}
