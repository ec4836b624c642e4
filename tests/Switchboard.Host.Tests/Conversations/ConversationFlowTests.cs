using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Domain.Conversations;
using Switchboard.Domain.Requests;
using Switchboard.Host.Conversations;
using Switchboard.Host.Tests.Infrastructure;

namespace Switchboard.Host.Tests.Conversations;

/// <summary>
/// Whole conversations through <c>POST /api/messages</c>: the requester, the experts and the group members act by
/// posting the activities Teams would send from their demo-company identities; after each step the request's state
/// and the outbox rows the step wrote are checked.
/// </summary>
public sealed class ConversationFlowTests(ConversationHost host) : ConversationTestBase(host), IClassFixture<ConversationHost>
{

    [Fact]
    public async Task HappyPathToAPerson_FromMessageToRating_MovesThroughEveryStateWithTheRightCards()
    {
        var requester = NewRequester();

        // Rows other tests of this class left behind leave first, so every call counted below is this request's.
        await Host.DispatchAsync();

        // 1. A message starts a request and sends the pre-filled form, tagged as the requester's status card.
        await Host.PostAsync(Play.Message(ServiceUrl, requester, DemoPeople.ContractQuestion + "\nThe supplier wants unlimited liability."));
        var request = (await Host.RequestsOfAsync(requester.AadObjectId))[0];
        Assert.Equal(RequestState.Draft, request.State);
        var form = Assert.Single(await Host.OutboxOfAsync(request.Id));
        Assert.Equal(("Send", $"status:{request.Id}"), (form.Kind, form.Tag));
        Assert.Equal(new UserRecipient(Tenant, requester.AadObjectId), form.Activity.To);
        Assert.Contains(DemoPeople.ContractQuestion, form.Activity.CardJson, StringComparison.Ordinal);
        var formCall = Assert.Single(await Host.DispatchedCallsAsync());
        Assert.Equal(("POST", $"/v3/conversations/{requester.PersonalConversationId}/activities"), (formCall.Method, formCall.Path));
        Assert.Equal("application/vnd.microsoft.card.adaptive", formCall.Json.GetProperty("attachments")[0].GetProperty("contentType").GetString());
        var statusActivity = await Host.SentAsync($"status:{request.Id}");

        // 2. The form comes back: Switchboard proposes the head of contract law, with alternatives, and sends nothing.
        var proposal = await QualifyAsync(requester, form.Card);
        request = await Host.RequestAsync(request.Id);
        Assert.Equal(RequestState.Proposed, request.State);
        Assert.Equal(DemoPeople.Benoit.AadObjectId, request.Candidates[0].Id);
        Assert.Contains(request.Candidates, c => c.Kind == TargetKind.Group && c.Id == DemoPeople.LegalDesk);
        Assert.Equal(DemoPeople.BenoitsManager.AadObjectId, request.EscalationContact?.Value);
        Assert.DoesNotContain(request.Candidates, c => c.Id == DemoPeople.BenoitsManager.AadObjectId);
        Assert.Contains("Benoît Haddad", proposal.GetRawText(), StringComparison.Ordinal);
        Assert.Single(await Host.OutboxOfAsync(request.Id));

        // 3. Confirm: the offer leaves for Benoît; the requester's card shows the status in place.
        var status = Play.CardOf(await Host.PostAsync(Play.Click(ServiceUrl, requester, proposal, "proposal.confirm")));
        request = await Host.RequestAsync(request.Id);
        Assert.Equal(RequestState.Offered, request.State);
        Assert.Equal(DemoPeople.Benoit.AadObjectId, request.CurrentOfferee?.Value);
        Assert.Contains("request.withdraw", status.GetRawText(), StringComparison.Ordinal);
        var offer = Assert.Single(await Host.OutboxOfAsync(request.Id), row => row.Tag == $"offer:{request.Id}:{DemoPeople.Benoit.AadObjectId}");
        Assert.Equal("Send", offer.Kind);
        Assert.Equal(new UserRecipient(Tenant, DemoPeople.Benoit.AadObjectId), offer.Activity.To);
        var offerCalls = await Host.DispatchedCallsAsync();
        var offerSent = await Host.SentAsync(offer.Tag!);
        Assert.Equal(("POST", $"/v3/conversations/{offerSent.ConversationId}/activities"), (offerCalls[^1].Method, offerCalls[^1].Path));
        if (offerCalls.Count == 2)
        {
            // Benoît never wrote to the bot in this host: his personal conversation is created first, with the tenant.
            Assert.Equal(("POST", "/v3/conversations"), (offerCalls[0].Method, offerCalls[0].Path.TrimEnd('/')));
            Assert.Equal(Tenant, offerCalls[0].Json.GetProperty("tenantId").GetString());
            Assert.Equal(DemoPeople.Benoit.AadObjectId, offerCalls[0].Json.GetProperty("members")[0].GetProperty("aadObjectId").GetString());
        }
        else
        {
            Assert.Single(offerCalls);
        }

        // 4. Benoît accepts: both sides are introduced, the requester's status card is updated in place.
        var before = (await Host.OutboxOfAsync(request.Id)).Count;
        var introduction = Play.CardOf(await Host.PostAsync(Play.Click(ServiceUrl, DemoPeople.Benoit, offer.Card, "offer.accept")));
        request = await Host.RequestAsync(request.Id);
        Assert.Equal(RequestState.Accepted, request.State);
        Assert.Equal(DemoPeople.Benoit.AadObjectId, request.Assignee?.Value);
        Assert.Contains("https://teams.microsoft.com/l/chat/0/0?users=", introduction.GetRawText(), StringComparison.Ordinal);
        var written = (await Host.OutboxOfAsync(request.Id)).Skip(before).ToList();
        Assert.Equal(
            [("Send", $"intro:{request.Id}:{requester.AadObjectId}"), ("Update", $"status:{request.Id}")],
            written.Select(row => (row.Kind, row.Tag!)).ToList());
        Assert.Contains(Uri.EscapeDataString("benoit.haddad@altenor.example"), written[0].Activity.CardJson, StringComparison.Ordinal);

        // On the wire: the introduction as a new message, then the status card replaced in place, the first card sent.
        var acceptCalls = await Host.DispatchedCallsAsync();
        Assert.Equal(
            [("POST", $"/v3/conversations/{requester.PersonalConversationId}/activities"), ("PUT", $"/v3/conversations/{requester.PersonalConversationId}/activities/{statusActivity.ActivityId}")],
            acceptCalls.Select(call => (call.Method, call.Path)).ToList());

        // 5. The requester resolves it from the introduction, then rates it from the status card.
        var resolved = Play.CardOf(await Host.PostAsync(Play.Click(ServiceUrl, requester, written[0].Card, "request.resolve")));
        Assert.Equal(RequestState.Resolved, (await Host.RequestAsync(request.Id)).State);
        await Host.PostAsync(Play.Click(ServiceUrl, requester, resolved, "request.rate", new Dictionary<string, string> { ["ratingRightPerson"] = "yes", ["ratingSpeed"] = "fast" }));
        request = await Host.RequestAsync(request.Id);
        Assert.Equal(RequestState.Rated, request.State);
        Assert.True(request.Rating?.ReachedRightPerson);
    }

