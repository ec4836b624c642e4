using System.Text.Json;
using Switchboard.Domain.Conversations;
using Switchboard.Domain.Requests;
using Switchboard.Graph;
using Switchboard.Graph.FakeServer;
using Switchboard.Host.Tests.Infrastructure;

namespace Switchboard.Host.Tests.Conversations;

/// <summary>
/// Conversations with Graph writes, through <c>POST /api/messages</c>: the app is installed for an expert the bot never
/// talked to before the first offer leaves, and with the option on, the two people's chat is opened on accept. Each
/// test runs its own host, so nobody has a conversation with the bot before the test starts.
/// </summary>
public sealed class GraphConversationTests
{
    private const string Tenant = TeamsActivities.DemoTenant;

    private static readonly Dictionary<string, string> Qualification = DemoPeople.ContractQualification("Indemnity clause.");

    [Fact]
    public async Task FirstOffer_ToAnExpertWithoutAConversation_InstallsTheAppThenCreatesTheConversationAndSends()
    {
        await using var host = await StartAsync();
        var benoit = DemoPeople.Benoit.AadObjectId;

        var request = await OfferedToBenoitAsync(host);

        var offer = Assert.Single(await host.OutboxOfAsync(request.Id), row => row.Tag == Offer(request, benoit));
        Assert.Equal(("InstallApp", new UserRecipient(Tenant, benoit)), (offer.Kind, (Recipient)offer.Activity.To));
        Assert.Empty(host.Graph.Requests);

        var calls = await host.DispatchedCallsAsync();

        var install = Assert.Single(host.Graph.Requests);
        Assert.Equal(("POST", $"/users/{benoit}/teamwork/installedApps", 201), (install.Method, install.Path, install.Status));
        Assert.Equal(GraphConversationHost.CatalogAppId, host.Graph.UserInstallations[benoit]);
        var sent = await host.SentAsync(Offer(request, benoit));
        var toBenoit = calls.Where(c => c.Path.TrimEnd('/') == "/v3/conversations" || c.Path.StartsWith($"/v3/conversations/{sent.ConversationId}/", StringComparison.Ordinal)).ToList();
        Assert.Equal([("POST", "/v3/conversations"), ("POST", $"/v3/conversations/{sent.ConversationId}/activities")], toBenoit.Select(c => (c.Method, c.Path.TrimEnd('/'))).ToList());
        Assert.Equal(Tenant, toBenoit[0].Json.GetProperty("tenantId").GetString());
        Assert.Equal(benoit, toBenoit[0].Json.GetProperty("members")[0].GetProperty("aadObjectId").GetString());

        // Once the bot has a conversation with him, the next offer is a plain send: nothing more is installed.
        var second = await OfferedToBenoitAsync(host);
        Assert.Equal("Send", Assert.Single(await host.OutboxOfAsync(second.Id), row => row.Tag == Offer(second, benoit)).Kind);
        var secondCalls = await host.DispatchedCallsAsync();
        Assert.Single(host.Graph.Requests);
        Assert.Contains(secondCalls, c => (c.Method, c.Path) == ("POST", $"/v3/conversations/{sent.ConversationId}/activities"));
        Assert.DoesNotContain(secondCalls, c => c.Path.TrimEnd('/') == "/v3/conversations");
    }

    [Fact]
    public async Task FirstOffer_AppAlreadyInstalled_The409CountsAsInstalledAndTheOfferIsDelivered()
    {
        await using var host = await StartAsync();
        var benoit = DemoPeople.Benoit.AadObjectId;
        host.Graph.InstallAppFor(benoit, GraphConversationHost.CatalogAppId);
        var request = await OfferedToBenoitAsync(host);

        var calls = await host.DispatchedCallsAsync();

        Assert.Equal(409, Assert.Single(host.Graph.Requests).Status);
        var sent = await host.SentAsync(Offer(request, benoit));
        Assert.Contains(calls, c => (c.Method, c.Path) == ("POST", $"/v3/conversations/{sent.ConversationId}/activities"));
        request = await host.RequestAsync(request.Id);
        Assert.Equal((RequestState.Offered, benoit), (request.State, request.CurrentOfferee?.Value));
        Assert.DoesNotContain(request.History, e => e.Kind == RequestEventKind.OfferUndeliverable);
    }

