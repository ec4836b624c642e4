using System.Text.Json.Nodes;
using Switchboard.Cards.Building;
using Switchboard.Cards.Resources;
using Switchboard.Cards.Views;

namespace Switchboard.Cards;

/// <summary>A manager's figures for a period, with a link to the full report tab.</summary>
public static class ReportSummaryCard
{
    public static JsonObject Build(ReportSummaryView view, CardContext context)
    {
        var t = new CardTexts(context.Culture);
        var none = t["Report_NoData"];
        JsonObject[] body =
        [
            Elements.Heading(t["Report_Title"]),
            Elements.Text(t.Format("Report_Period", Formats.Date(view.From, context), Formats.Date(view.To, context)), subtle: true),
            Elements.Facts(
            [
                (t["Report_Received"], view.Received.ToString(context.Culture)),
                (t["Report_Resolved"], view.Resolved.ToString(context.Culture)),
                (t["Report_Escalated"], view.Escalated.ToString(context.Culture)),
                (t["Report_MedianFirstAnswer"], view.MedianFirstAnswer is { } median ? Formats.Duration(median, t) : none),
                (t["Report_RightPerson"], view.RightPersonRate is { } rate ? Formats.Percent(rate, context.Culture) : none),
            ]),
        ];
        return AdaptiveCard.Create(body, [Buttons.OpenUrl(t["Report_Open"], view.ReportTabUrl)]);
    }
}