    [Fact]
    public async Task DeclineAndReroute_ExpertDeclinesWithAReason_TheNextCandidateIsOfferedAndTheRequesterSeesWhy()
    {
        var (request, offer, status) = await OfferedToBenoitAsync();
        var next = request.RemainingCandidates[0].Id;
        var before = (await Host.OutboxOfAsync(request.Id)).Count;

        var answer = await Host.PostAsync(Play.Click(ServiceUrl, DemoPeople.Benoit, offer.Card, "offer.decline", new Dictionary<string, string> { ["declineReason"] = "On leave from tomorrow" }));

        // Benoît reads a short notice in French, his language; the card he clicked keeps its place.
        Assert.Equal("application/vnd.microsoft.activity.message", answer!.Value.GetProperty("type").GetString());
        Assert.StartsWith("Refusée", answer.Value.GetProperty("value").GetString(), StringComparison.Ordinal);
        request = await Host.RequestAsync(request.Id);
        Assert.Equal(RequestState.Offered, request.State);
        Assert.Equal(next, request.CurrentOfferee?.Value);
        var declined = Assert.Single(request.History, e => e.Kind == RequestEventKind.Declined);
        Assert.Equal(("On leave from tomorrow", DemoPeople.Benoit.AadObjectId), (declined.Reason, declined.ActorId));
        var written = (await Host.OutboxOfAsync(request.Id)).Skip(before).ToList();
        Assert.Equal(
            [("Send", $"offer:{request.Id}:{next}"), ("Update", $"offer:{request.Id}:{DemoPeople.Benoit.AadObjectId}"), ("Update", $"status:{request.Id}")],
            written.Select(row => (row.Kind, row.Tag!)).ToList());
        Assert.Contains("On leave from tomorrow", written[2].Activity.CardJson, StringComparison.Ordinal);

        var known = await KnownConversationAsync(next);
        var calls = await Host.DispatchedCallsAsync();
        var nextOffer = await Host.SentAsync($"offer:{request.Id}:{next}");
        var statusSent = await Host.SentAsync($"status:{request.Id}");
        var benoitsOffer = await Host.SentAsync($"offer:{request.Id}:{DemoPeople.Benoit.AadObjectId}");

        // Exactly these calls; different conversations are dispatched side by side, so their order is not defined.
        AssertCalls(
            calls,
            [
                .. known ? Array.Empty<string>() : ["POST /v3/conversations"],
                $"POST /v3/conversations/{nextOffer.ConversationId}/activities",
                $"PUT /v3/conversations/{benoitsOffer.ConversationId}/activities/{benoitsOffer.ActivityId}",
                $"PUT /v3/conversations/{statusSent.ConversationId}/activities/{statusSent.ActivityId}",
            ]);

        // Benoît's card no longer offers anything, and says why, in French.
        var closed = CallTo(calls, "PUT", benoitsOffer);
        Assert.Contains("Vous l'avez déclinée", closed.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("offer.accept", closed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirect_ExpertNamesAColleague_TheColleagueIsOfferedWithTheNote()
    {
        var (request, offer, status) = await OfferedToBenoitAsync();
        var colleague = Play.DataOf(offer.Card, "offer.redirect");
        var choice = offer.Card.GetRawText().Contains(DemoPeople.LegalDirector.AadObjectId, StringComparison.Ordinal)
            ? DemoPeople.LegalDirector.AadObjectId
            : throw new InvalidOperationException("The offer card lists no colleague of the legal department.");
        Assert.NotNull(colleague);

        var before = (await Host.OutboxOfAsync(request.Id)).Count;

        await Host.PostAsync(Play.Click(ServiceUrl, DemoPeople.Benoit, offer.Card, "offer.redirect", new Dictionary<string, string> { ["redirectColleague"] = choice, ["redirectNote"] = "She signed this supplier's framework" }));

        request = await Host.RequestAsync(request.Id);
        Assert.Equal(RequestState.Offered, request.State);
        Assert.Equal(choice, request.CurrentOfferee?.Value);
        Assert.Equal((OfferReason.Redirected, "She signed this supplier's framework"), (request.CurrentOffer!.Reason, request.CurrentOffer.Note));
        var written = (await Host.OutboxOfAsync(request.Id)).Skip(before).ToList();
        Assert.Equal(
            [("Send", $"offer:{request.Id}:{choice}"), ("Update", $"offer:{request.Id}:{DemoPeople.Benoit.AadObjectId}"), ("Update", $"status:{request.Id}")],
            written.Select(row => (row.Kind, row.Tag!)).ToList());
        Assert.Contains("She signed this supplier", written[0].Activity.CardJson, StringComparison.Ordinal);

        // On the wire: the colleague's offer (her conversation created first when the bot never talked to her), Benoît's
        // card closed in place, the requester's status card updated in place.
        var known = await KnownConversationAsync(choice);
        var calls = await Host.DispatchedCallsAsync();
        var colleagueOffer = await Host.SentAsync($"offer:{request.Id}:{choice}");
        var benoitsOffer = await Host.SentAsync($"offer:{request.Id}:{DemoPeople.Benoit.AadObjectId}");
        var statusSent = await Host.SentAsync($"status:{request.Id}");
        AssertCalls(
            calls,
            [
                .. known ? Array.Empty<string>() : ["POST /v3/conversations"],
                $"POST /v3/conversations/{colleagueOffer.ConversationId}/activities",
                $"PUT /v3/conversations/{benoitsOffer.ConversationId}/activities/{benoitsOffer.ActivityId}",
                $"PUT /v3/conversations/{statusSent.ConversationId}/activities/{statusSent.ActivityId}",
            ]);
        if (!known)
        {
            var created = Assert.Single(calls, call => call.Path.TrimEnd('/') == "/v3/conversations");
            Assert.Equal((Tenant, choice), (created.Json.GetProperty("tenantId").GetString(), created.Json.GetProperty("members")[0].GetProperty("aadObjectId").GetString()));
        }

        var closed = CallTo(calls, "PUT", benoitsOffer);
        Assert.Contains("Vous l'avez redirigée vers", closed.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("offer.accept", closed.Body, StringComparison.Ordinal);
        Assert.Contains("She signed this supplier", CallTo(calls, "POST", colleagueOffer).Body, StringComparison.Ordinal);

        // A click on the card Benoît had before is refused with the error card; nothing changes, nothing is sent.
        var version = request.Version;
        var rows = (await Host.OutboxOfAsync(request.Id)).Count;
        var refused = Play.CardOf(await Host.PostAsync(Play.Click(ServiceUrl, DemoPeople.Benoit, offer.Card, "offer.accept")));
        Assert.Contains("Cette carte n'est plus à jour", refused.GetRawText(), StringComparison.Ordinal);
        Assert.Equal((version, choice), ((await Host.RequestAsync(request.Id)).Version, (await Host.RequestAsync(request.Id)).CurrentOfferee?.Value));
        Assert.Equal(rows, (await Host.OutboxOfAsync(request.Id)).Count);
        Assert.Empty(await Host.DispatchedCallsAsync());
    }

    [Fact]
    public async Task Withdraw_RequesterWithdrawsAnOffer_TheRequestIsClosedAndTheExpertCanNoLongerAccept()
    {
        var (request, offer, status) = await OfferedToBenoitAsync();
        var before = (await Host.OutboxOfAsync(request.Id)).Count;

        var withdrawn = Play.CardOf(await Host.PostAsync(Play.Click(ServiceUrl, DemoPeople.Sanjay, status, "request.withdraw")));

        request = await Host.RequestAsync(request.Id);
        Assert.Equal(RequestState.Withdrawn, request.State);
        Assert.Null(request.CurrentOfferee);
        Assert.DoesNotContain("request.withdraw", withdrawn.GetRawText(), StringComparison.Ordinal);

        // The requester's card was answered in place; Benoît's offer card is the only one that changes.
        var written = (await Host.OutboxOfAsync(request.Id)).Skip(before).ToList();
        Assert.Equal([("Update", $"offer:{request.Id}:{DemoPeople.Benoit.AadObjectId}")], written.Select(row => (row.Kind, row.Tag!)).ToList());
        var calls = await Host.DispatchedCallsAsync();
        var benoitsOffer = await Host.SentAsync($"offer:{request.Id}:{DemoPeople.Benoit.AadObjectId}");
        AssertCalls(calls, [$"PUT /v3/conversations/{benoitsOffer.ConversationId}/activities/{benoitsOffer.ActivityId}"]);
        Assert.Contains("Sanjay Reddy l'a retirée.", calls[0].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("offer.accept", calls[0].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("offer.decline", calls[0].Body, StringComparison.Ordinal);

        // A click on the card Benoît had before is refused with the error card; nothing changes, nothing is sent.
        var refused = Play.CardOf(await Host.PostAsync(Play.Click(ServiceUrl, DemoPeople.Benoit, offer.Card, "offer.accept")));
        Assert.Contains("Cette carte n'est plus à jour", refused.GetRawText(), StringComparison.Ordinal);
        var after = await Host.RequestAsync(request.Id);
        Assert.Equal((RequestState.Withdrawn, request.Version), (after.State, after.Version));
        Assert.Equal(before + 1, (await Host.OutboxOfAsync(request.Id)).Count);
        Assert.Empty(await Host.DispatchedCallsAsync());
    }

    [Fact]
    public async Task GroupClaimRace_TwoMembersTakeItAtOnce_ExactlyOneWinsAndTheOtherGetsTheErrorCard()
    {
        await Host.DispatchAsync();
        var request = await StartAsync(DemoPeople.BrokenLaptop);
        var proposal = Play.CardOf(await Host.PostAsync(Play.Click(ServiceUrl, DemoPeople.Sanjay, StatusCard(request), "qualification.submit", Inputs("My laptop screen is broken", "The screen flickers then goes black."))));
        Assert.Equal(TargetKind.Group, (await Host.RequestAsync(request.Id)).Candidates[0].Kind);
        await Host.PostAsync(Play.Click(ServiceUrl, DemoPeople.Sanjay, proposal, "proposal.confirm"));
        request = await Host.RequestAsync(request.Id);
        Assert.Equal((RequestState.Posted, DemoPeople.ItHelpDesk), (request.State, request.PostedTo?.Value));
        var post = Assert.Single(await Host.OutboxOfAsync(request.Id), row => row.Tag == $"post:{request.Id}");
        var channel = Assert.IsType<ChannelRecipient>(post.Activity.To).ChannelId;
        // On the wire: the form sent to the requester (answered in place since), then the post in the channel.
        AssertCalls(
            await Host.DispatchedCallsAsync(),
            [$"POST /v3/conversations/{(await Host.SentAsync($"status:{request.Id}")).ConversationId}/activities", $"POST /v3/conversations/{channel}/activities"]);

        var answers = await Task.WhenAll(
            Host.PostAsync(Play.Click(ServiceUrl, DemoPeople.Samuel, post.Card, "group.claim")),
            Host.PostAsync(Play.Click(ServiceUrl, DemoPeople.Aarav, post.Card, "group.claim")));

        request = await Host.RequestAsync(request.Id);
        Assert.Equal(RequestState.Claimed, request.State);
        var winner = request.Assignee!.Value.Value == DemoPeople.Samuel.AadObjectId ? 0 : 1;
        var winnerName = winner == 0 ? DemoPeople.Samuel.Name : DemoPeople.Aarav.Name;
        Assert.Contains(winnerName, Play.CardOf(answers[winner]).GetRawText(), StringComparison.Ordinal);
        Assert.Contains("Someone else took this request first.", Play.CardOf(answers[1 - winner]).GetRawText(), StringComparison.Ordinal);
        Assert.Single(request.History, e => e.Kind == RequestEventKind.Claimed);
        var update = Assert.Single(await Host.OutboxOfAsync(request.Id), row => row.Tag == $"post:{request.Id}" && row.Kind == "Update");
        Assert.Contains(winnerName, update.Activity.CardJson, StringComparison.Ordinal);

        // On the wire: the channel post replaced for everyone with who took it, both introductions, the status card.
        var winnerId = request.Assignee!.Value.Value;
        var winnerKnown = await KnownConversationAsync(winnerId);
        var calls = await Host.DispatchedCallsAsync();
        var posted = await Host.SentAsync($"post:{request.Id}");
        var status = await Host.SentAsync($"status:{request.Id}");
        var winnerIntro = await Host.SentAsync($"intro:{request.Id}:{winnerId}");
        AssertCalls(
            calls,
            [
                $"PUT /v3/conversations/{posted.ConversationId}/activities/{posted.ActivityId}",
                $"POST /v3/conversations/{status.ConversationId}/activities",
                .. winnerKnown ? Array.Empty<string>() : ["POST /v3/conversations"],
                $"POST /v3/conversations/{winnerIntro.ConversationId}/activities",
                $"PUT /v3/conversations/{status.ConversationId}/activities/{status.ActivityId}",
            ]);
        Assert.Contains(winnerName, CallTo(calls, "PUT", posted).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CardTampering_UnknownVerbWrongTypeSomeoneElsesRequestStaleVersion_ErrorCardAndNoStateChange()
    {
        var (request, offer, status) = await OfferedToBenoitAsync();
        var version = request.Version;
        var rows = (await Host.OutboxOfAsync(request.Id)).Count;

        var unknown = Play.DataOf(offer.Card, "offer.accept");
        unknown["verb"] = "offer.steal";
        var wrongType = Play.DataOf(offer.Card, "offer.accept");
        wrongType["version"] = new System.Text.Json.Nodes.JsonObject { ["$gt"] = 0 };
        var stale = Play.DataOf(offer.Card, "offer.accept");
        stale["version"] = version - 1;

        JsonElement?[] answers =
        [
            await Host.PostAsync(Play.Invoke(ServiceUrl, DemoPeople.Benoit, "offer.steal", unknown)),
            await Host.PostAsync(Play.Invoke(ServiceUrl, DemoPeople.Benoit, "offer.accept", wrongType)),
            await Host.PostAsync(Play.Click(ServiceUrl, DemoPeople.Samuel, offer.Card, "offer.accept")),
            await Host.PostAsync(Play.Invoke(ServiceUrl, DemoPeople.Benoit, "offer.accept", stale)),
            await Host.PostAsync(Play.Click(ServiceUrl, DemoPeople.Samuel, status, "request.withdraw")),
        ];

        // Benoît reads French (his Teams locale); Samuel English.
        string[] expected =
        [
            "Je ne reconnais pas cette action.",
            "Quelque chose ne va pas dans le formulaire.",
            "This request is not yours to act on.",
            "Cette carte n'est plus à jour",
            "This request is not yours to act on.",
        ];
        for (var i = 0; i < answers.Length; i++)
        {
            var card = Play.CardOf(answers[i]);
            Assert.True(card.GetRawText().Contains(expected[i], StringComparison.Ordinal), $"{i}: {card}");
        }

        request = await Host.RequestAsync(request.Id);
        Assert.Equal((RequestState.Offered, version), (request.State, request.Version));
        Assert.Equal(rows, (await Host.OutboxOfAsync(request.Id)).Count);

        // The error cards went back in the invoke answers; nothing reached the connector.
        Assert.Empty(await Host.DispatchedCallsAsync());
    }

    [Fact]
    public async Task Idempotency_SameMessageTwiceAndAnInvokeRetriedWithANewId_OneRequestOneOfferOneTransition()
    {
        var before = await Host.CountRequestsAsync();
        var message = Play.Message(ServiceUrl, DemoPeople.Sanjay, DemoPeople.ContractQuestion);
        await Host.PostAsync(message);
        await Host.PostAsync(message);
        Assert.Equal(before + 1, await Host.CountRequestsAsync());

        var request = (await Host.RequestsOfAsync(DemoPeople.Sanjay.AadObjectId))[0];
        var proposal = Play.CardOf(await Host.PostAsync(Play.Click(ServiceUrl, DemoPeople.Sanjay, StatusCard(request), "qualification.submit", Inputs(DemoPeople.ContractQuestion, "Indemnity clause."))));
        var confirm = Play.Click(ServiceUrl, DemoPeople.Sanjay, proposal, "proposal.confirm");
        var retry = Play.Click(ServiceUrl, DemoPeople.Sanjay, proposal, "proposal.confirm");
        Assert.NotEqual(confirm["id"]!.GetValue<string>(), retry["id"]!.GetValue<string>());

        var first = Play.CardOf(await Host.PostAsync(confirm));
        var second = Play.CardOf(await Host.PostAsync(retry));

        request = await Host.RequestAsync(request.Id);
        Assert.Equal(RequestState.Offered, request.State);
        Assert.Single(request.History, e => e.Kind == RequestEventKind.Confirmed);
        Assert.Single(await Host.OutboxOfAsync(request.Id), row => row.Tag!.StartsWith("offer:", StringComparison.Ordinal));
        Assert.Equal(first.GetRawText(), second.GetRawText());
    }

    [Fact]
    public async Task SendTimeRules_TheNextCandidateWentIntoFocus_IsSkippedWithTheReasonAndTheOneAfterIsOffered()
    {
        var (request, offer, status) = await OfferedToBenoitAsync();
        var inFocus = request.RemainingCandidates[0].Id;
        var after = request.RemainingCandidates[1].Id;
        await Host.PostAsync(Play.Message(ServiceUrl, new DemoPerson(inFocus, "Colleague in focus"), "focus 2h"));

        await Host.PostAsync(Play.Click(ServiceUrl, DemoPeople.Benoit, offer.Card, "offer.decline", new Dictionary<string, string> { ["declineReason"] = "Not my area" }));

        request = await Host.RequestAsync(request.Id);
        Assert.Equal(after, request.CurrentOfferee?.Value);
        var skipped = Assert.Single(request.History, e => e.Kind == RequestEventKind.OfferUndeliverable);
        Assert.StartsWith("in focus mode until", skipped.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(await Host.OutboxOfAsync(request.Id), row => row.Tag == $"offer:{request.Id}:{inFocus}");
    }

    [Fact]
    public async Task BlockedBot_TheConnectorAnswers403ForTheExpert_TheNextCandidateIsOfferedAndTheReasonRecorded()
    {
        // Other tests' rows leave first, so the only offer to Benoît on the wire is this request's.
        await Host.DispatchAsync();
        var (request, _, _) = await OfferedToBenoitAsync(dispatch: false);
        var next = request.RemainingCandidates[0].Id;
        var benoit = DemoPeople.Benoit;

        // Whether the gateway creates Benoît's conversation or writes to the one he used before, Teams says he blocked the bot.
        var known = await Host.Services.GetRequiredService<IConversationAddressBook>().FindAsync(Tenant, benoit.AadObjectId, CancellationToken.None);
        Host.Connector.Inject(
            call => known is null
                ? call.Path.TrimEnd('/') == "/v3/conversations" && call.Body.Contains(benoit.AadObjectId, StringComparison.OrdinalIgnoreCase)
                : call.Path == $"/v3/conversations/{known.ConversationId}/activities",
            ConnectorFault.Error(403, "ConversationBlockedByUser"));
        var nextKnown = await KnownConversationAsync(next);
        var calls = await Host.DispatchedCallsAsync();

        request = await Host.RequestAsync(request.Id);
        Assert.Equal(next, request.CurrentOfferee?.Value);
        var skipped = Assert.Single(request.History, e => e.Kind == RequestEventKind.OfferUndeliverable);
        Assert.Contains("ConversationBlockedByUser", skipped.Reason, StringComparison.Ordinal);
        Assert.Equal("switchboard", skipped.ActorId);

        // The refused call, then the next candidate's offer and the requester's card showing the step; nothing else.
        var nextOffer = await Host.SentAsync($"offer:{request.Id}:{next}");
        var statusSent = await Host.SentAsync($"status:{request.Id}");
        AssertCalls(
            calls,
            [
                known is null ? "POST /v3/conversations" : $"POST /v3/conversations/{known.ConversationId}/activities",
                .. nextKnown ? Array.Empty<string>() : ["POST /v3/conversations"],
                $"POST /v3/conversations/{nextOffer.ConversationId}/activities",
                $"POST /v3/conversations/{statusSent.ConversationId}/activities",
                $"PUT /v3/conversations/{statusSent.ConversationId}/activities/{statusSent.ActivityId}",
            ]);
        var status = (await Host.OutboxOfAsync(request.Id)).Last(row => row.Tag == $"status:{request.Id}");
        Assert.Contains("ConversationBlockedByUser", status.Activity.CardJson, StringComparison.Ordinal);

        // Reported again (at-least-once), it changes nothing.
        await Host.Conversation.OfferUndeliverableAsync(request.Id, new UserId(benoit.AadObjectId), "403 ConversationBlockedByUser", CancellationToken.None);
        Assert.Equal(request.Version, (await Host.RequestAsync(request.Id)).Version);
    }

    [Fact]
    public async Task ExpertSettings_SavedFromTheCard_AreReadBackAndAStaleSaveIsRefused()
    {
        var settings = Play.CardOf(await SettingsOfSamuelAsync());
        var save = Play.Click(ServiceUrl, DemoPeople.Samuel, settings, "settings.save", new Dictionary<string, string> { ["capacity"] = "2", ["delegateId"] = DemoPeople.Aarav.AadObjectId });

        var saved = Play.CardOf(await Host.PostAsync(save));
        var again = Play.CardOf(await Host.PostAsync(Play.Click(ServiceUrl, DemoPeople.Samuel, settings, "settings.save", new Dictionary<string, string> { ["capacity"] = "9" })));

        var stored = await Host.Services.GetRequiredService<IExpertPreferencesStore>().FindAsync(new UserId(DemoPeople.Samuel.AadObjectId), CancellationToken.None);
        Assert.Equal((2, DemoPeople.Aarav.AadObjectId), (stored!.Capacity, stored.Delegate?.Value));
        Assert.Contains(DemoPeople.Aarav.AadObjectId, saved.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("This card is out of date", again.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusCommand_InFrench_ListsTheOpenRequestsAsStatusCards()
    {
        var (request, _, _) = await OfferedToBenoitAsync();
        var asker = DemoPeople.Sanjay with { Locale = "fr-FR" };
        var message = Play.Message(ServiceUrl, asker, "statut");

        await Host.PostAsync(message);

        var reply = Host.Connector.CallsFor(asker.PersonalConversationId).Last(call => call.Path.EndsWith(message["id"]!.GetValue<string>(), StringComparison.Ordinal));
        var cards = reply.Json.GetProperty("attachments");
        Assert.InRange(cards.GetArrayLength(), 1, 10);
        Assert.Contains(request.Id.ToString(), reply.Body, StringComparison.Ordinal);
        Assert.Contains("Votre demande", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitFallback_AClientWithoutUniversalActions_QualifiesAndTheProposalReplacesTheStatusCardThroughTheOutbox()
    {
        var request = await StartAsync(DemoPeople.ContractQuestion);
        var message = Play.Submit(ServiceUrl, DemoPeople.Sanjay, StatusCard(request), "qualification.submit", Inputs(DemoPeople.ContractQuestion, "Indemnity clause."));

        await Host.PostAsync(message);

        Assert.Equal(RequestState.Proposed, (await Host.RequestAsync(request.Id)).State);
        var last = (await Host.OutboxOfAsync(request.Id))[^1];
        Assert.Equal(("Update", $"status:{request.Id}"), (last.Kind, last.Tag));
        Assert.Contains("proposal.confirm", last.Activity.CardJson, StringComparison.Ordinal);

        // Nothing is replied inline: the card the requester clicked is the one that changes.
        Assert.DoesNotContain(Host.Connector.CallsFor(DemoPeople.Sanjay.PersonalConversationId), call => call.Path.EndsWith(message["id"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invoke_ConfirmingARequest_IsAnsweredWellWithinThreeSeconds()
    {
        var request = await StartAsync(DemoPeople.ContractQuestion);
        var proposal = Play.CardOf(await Host.PostAsync(Play.Click(ServiceUrl, DemoPeople.Sanjay, StatusCard(request), "qualification.submit", Inputs(DemoPeople.ContractQuestion, "Indemnity clause."))));

        var clock = System.Diagnostics.Stopwatch.StartNew();
        Play.CardOf(await Host.PostAsync(Play.Click(ServiceUrl, DemoPeople.Sanjay, proposal, "proposal.confirm")));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"The invoke took {clock.Elapsed}.");
    }

    [Fact]
    public async Task AskAndAddDetails_TheExpertAsksTheRequesterAnswers_TheOfferComesBackWithAFreshExpiryOnBothCards()
    {
        var (request, offer, _) = await OfferedToBenoitAsync();

        var asked = Play.CardOf(await Host.PostAsync(Play.Click(ServiceUrl, DemoPeople.Benoit, offer.Card, "offer.askDetails", new Dictionary<string, string> { ["askQuestion"] = "Which supplier is it?" })));
        request = await Host.RequestAsync(request.Id);
        Assert.Equal((RequestState.DetailsRequested, "Which supplier is it?"), (request.State, request.PendingQuestion));
        Assert.Null(request.CurrentOffer!.ExpiresAt);
        var requesterSees = (await Host.OutboxOfAsync(request.Id)).Last(row => row.Tag == $"status:{request.Id}");
        Assert.Contains("Which supplier is it?", requesterSees.Activity.CardJson, StringComparison.Ordinal);
        Assert.Contains("offer.accept", asked.GetRawText(), StringComparison.Ordinal);

        var answered = Play.CardOf(await Host.PostAsync(Play.Click(ServiceUrl, DemoPeople.Sanjay, requesterSees.Card, "request.addDetails", new Dictionary<string, string> { ["addedDetails"] = "Hexatec, the pump seals supplier." })));
        request = await Host.RequestAsync(request.Id);
        Assert.Equal(RequestState.Offered, request.State);
        Assert.NotNull(request.CurrentOffer!.ExpiresAt);
        Assert.Contains("request.withdraw", answered.GetRawText(), StringComparison.Ordinal);
        var expertSees = (await Host.OutboxOfAsync(request.Id)).Last(row => row.Tag == $"offer:{request.Id}:{DemoPeople.Benoit.AadObjectId}");
        Assert.Equal("Update", expertSees.Kind);
        Assert.Contains("Hexatec, the pump seals supplier.", expertSees.Activity.CardJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DowngradeUrgency_TheExpertLowersIt_TheUrgencyChangesWithTheReasonAndTheRequesterIsTold()
    {
        var (request, offer, _) = await OfferedToBenoitAsync();

        var card = Play.CardOf(await Host.PostAsync(Play.Click(ServiceUrl, DemoPeople.Benoit, offer.Card, "urgency.downgrade", new Dictionary<string, string> { ["downgradeUrgency"] = "low", ["downgradeReason"] = "The contract is signed next quarter" })));

        request = await Host.RequestAsync(request.Id);
        Assert.Equal((RequestState.Offered, Domain.Routing.Urgency.Low), (request.State, request.CurrentUrgency));
        Assert.Equal("The contract is signed next quarter", Assert.Single(request.History, e => e.Kind == RequestEventKind.UrgencyDowngraded).Reason);
        Assert.Contains("offer.accept", card.GetRawText(), StringComparison.Ordinal);
        var status = (await Host.OutboxOfAsync(request.Id)).Last(row => row.Tag == $"status:{request.Id}");
        Assert.Contains("The contract is signed next quarter", status.Activity.CardJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NobodyFound_RoutingAnswersNone_TheRequesterSeesWhatIsMissingAndWhatToDoInTheirLanguageAndNothingIsSent()
    {
        const string Gibberish = "Zorblax quintafrob wemmick";
        var asker = DemoPeople.Sanjay with { Locale = "fr-FR" };
        await Host.PostAsync(Play.Message(ServiceUrl, asker, Gibberish));
        var request = (await Host.RequestsOfAsync(asker.AadObjectId))[0];
        Assert.Equal(Gibberish, request.Text);

        var card = Play.CardOf(await Host.PostAsync(Play.Click(ServiceUrl, asker, StatusCard(request), "qualification.submit", Inputs(Gibberish, "Plumbus."))));

        request = await Host.RequestAsync(request.Id);
        Assert.Equal(RequestState.Proposed, request.State);
        Assert.Empty(request.Candidates);
        Assert.Equal(NoTargetCause.NotUnderstood, request.NoTarget?.Cause);
        Assert.Equal(2, request.NoTarget!.Reasons.Count);
        var text = card.GetRawText();
        var strings = Strings(card).ToList();
        Assert.Contains("Personne de trouvé pour cette demande", strings);
        Assert.Contains("Ce qui manque", strings);
        Assert.Contains("Switchboard n'a pu relier votre demande à aucune compétence, responsabilité ou équipe de l'annuaire.", strings);
        Assert.Contains("Ce que vous pouvez faire", strings);
        Assert.Contains("• Nommez l'outil, le système ou le sujet concerné (par exemple SAP, bulletin de paie, VPN).", strings);
        // Routing's own reasons, coded, said in the requester's language too.
        Assert.Equal([Domain.Routing.ReasonCode.NotMatched, Domain.Routing.ReasonCode.NameTheSubject], request.NoTarget.Reasons.Select(r => r.Code));
        Assert.Contains("• la demande n'a pu être reliée à aucune compétence, responsabilité ou équipe de l'annuaire", strings);
        Assert.DoesNotContain(strings, s => s.Contains("could not match", StringComparison.Ordinal));
        Assert.Contains("proposal.edit", text, StringComparison.Ordinal);
        Assert.Contains("request.withdraw", text, StringComparison.Ordinal);
        Assert.DoesNotContain("proposal.confirm", text, StringComparison.Ordinal);
        Assert.DoesNotContain(await Host.OutboxOfAsync(request.Id), row => row.Tag!.StartsWith("offer:", StringComparison.Ordinal) || row.Tag!.StartsWith("post:", StringComparison.Ordinal));

        // The way back: editing shows the form again.
        var form = Play.CardOf(await Host.PostAsync(Play.Click(ServiceUrl, asker, card, "proposal.edit")));
        Assert.Contains("qualification.submit", form.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PreferredTarget_ATeamIsPreferred_TheTeamIsProposedFirstAndConfirmingPostsThere()
    {
        var request = await StartAsync(DemoPeople.ContractQuestion);
        var inputs = Inputs(DemoPeople.ContractQuestion, "Indemnity clause.");
        inputs["preferredTarget"] = "team";

        var proposal = Play.CardOf(await Host.PostAsync(Play.Click(ServiceUrl, DemoPeople.Sanjay, StatusCard(request), "qualification.submit", inputs)));
        Assert.Equal((TargetKind.Group, DemoPeople.LegalDesk), ((await Host.RequestAsync(request.Id)).Candidates[0].Kind, (await Host.RequestAsync(request.Id)).Candidates[0].Id));
        await Host.PostAsync(Play.Click(ServiceUrl, DemoPeople.Sanjay, proposal, "proposal.confirm"));

        Assert.Equal(DemoPeople.LegalDesk, (await Host.RequestAsync(request.Id)).PostedTo?.Value);
    }

    [Fact]
    public async Task WithdrawWhilePosted_TheTeamsPostIsClosedInPlaceAndATakeOnItIsRefused()
    {
        await Host.DispatchAsync();
        var request = await StartAsync(DemoPeople.BrokenLaptop);
        var proposal = Play.CardOf(await Host.PostAsync(Play.Click(ServiceUrl, DemoPeople.Sanjay, StatusCard(request), "qualification.submit", Inputs("My laptop screen is broken", "The screen flickers then goes black."))));
        var status = Play.CardOf(await Host.PostAsync(Play.Click(ServiceUrl, DemoPeople.Sanjay, proposal, "proposal.confirm")));
        var post = Assert.Single(await Host.OutboxOfAsync(request.Id), row => row.Tag == $"post:{request.Id}");
        await Host.DispatchAsync();
        var before = (await Host.OutboxOfAsync(request.Id)).Count;

        await Host.PostAsync(Play.Click(ServiceUrl, DemoPeople.Sanjay, status, "request.withdraw"));

        request = await Host.RequestAsync(request.Id);
        Assert.Equal(RequestState.Withdrawn, request.State);
        Assert.Equal([("Update", $"post:{request.Id}")], (await Host.OutboxOfAsync(request.Id)).Skip(before).Select(row => (row.Kind, row.Tag!)).ToList());
        var calls = await Host.DispatchedCallsAsync();
        var posted = await Host.SentAsync($"post:{request.Id}");
        AssertCalls(calls, [$"PUT /v3/conversations/{posted.ConversationId}/activities/{posted.ActivityId}"]);
        Assert.Contains("Sanjay Reddy withdrew it.", calls[0].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("group.claim", calls[0].Body, StringComparison.Ordinal);

        // A member who still has the old post and takes it gets the error card; nothing changes.
        var refused = Play.CardOf(await Host.PostAsync(Play.Click(ServiceUrl, DemoPeople.Samuel, post.Card, "group.claim")));
        Assert.Contains("This card is out of date", refused.GetRawText(), StringComparison.Ordinal);
        Assert.Equal((RequestState.Withdrawn, request.Version), ((await Host.RequestAsync(request.Id)).State, (await Host.RequestAsync(request.Id)).Version));
        Assert.Empty(await Host.DispatchedCallsAsync());
    }

}
