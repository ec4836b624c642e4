using System.Text.Json;
using Switchboard.Domain.Conversations;
using Switchboard.Domain.Requests;

namespace Switchboard.Host.Tests.Conversations;

/// <summary>
/// Whole conversations through <c>POST /api/messages</c>: the requester, the experts and the group members act by
/// posting the activities Teams would send from their demo-company identities; after each step the request's state
/// and the outbox rows the step wrote are checked.
/// </summary>
public sealed class ConversationFlowTests(ConversationHost host) : IClassFixture<ConversationHost>
{
    private static readonly Dictionary<string, string> QualificationInputs = new()
    {
        ["kind"] = "question",
        ["urgency"] = "normal",
        ["impact"] = "individual",
        ["preferredTarget"] = "auto",
        ["tried"] = string.Empty,
        ["justification"] = string.Empty,
    };

    private Uri ServiceUrl => host.Connector.ServiceUrl;

    [Fact]
    public async Task HappyPathToAPerson_FromMessageToRating_MovesThroughEveryStateWithTheRightCards()
    {
        var requester = NewRequester();

        // 1. A message starts a request and sends the pre-filled form, tagged as the requester's status card.
        await host.PostAsync(Play.Message(ServiceUrl, requester, DemoPeople.ContractQuestion + "\nThe supplier wants unlimited liability."));
        var request = (await host.RequestsOfAsync(requester.AadObjectId))[0];
        Assert.Equal(RequestState.Draft, request.State);
        var form = Assert.Single(await host.OutboxOfAsync(request.Id));
        Assert.Equal(("Send", $"status:{request.Id}"), (form.Kind, form.Tag));
        Assert.Equal(new UserRecipient(Tenant, requester.AadObjectId), form.Activity.To);
        Assert.Contains(DemoPeople.ContractQuestion, form.Activity.CardJson, StringComparison.Ordinal);

        // 2. The form comes back: Switchboard proposes the head of contract law, with alternatives, and sends nothing.
        var proposal = await QualifyAsync(requester, form.Card);
        request = await host.RequestAsync(request.Id);
        Assert.Equal(RequestState.Proposed, request.State);
        Assert.Equal(DemoPeople.Benoit.AadObjectId, request.Candidates[0].Id);
        Assert.Contains(request.Candidates, c => c.Kind == TargetKind.Group && c.Id == DemoPeople.LegalDesk);
        Assert.Equal(DemoPeople.BenoitsManager.AadObjectId, request.EscalationContact?.Value);
        Assert.Contains("Benoît Haddad", proposal.GetRawText(), StringComparison.Ordinal);
        Assert.Single(await host.OutboxOfAsync(request.Id));

        // 3. Confirm: the offer leaves for Benoît; the requester's card shows the status in place.
        var status = Play.CardOf(await host.PostAsync(Play.Click(ServiceUrl, requester, proposal, "proposal.confirm")));
        request = await host.RequestAsync(request.Id);
        Assert.Equal(RequestState.Offered, request.State);
        Assert.Equal(DemoPeople.Benoit.AadObjectId, request.CurrentOfferee?.Value);
        Assert.Contains("request.withdraw", status.GetRawText(), StringComparison.Ordinal);
        var offer = Assert.Single(await host.OutboxOfAsync(request.Id), row => row.Tag == $"offer:{request.Id}:{DemoPeople.Benoit.AadObjectId}");
        Assert.Equal("Send", offer.Kind);
        Assert.Equal(new UserRecipient(Tenant, DemoPeople.Benoit.AadObjectId), offer.Activity.To);

        // 4. Benoît accepts: both sides are introduced, the requester's status card is updated in place.
        var before = (await host.OutboxOfAsync(request.Id)).Count;
        var introduction = Play.CardOf(await host.PostAsync(Play.Click(ServiceUrl, DemoPeople.Benoit, offer.Card, "offer.accept")));
        request = await host.RequestAsync(request.Id);
        Assert.Equal(RequestState.Accepted, request.State);
        Assert.Equal(DemoPeople.Benoit.AadObjectId, request.Assignee?.Value);
        Assert.Contains("https://teams.microsoft.com/l/chat/0/0?users=", introduction.GetRawText(), StringComparison.Ordinal);
        var written = (await host.OutboxOfAsync(request.Id)).Skip(before).ToList();
        Assert.Equal(
            [("Send", $"intro:{request.Id}:{requester.AadObjectId}"), ("Update", $"status:{request.Id}")],
            written.Select(row => (row.Kind, row.Tag!)).ToList());
        Assert.Contains(Uri.EscapeDataString("benoit.haddad@altenor.example"), written[0].Activity.CardJson, StringComparison.Ordinal);

        // 5. The requester resolves it from the introduction, then rates it from the status card.
        var resolved = Play.CardOf(await host.PostAsync(Play.Click(ServiceUrl, requester, written[0].Card, "request.resolve")));
        Assert.Equal(RequestState.Resolved, (await host.RequestAsync(request.Id)).State);
        await host.PostAsync(Play.Click(ServiceUrl, requester, resolved, "request.rate", new Dictionary<string, string> { ["ratingRightPerson"] = "yes", ["ratingSpeed"] = "fast" }));
        request = await host.RequestAsync(request.Id);
        Assert.Equal(RequestState.Rated, request.State);
        Assert.True(request.Rating?.ReachedRightPerson);
    }

    private const string Tenant = Infrastructure.TeamsActivities.DemoTenant;

    /// <summary>The requester is a real person of the directory; tests of one class run one after the other and each reads its newest request.</summary>
    private static DemoPerson NewRequester() => DemoPeople.Sanjay;

    private async Task<JsonElement> QualifyAsync(DemoPerson requester, JsonElement form)
    {
        var inputs = new Dictionary<string, string>(QualificationInputs)
        {
            ["subject"] = DemoPeople.ContractQuestion,
            ["details"] = "The supplier wants unlimited liability.",
        };
        return Play.CardOf(await host.PostAsync(Play.Click(ServiceUrl, requester, form, "qualification.submit", inputs)));
    }
}
