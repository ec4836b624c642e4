using System.Text.Json.Nodes;
using Switchboard.Cards.Resources;
using Switchboard.Cards.Views;

namespace Switchboard.Cards.Building;

/// <summary>
/// One line on the requester's cards while the directory source cannot be reached: routing ran on an older snapshot.
/// Our own words and a date, so a plain <c>TextBlock</c>; the source name is ours too (a constant, never tenant data).
/// </summary>
internal static class StaleDirectoryNotice
{
    public static JsonObject Build(StaleDirectory stale, CardTexts t, CardContext context)
    {
        var text = stale.AsOf is { } asOf
            ? t.Format("Directory_Stale", Formats.DateTime(asOf, context), stale.Source)
            : t.Format("Directory_StaleUnknownAge", stale.Source);
        return Elements.Text(text, subtle: false, bold: false, color: "Warning");
    }
}
