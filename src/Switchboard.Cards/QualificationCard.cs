using System.Text.Json.Nodes;
using Switchboard.Cards.Actions;
using Switchboard.Cards.Building;
using Switchboard.Cards.Resources;
using Switchboard.Cards.Views;
using Switchboard.Domain.Routing;
using PreferredTarget = Switchboard.Domain.Requests.PreferredTarget;
using RequestKind = Switchboard.Domain.Requests.RequestKind;

namespace Switchboard.Cards;

/// <summary>The requester's form that pre-qualifies a request before Switchboard looks for anyone.</summary>
public static class QualificationCard
{
    public static JsonObject Build(QualificationView view, CardContext context)
    {
        var t = new CardTexts(context.Culture);
        var required = t["Common_Required"];

        // With the weekly budget spent, high and critical are not offered at all rather than refused after the fact.
        var urgencies = view.Budget.IsSpent ? [Urgency.Low, Urgency.Normal] : Enum.GetValues<Urgency>();
        var urgency = view.Budget.IsSpent && view.Urgency is Urgency.High or Urgency.Critical ? Urgency.Normal : view.Urgency;
        var budget = view.Budget.IsSpent
            ? t.Format("Qualification_BudgetSpent", view.Budget.WeeklyLimit)
            : t.Format("Qualification_Budget", view.Budget.Remaining, view.Budget.WeeklyLimit);

        JsonObject[] body =
        [
            Elements.Heading(t["Qualification_Title"]),
            Elements.Text(t["Qualification_Intro"], subtle: true),
            Inputs.Text(CardFields.Subject, t["Field_Subject"], view.Subject, CardLimits.Subject, requiredMessage: required),
            Inputs.Text(CardFields.Details, t["Field_Details"], view.Details, CardLimits.Details, multiline: true),
            Inputs.Choices(
                CardFields.Kind, t["Field_Kind"], t.Choices(Enum.GetValues<RequestKind>()),
                view.Kind is { } kind ? WireNames.Of(kind) : null, required),
            Inputs.Choices(CardFields.Urgency, t["Field_Urgency"], t.Choices(urgencies), WireNames.Of(urgency), required),
            Elements.Spaced(Elements.Text(budget, subtle: true), "Small"),
            Inputs.Text(
                CardFields.Justification, t["Qualification_Justification"], view.Justification, CardLimits.Justification,
                placeholder: t["Qualification_JustificationPlaceholder"]),
            Inputs.Choices(CardFields.Impact, t["Field_Impact"], t.Choices(Enum.GetValues<Impact>()), WireNames.Of(view.Impact), required),
            Inputs.Date(CardFields.DeadlineDate, t["Qualification_DeadlineDate"], view.DeadlineDate),
            Inputs.Time(CardFields.DeadlineTime, t["Qualification_DeadlineTime"], view.DeadlineTime),
            Inputs.Text(CardFields.Tried, t["Field_Tried"], view.Tried, CardLimits.Tried, multiline: true),
            Inputs.Choices(
                CardFields.PreferredTarget, t["Qualification_Preferred"], t.Choices(Enum.GetValues<PreferredTarget>()),
                WireNames.Of(view.PreferredTarget), required),
        ];

        JsonObject[] actions =
        [
            Buttons.Execute(
                t["Qualification_Submit"], ActionData.ForRequest(CardVerbs.SubmitQualification, view.RequestId, view.Version), "positive"),
        ];
        return AdaptiveCard.Create(body, actions);
    }
}
