using System.Text.Json.Nodes;
using Switchboard.Cards.Resources;
using Switchboard.Cards.Views;
using Switchboard.Domain.Routing;

namespace Switchboard.Cards.Building;

/// <summary>Everything the requester filled in, laid out the same way on the expert's offer and on the channel post.</summary>
internal static class SummaryBlock
{
    public static IEnumerable<JsonObject> Build(RequestSummary request, CardTexts t, CardContext context)
    {
        yield return Elements.Field(t["Field_From"], request.RequesterName, CardLimits.Name);
        yield return Elements.Field(t["Field_Subject"], request.Subject, CardLimits.Subject);

        var facts = new List<(string, string)>
        {
            (t["Field_Kind"], t.Label(request.Kind)),
            (t["Field_Urgency"], t.Label(request.Urgency)),
            (t["Field_Impact"], t.Label(request.Impact)),
        };
        if (request.Deadline is { } deadline)
        {
            facts.Add((t["Field_Deadline"], Formats.DateTime(deadline, context)));
        }

        yield return Elements.Facts(facts);

        if (request.Urgency is Urgency.High or Urgency.Critical && request.Justification.Length > 0)
        {
            yield return Elements.Emphasis(
                Elements.Field(t["Field_Justification"], request.Justification, CardLimits.Justification),
                request.Urgency == Urgency.Critical ? "attention" : "warning");
        }

        if (request.Details.Length > 0)
        {
            yield return Elements.Field(t["Field_Details"], request.Details, CardLimits.Details);
        }

        if (request.Tried.Length > 0)
        {
            yield return Elements.Field(t["Field_Tried"], request.Tried, CardLimits.Tried);
        }
    }
}