    [Fact]
    public async Task FirstOffer_GraphRefusesTheInstallWith403_TheNextCandidateIsOfferedWithTheReasonRecorded()
    {
        await using var host = await StartAsync();
        var benoit = DemoPeople.Benoit.AadObjectId;
        host.Graph.AddFault(new FakeFault { When = r => r.IsPath($"/users/{benoit}/teamwork/installedApps"), Status = 403, Code = "Forbidden" });
        var request = await OfferedToBenoitAsync(host);
        var next = request.RemainingCandidates[0].Id;

        var calls = await host.DispatchedCallsAsync();

        request = await host.RequestAsync(request.Id);
        Assert.Equal(next, request.CurrentOfferee?.Value);
        var skipped = Assert.Single(request.History, e => e.Kind == RequestEventKind.OfferUndeliverable);
        Assert.Contains("403 Forbidden", skipped.Reason, StringComparison.Ordinal);
        Assert.Contains(GraphTeamsWriter.InstallForUserPermission, skipped.Reason, StringComparison.Ordinal);

        // Nothing reached Benoît; the next candidate got the app, then the offer; the requester's card shows the step.
        Assert.DoesNotContain(calls, c => c.Path.TrimEnd('/') == "/v3/conversations" && c.Body.Contains(benoit, StringComparison.OrdinalIgnoreCase));

        Assert.Equal(GraphConversationHost.CatalogAppId, host.Graph.UserInstallations[next]);
        var nextOffer = await host.SentAsync(Offer(request, next));
        Assert.Contains(calls, c => (c.Method, c.Path) == ("POST", $"/v3/conversations/{nextOffer.ConversationId}/activities"));
        var status = await host.SentAsync($"status:{request.Id}");
        Assert.Contains(calls, c => c.Method == "PUT" && c.Path == $"/v3/conversations/{status.ConversationId}/activities/{status.ActivityId}" && c.Body.Contains("403 Forbidden", StringComparison.Ordinal));

        // Exactly these calls, in whatever order the conversations were served: the requester's form and its update,
        // the next candidate's conversation and offer.
        string[] expected =
        [
            $"POST /v3/conversations/{status.ConversationId}/activities",
            $"PUT /v3/conversations/{status.ConversationId}/activities/{status.ActivityId}",
            "POST /v3/conversations",
            $"POST /v3/conversations/{nextOffer.ConversationId}/activities",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), calls.Select(c => $"{c.Method} {c.Path.TrimEnd('/')}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Accept_WithTheGroupChatOption_OpensTheirChatInstallsTheBotThereAndPostsTheIntroduction()
    {
        await using var host = await StartAsync(groupChatOnAccept: true);
        var request = await OfferedToBenoitAsync(host);
        await host.DispatchAsync();
        var offer = Assert.Single(await host.OutboxOfAsync(request.Id), row => row.Tag == Offer(request, DemoPeople.Benoit.AadObjectId));

        await host.PostAsync(Play.Click(host.Connector.ServiceUrl, DemoPeople.Benoit, offer.Card, "offer.accept"));

        var write = Assert.Single(await host.OutboxOfAsync(request.Id), row => row.Kind == "GraphWrite");
        Assert.Equal(RequestState.Accepted, (await host.RequestAsync(request.Id)).State);
        var calls = await host.DispatchedCallsAsync();

        var chat = Assert.Single(host.Graph.Chats);
        Assert.Equal("oneOnOne", chat.ChatType);
        Assert.Equal([DemoPeople.Sanjay.AadObjectId, DemoPeople.Benoit.AadObjectId], chat.Members);
        Assert.Equal(GraphConversationHost.CatalogAppId, host.Graph.ChatInstallations[chat.Id]);
        var posted = Assert.Single(calls, c => c.Path == $"/v3/conversations/{chat.Id}/activities");
        Assert.Equal("POST", posted.Method);
        Assert.Equal("application/vnd.microsoft.card.adaptive", posted.Json.GetProperty("attachments")[0].GetProperty("contentType").GetString());
        Assert.Contains(DemoPeople.ContractQuestion, posted.Body, StringComparison.Ordinal);
        Assert.Equal(chat.Id, (await host.SentAsync($"intro:{request.Id}:chat")).ConversationId);

        // The introductions in each one's chat with the bot still go: the chat is an addition, never the only way.
        Assert.Contains(calls, c => c.Method == "POST" && c.Path == $"/v3/conversations/{DemoPeople.Sanjay.PersonalConversationId}/activities");
    }

    private static async Task<GraphConversationHost> StartAsync(bool groupChatOnAccept = false)
    {
        var host = new GraphConversationHost(groupChatOnAccept);
        await host.InitializeAsync();
        return host;
    }

    private static string Offer(SupportRequest request, string user) => $"offer:{request.Id}:{user}";

    /// <summary>Sanjay asks the contract question, qualifies and confirms it: offered to Benoît, not dispatched yet.</summary>
    private static async Task<SupportRequest> OfferedToBenoitAsync(ConversationHost host)
    {
        var serviceUrl = host.Connector.ServiceUrl;
        await host.PostAsync(Play.Message(serviceUrl, DemoPeople.Sanjay, DemoPeople.ContractQuestion));
        var request = (await host.RequestsOfAsync(DemoPeople.Sanjay.AadObjectId))[0];
        var form = (await host.OutboxOfAsync(request.Id)).Last(row => row.Tag == $"status:{request.Id}").Card;
        var proposal = Play.CardOf(await host.PostAsync(Play.Click(serviceUrl, DemoPeople.Sanjay, form, "qualification.submit", Qualification)));
        await host.PostAsync(Play.Click(serviceUrl, DemoPeople.Sanjay, proposal, "proposal.confirm"));
        request = await host.RequestAsync(request.Id);
        Assert.Equal(DemoPeople.Benoit.AadObjectId, request.CurrentOfferee?.Value);
        return request;
    }
}
