using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Domain.Conversations;
using Switchboard.Domain.Requests;
using Switchboard.Host.Tests.Infrastructure;

namespace Switchboard.Host.Tests.Conversations;

/// <summary>
/// The steps and checks the conversation tests share: the demo people act through <c>POST /api/messages</c> on the
/// host of their test class, and the connector calls each step causes are compared with what is expected.
/// </summary>
public abstract class ConversationTestBase(ConversationHost host)
{
    protected ConversationHost Host { get; } = host;

    protected static readonly Dictionary<string, string> QualificationInputs = new()
    {
        ["kind"] = "question",
        ["urgency"] = "normal",
        ["impact"] = "individual",
        ["preferredTarget"] = "auto",
        ["tried"] = string.Empty,
        ["justification"] = string.Empty,
    };

    protected Uri ServiceUrl => Host.Connector.ServiceUrl;

    protected const string Tenant = Infrastructure.TeamsActivities.DemoTenant;

    /// <summary>The requester is a real person of the directory; tests of one class run one after the other and each reads its newest request.</summary>
    protected static DemoPerson NewRequester() => DemoPeople.Sanjay;

    protected async Task<JsonElement> QualifyAsync(DemoPerson requester, JsonElement form)
    {
        var inputs = new Dictionary<string, string>(QualificationInputs)
        {
            ["subject"] = DemoPeople.ContractQuestion,
            ["details"] = "The supplier wants unlimited liability.",
        };
        return Play.CardOf(await Host.PostAsync(Play.Click(ServiceUrl, requester, form, "qualification.submit", inputs)));
    }

    protected async Task<JsonElement?> SettingsOfSamuelAsync()
    {
        var message = Play.Message(ServiceUrl, DemoPeople.Samuel, "settings");
        await Host.PostAsync(message);
        var reply = Host.Connector.CallsFor(DemoPeople.Samuel.PersonalConversationId).Last(call => call.Path.EndsWith(message["id"]!.GetValue<string>(), StringComparison.Ordinal));
        var card = reply.Json.GetProperty("attachments")[0].GetProperty("content");
        return JsonDocument.Parse($$"""{"type":"application/vnd.microsoft.card.adaptive","value":{{card.GetRawText()}}}""").RootElement;
    }

    protected static Dictionary<string, string> Inputs(string subject, string details) => new(QualificationInputs)
    {
        ["subject"] = subject,
        ["details"] = details,
    };

    /// <summary>The requester's one card as last written to the outbox (the form, then its updates).</summary>
    protected JsonElement StatusCard(SupportRequest request) =>
        Host.OutboxOfAsync(request.Id).GetAwaiter().GetResult().Last(row => row.Tag == $"status:{request.Id}").Card;

    protected async Task<SupportRequest> StartAsync(string text)
    {
        await Host.PostAsync(Play.Message(ServiceUrl, DemoPeople.Sanjay, text));
        var request = (await Host.RequestsOfAsync(DemoPeople.Sanjay.AadObjectId))[0];
        Assert.Equal((RequestState.Draft, text), (request.State, request.Text));
        return request;
    }

    /// <summary>Every string value of a card, decoded.</summary>
    protected static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(property => Strings(property.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    /// <summary>Whether the bot already has a personal conversation with the person (then none is created for them).</summary>
    protected async Task<bool> KnownConversationAsync(string aadObjectId) =>
        await Host.Services.GetRequiredService<IConversationAddressBook>().FindAsync(Tenant, aadObjectId, CancellationToken.None) is not null;

    /// <summary>The calls are exactly these, in any order (conversations are dispatched side by side).</summary>
    protected static void AssertCalls(IReadOnlyList<ConnectorCall> calls, IEnumerable<string> expected) =>
        Assert.Equal(
            expected.Order(StringComparer.Ordinal).ToList(),
            calls.Select(call => $"{call.Method} {call.Path.TrimEnd('/')}").Order(StringComparer.Ordinal).ToList());

    /// <summary>The one call of that method to the activity (PUT) or conversation (POST) of a sent activity.</summary>
    protected static ConnectorCall CallTo(IReadOnlyList<ConnectorCall> calls, string method, SentActivity sent) =>
        Assert.Single(calls, call => call.Method == method && call.Path == (method == "PUT"
            ? $"/v3/conversations/{sent.ConversationId}/activities/{sent.ActivityId}"
            : $"/v3/conversations/{sent.ConversationId}/activities"));

    /// <summary>The contract question, qualified and confirmed: offered to Benoît, with his offer card.</summary>
    protected async Task<(SupportRequest Request, OutboxRow Offer, JsonElement Status)> OfferedToBenoitAsync(bool dispatch = true)
    {
        if (dispatch)
        {
            // Rows other tests left behind leave first, so that the calls a test counts are its own.
            await Host.DispatchAsync();
        }

        var request = await StartAsync(DemoPeople.ContractQuestion);
        var proposal = Play.CardOf(await Host.PostAsync(Play.Click(ServiceUrl, DemoPeople.Sanjay, StatusCard(request), "qualification.submit", Inputs(DemoPeople.ContractQuestion, "Indemnity clause."))));
        var status = Play.CardOf(await Host.PostAsync(Play.Click(ServiceUrl, DemoPeople.Sanjay, proposal, "proposal.confirm")));
        request = await Host.RequestAsync(request.Id);
        Assert.Equal(DemoPeople.Benoit.AadObjectId, request.CurrentOfferee?.Value);
        var offer = Assert.Single(await Host.OutboxOfAsync(request.Id), row => row.Tag == $"offer:{request.Id}:{DemoPeople.Benoit.AadObjectId}");
        if (dispatch)
        {
            await Host.DispatchAsync();
        }

        return (request, offer, status);
    }
}
