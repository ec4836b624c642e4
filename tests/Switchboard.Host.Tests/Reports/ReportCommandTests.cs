using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Domain.Directory;
using Switchboard.Domain.Record;
using Switchboard.Domain.Reports;
using Switchboard.Domain.Requests;
using Switchboard.Host.Tests.Conversations;

namespace Switchboard.Host.Tests.Reports;

/// <summary>
/// "report" through the real host, adapter and bot, on the demo company: a manager gets the summary card of their
/// reporting line, and the view is in the record. The class has its own host (a class fixture), so the counts are
/// this test's requests only.
/// </summary>
public sealed class ReportCommandTests(ConversationHost host) : IClassFixture<ConversationHost>
{
    [Fact]
    public async Task Report_ManagerInPersonalChat_SummaryCardOfTheirLineOnlyAndRecordedAsViewed()
    {
        var director = DemoPeople.LegalDirector;
        var directory = host.Services.GetRequiredService<IPeopleDirectory>();
        var context = new LifecycleContext(host.Clock, host.Services.GetRequiredService<IOfferExpiry>(), new DirectoryOrganisation(directory));
        var line = host.Services.GetRequiredService<ReportAccessPolicy>().Decide(new UserId(director.AadObjectId), ReportScopeRequest.Default).Scope!;
        Assert.Equal(ReportScopeKind.ReportingLine, line.Kind);
        Assert.Equal(new UserId(director.AadObjectId), context.Organisation.ManagerOf(new UserId(DemoPeople.Benoit.AadObjectId)));
        Assert.True(line.Includes(DemoPeople.Benoit.AadObjectId));
        Assert.False(line.Includes(DemoPeople.Samuel.AadObjectId));

        // Benoît (the legal director's team) asks Aarav, who answers in 12 minutes; Samuel's own request is outside the director's line.
        await SaveAsync(Resolved(DemoPeople.Benoit, DemoPeople.Aarav, context));
        await SaveAsync(Resolved(DemoPeople.Samuel, DemoPeople.Aarav, context));
        var message = Play.Message(host.Connector.ServiceUrl, director, "report");

        await host.PostAsync(message);

        var reply = host.Connector.CallsFor(director.PersonalConversationId).Last(call => call.Path.EndsWith(message["id"]!.GetValue<string>(), StringComparison.Ordinal));
        var card = reply.Json.GetProperty("attachments")[0].GetProperty("content");
        Assert.Equal("Requests in your scope", card.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal(
            [("Received", "1"), ("Resolved", "1"), ("Escalated", "0"), ("Median time to first answer", "12 min"), ("Reached the right person", "100%")],
            Facts(card));
        var head = await host.Services.GetRequiredService<IAuditLog>().ReadHeadAsync(CancellationToken.None);
        Assert.Equal(AuditEntryKind.ReportViewed, head!.Content.Kind);
        Assert.Equal(host.Services.GetRequiredService<AuditPseudonyms>().Of(new UserId(director.AadObjectId)), head.Content.Actor);
        Assert.Equal("ReportingLine", head.Content.Data["scope"]);
    }

    private SupportRequest Resolved(DemoPerson requester, DemoPerson expert, LifecycleContext context)
    {
        var request = SupportRequest.Create(RequestId.New(), new UserId(requester.AadObjectId), "Who can check this clause?", host.Clock);
        Succeed(request.Qualify(Actor.Person(request.Requester), request.Version, new Qualification { Subject = "Contract clause" }, UrgencyBudgetStatus.Unlimited, context));
        Succeed(request.Propose(Actor.System, request.Version, [new Candidate(TargetKind.Person, expert.AadObjectId, expert.Name, 0.9, ["knows contracts"])], null, context));
        Succeed(request.Confirm(Actor.Person(request.Requester), request.Version, expert.AadObjectId, UrgencyBudgetStatus.Unlimited, context));
        host.Clock.Advance(TimeSpan.FromMinutes(12));
        var expertId = Actor.Person(new UserId(expert.AadObjectId));
        Succeed(request.Accept(expertId, request.Version, context));
        Succeed(request.Resolve(expertId, request.Version, null, context));
        Succeed(request.Rate(Actor.Person(request.Requester), request.Version, new RequestRating(true, 4, null), context));
        return request;
    }

    private async Task SaveAsync(SupportRequest request) =>
        Assert.True((await host.Requests.SaveAsync(request, [], null, CancellationToken.None)).Saved);

    private static void Succeed(TransitionResult result) => Assert.True(result.Succeeded, result.Rejection?.Reason);

    private static List<(string, string)> Facts(JsonElement card) =>
        [.. card.GetProperty("body").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "FactSet")
            .SelectMany(e => e.GetProperty("facts").EnumerateArray())
            .Select(f => (f.GetProperty("title").GetString()!, f.GetProperty("value").GetString()!))];
}
