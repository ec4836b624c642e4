using Switchboard.Domain.Record;
using Switchboard.Domain.Requests;

namespace Switchboard.Domain.Tests.Record;

public sealed class RequestAuditEntriesTests
{
    private static readonly AuditPseudonyms Pseudonyms = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    private static readonly UserId Requester = new("0F6C3C1E-1A1B-4C1D-9E7F-000000000001");
    private const string Alice = "0f6c3c1e-1a1b-4c1d-9e7f-0000000000a1";
    private const string Bob = "0f6c3c1e-1a1b-4c1d-9e7f-0000000000b2";

    [Fact]
    public void From_ProposedWithCandidatesAndReasons_KeepsPseudonymsAndFactsOnly()
    {
        var proposed = new RequestEvent(RequestId.New(), 3, 3, RequestEventKind.Proposed, Actor.System.Id, DateTimeOffset.UnixEpoch, "Alice Martin knows payroll",
            new Dictionary<string, string>
            {
                [RequestEventData.CandidateCount] = "2",
                [RequestEventData.Candidate(0)] = "person:" + Alice,
                [RequestEventData.CandidateReasons(0)] = "Alice Martin handled 12 payroll questions",
                [RequestEventData.Candidate(1)] = "group:helpdesk",
                [RequestEventData.EscalationContact] = Bob,
            });

        var draft = RequestAuditEntries.From(proposed, Requester, Pseudonyms);

        var everything = string.Join("|", draft.Subjects.Concat(draft.Data.Keys).Concat(draft.Data.Values).Append(draft.Actor));
        Assert.DoesNotContain("Alice", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Alice, everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Bob, everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("payroll", everything, StringComparison.OrdinalIgnoreCase);
        Assert.Equal([Pseudonyms.Of(Requester), Pseudonyms.Of(new UserId(Alice)), Pseudonyms.Of(new UserId(Bob))], draft.Subjects);
        Assert.Equal("person:" + Pseudonyms.Of(new UserId(Alice)), draft.Data[RequestEventData.Candidate(0)]);
        Assert.Equal("group:helpdesk", draft.Data[RequestEventData.Candidate(1)]);
        Assert.Equal("true", draft.Data["reasonGiven"]);
        Assert.Equal(AuditActors.System, draft.Actor);
        Assert.Equal(AuditEntryKind.Proposed, draft.Kind);
    }

    [Fact]
    public void From_UrgencyDowngraded_KeepsTheUrgencies()
    {
        var downgraded = new RequestEvent(RequestId.New(), 5, 4, RequestEventKind.UrgencyDowngraded, Alice, DateTimeOffset.UnixEpoch, "not urgent",
            new Dictionary<string, string> { [RequestEventData.From] = "Critical", [RequestEventData.To] = "Normal" });

        var draft = RequestAuditEntries.From(downgraded, Requester, Pseudonyms);

        Assert.Equal("Critical", draft.Data[RequestEventData.From]);
        Assert.Equal("Normal", draft.Data[RequestEventData.To]);
        Assert.Equal(Pseudonyms.Of(new UserId(Alice)), draft.Actor);
    }

    [Fact]
    public void Of_SamePersonAnyCase_SamePseudonym()
    {
        Assert.Equal(Pseudonyms.Of(new UserId(Alice.ToUpperInvariant())), Pseudonyms.Of(new UserId(Alice)));
        Assert.Equal(64, Pseudonyms.Of(new UserId(Alice)).Length);
        Assert.NotEqual(new AuditPseudonyms(new byte[32]).Of(new UserId(Alice)), Pseudonyms.Of(new UserId(Alice)));
    }

    [Fact]
    public void AuditEntryKind_CoversEveryRequestEventKind()
    {
        Assert.All(Enum.GetNames<RequestEventKind>(), name => Assert.True(Enum.IsDefined(typeof(AuditEntryKind), name), name));
    }
}
