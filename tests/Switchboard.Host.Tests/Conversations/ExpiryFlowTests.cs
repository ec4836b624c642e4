using Microsoft.Extensions.DependencyInjection;
using Switchboard.Domain.Conversations;
using Switchboard.Domain.Requests;
using Switchboard.Host.Conversations;

namespace Switchboard.Host.Tests.Conversations;

/// <summary>
/// Expiry moves every offer the clock finds due, whatever request it belongs to: this class has a host of its own, so
/// each tick moves only this request and the calls checked after each step are exactly its calls.
/// </summary>
public sealed class ExpiryFlowTests(ConversationHost host) : ConversationTestBase(host), IClassFixture<ConversationHost>
{
    [Fact]
    public async Task ExpiryThenGroupThenEscalation_NobodyAnswers_EachStepMovesOnClosesTheLastOfferAndShowsOnTheStatusCard()
    {
        var (request, _, _) = await OfferedToBenoitAsync();
        var people = request.RemainingCandidates.Count(c => c.Kind == TargetKind.Person);
        var status = await Host.SentAsync($"status:{request.Id}");
        var statusPut = $"PUT /v3/conversations/{status.ConversationId}/activities/{status.ActivityId}";

        // A normal request waits one working day per person; a week covers any weekend in between. At each step the
        // card of the person who let it wait is closed in place, the next person gets the offer, and the requester's
        // card changes in place.
        for (var step = 0; step < people; step++)
        {
            var waiting = (await Host.RequestAsync(request.Id)).CurrentOfferee!.Value;
            var waitingOffer = await Host.SentAsync($"offer:{request.Id}:{waiting.Value}");
            Host.Clock.Advance(TimeSpan.FromDays(7));

            // The host's expiry clock, one tick (its timer is off in tests: the test decides when time passes).
            Assert.Equal(1, await Host.Services.GetRequiredService<OfferExpiryService>().TickAsync(100, CancellationToken.None));
            request = await Host.RequestAsync(request.Id);
            Assert.Equal(RequestState.Offered, request.State);
            var next = request.CurrentOfferee!.Value.Value;
            var known = await KnownConversationAsync(next);
            var calls = await Host.DispatchedCallsAsync();

            var nextOffer = await Host.SentAsync($"offer:{request.Id}:{next}");
            AssertCalls(
                calls,
                [
                    $"PUT /v3/conversations/{waitingOffer.ConversationId}/activities/{waitingOffer.ActivityId}",
                    .. known ? Array.Empty<string>() : ["POST /v3/conversations"],
                    $"POST /v3/conversations/{nextOffer.ConversationId}/activities",
                    statusPut,
                ]);
            var closed = CallTo(calls, "PUT", waitingOffer);
            Assert.DoesNotContain("offer.accept", closed.Body, StringComparison.Ordinal);
        }

        // The last person lets it wait too: it goes to the legal team's channel.
        var lastOffer = await Host.SentAsync($"offer:{request.Id}:{request.CurrentOfferee!.Value.Value}");
        Host.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(1, await Host.Conversation.ExpireDueOffersAsync(100, CancellationToken.None));
        request = await Host.RequestAsync(request.Id);
        Assert.Equal((RequestState.Posted, DemoPeople.LegalDesk), (request.State, request.PostedTo?.Value));
        var post = Assert.Single(await Host.OutboxOfAsync(request.Id), row => row.Tag == $"post:{request.Id}");
        var channel = Assert.IsType<ChannelRecipient>(post.Activity.To);
        Assert.Equal(DemoPeople.LegalDesk, channel.TeamId);
        AssertCalls(
            await Host.DispatchedCallsAsync(),
            [
                $"PUT /v3/conversations/{lastOffer.ConversationId}/activities/{lastOffer.ActivityId}",
                $"POST /v3/conversations/{channel.ChannelId}/activities",
                statusPut,
            ]);

        // Nobody in the team takes it: Benoît's manager is asked, as an escalation.
        Host.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(1, await Host.Conversation.ExpireDueOffersAsync(100, CancellationToken.None));
        request = await Host.RequestAsync(request.Id);
        Assert.True(request.Escalated, string.Join(", ", request.History.Select(e => $"{e.Kind} {string.Join(' ', e.Data.Values)}")));
        Assert.Equal((DemoPeople.BenoitsManager.AadObjectId, OfferReason.Escalated), (request.CurrentOfferee?.Value, request.CurrentOffer?.Reason));
        var managerKnown = await KnownConversationAsync(DemoPeople.BenoitsManager.AadObjectId);
        var escalationCalls = await Host.DispatchedCallsAsync();
        var escalation = await Host.SentAsync($"offer:{request.Id}:{DemoPeople.BenoitsManager.AadObjectId}");
        var posted = await Host.SentAsync($"post:{request.Id}");
        AssertCalls(
            escalationCalls,
            [
                $"PUT /v3/conversations/{posted.ConversationId}/activities/{posted.ActivityId}",
                .. managerKnown ? Array.Empty<string>() : ["POST /v3/conversations"],
                $"POST /v3/conversations/{escalation.ConversationId}/activities",
                statusPut,
            ]);

        // The team's post no longer offers "Take it".
        Assert.DoesNotContain("group.claim", CallTo(escalationCalls, "PUT", posted).Body, StringComparison.Ordinal);

        // The manager lets it wait as well: unanswered, and the manager's card is closed too.
        Host.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(1, await Host.Conversation.ExpireDueOffersAsync(100, CancellationToken.None));
        Assert.Equal(RequestState.Unanswered, (await Host.RequestAsync(request.Id)).State);
        AssertCalls(
            await Host.DispatchedCallsAsync(),
            [$"PUT /v3/conversations/{escalation.ConversationId}/activities/{escalation.ActivityId}", statusPut]);

        // Every step was an update of the one status card in the requester's chat.
        var statusUpdates = (await Host.OutboxOfAsync(request.Id)).Where(row => row.Tag == $"status:{request.Id}" && row.Kind == "Update").ToList();
        Assert.Equal(people + 3, statusUpdates.Count);
        Assert.Contains("Escalated to", statusUpdates[^2].Activity.CardJson, StringComparison.Ordinal);
    }
}
