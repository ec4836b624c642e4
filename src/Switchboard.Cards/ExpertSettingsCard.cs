using System.Text.Json.Nodes;
using Switchboard.Cards.Actions;
using Switchboard.Cards.Building;
using Switchboard.Cards.Resources;
using Switchboard.Cards.Views;

namespace Switchboard.Cards;

/// <summary>The expert's own controls: focus until a time, capacity, topics they do not take, a delegate while away.</summary>
public static class ExpertSettingsCard
{
    /// <summary>The delegate choice that means "nobody"; the parser reads it as no delegate.</summary>
    public const string NoDelegate = "none";

    public static JsonObject Build(ExpertSettingsView view, CardContext context)
    {
        var t = new CardTexts(context.Culture);
        var focus = view.FocusUntil is { } until ? TimeZoneInfo.ConvertTime(until, context.TimeZone) : (DateTimeOffset?)null;
        var topics = view.Topics.Take(CardLimits.Choices)
            .Select(topic => (UntrustedText.Clean(topic.Label, CardLimits.Name), topic.Id));
        var delegates = new[] { (t["Settings_NoDelegate"], NoDelegate) }
            .Concat(OfferCard.ColleagueChoices(view.Colleagues));
        var notTaken = view.TopicsNotTaken.Where(id => view.Topics.Any(topic => topic.Id == id));

        JsonObject[] body =
        [
            Elements.Heading(t["Settings_Title"]),
            Elements.Text(t["Settings_FocusHint"], subtle: true),
            Inputs.Date(CardFields.FocusUntilDate, t["Settings_FocusDate"], focus is { } f ? DateOnly.FromDateTime(f.DateTime) : null),
            Inputs.Time(CardFields.FocusUntilTime, t["Settings_FocusTime"], focus is { } g ? TimeOnly.FromDateTime(g.DateTime) : null),
            Inputs.Number(
                CardFields.Capacity, t["Settings_Capacity"], Math.Clamp(view.Capacity, 0, CardLimits.MaxCapacity), 0, CardLimits.MaxCapacity,
                t.Format("Settings_CapacityError", CardLimits.MaxCapacity)),
            Inputs.Choices(CardFields.TopicsNotTaken, t["Settings_Topics"], topics, string.Join(',', notTaken), multiSelect: true),
            Inputs.Choices(CardFields.DelegateId, t["Settings_Delegate"], delegates, view.DelegateId ?? NoDelegate),
        ];
        return AdaptiveCard.Create(
            body,
            [Buttons.Execute(t["Settings_Save"], new ActionData(CardVerbs.SaveExpertSettings, RequestId: null, view.Version), "positive")]);
    }
}
