using System.Text.Json.Nodes;
using Switchboard.Cards.Actions;
using Switchboard.Cards.Building;
using Switchboard.Cards.Resources;
using Switchboard.Cards.Views;

namespace Switchboard.Cards;

/// <summary>
/// The answer to a refused action or a failure: a short reason in the reader's language, never the technical detail
/// (that goes to the logs).
/// </summary>
public static class ErrorCard
{
    public static JsonObject Build(ErrorView view, CardContext context)
    {
        var t = new CardTexts(context.Culture);
        var reason = view.Reason == CardErrorReason.InvalidInput && FieldLabelKey(view.Field) is { } labelKey
            ? t.Format("Error_InvalidField", t[labelKey])
            : t[$"Error_{view.Reason}"];
        return AdaptiveCard.Create(
            [Elements.Text(t["Error_Title"], bold: true, color: "attention"), Elements.Text(reason)],
            []);
    }

    /// <summary>
    /// The label the reader saw for a field the parser refused. Only known field names map to a label; anything else
    /// gets the general message, so a tampered field name is never echoed.
    /// </summary>
    private static string? FieldLabelKey(string? field) => field switch
    {
        CardFields.Subject => "Field_Subject",
        CardFields.Details or CardFields.AddedDetails => "Field_Details",
        CardFields.Kind => "Field_Kind",
        CardFields.Urgency or CardFields.NewUrgency => "Field_Urgency",
        CardFields.Impact => "Field_Impact",
        CardFields.DeadlineDate or CardFields.DeadlineTime => "Field_Deadline",
        CardFields.Tried => "Field_Tried",
        CardFields.PreferredTarget => "Qualification_Preferred",
        CardFields.Justification => "Field_Justification",
        CardFields.DeclineReason => "Offer_DeclineReason",
        CardFields.RedirectColleague => "Offer_RedirectColleague",
        CardFields.RedirectNote => "Offer_RedirectNote",
        CardFields.Question => "Offer_Question",
        CardFields.DowngradeReason => "Offer_DowngradeReason",
        CardFields.RightPerson => "Rating_RightPerson",
        CardFields.Speed => "Rating_Speed",
        CardFields.FocusUntilDate or CardFields.FocusUntilTime => "Settings_FocusDate",
        CardFields.Capacity => "Settings_Capacity",
        CardFields.TopicsNotTaken => "Settings_Topics",
        CardFields.DelegateId => "Settings_Delegate",
        _ => null,
    };
}
