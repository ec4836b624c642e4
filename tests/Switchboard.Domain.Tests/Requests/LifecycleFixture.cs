using Microsoft.Extensions.Time.Testing;
using Switchboard.Domain.Requests;
using Switchboard.Domain.Routing;

namespace Switchboard.Domain.Tests.Requests;

/// <summary>
/// A small organisation and a clock for lifecycle tests: a requester, two experts (Alice, Bob) whose manager is
/// Mina, a helpdesk group with Gus as a member, and offers that expire one hour after they are made (two for low
/// urgency), so that tests about transitions do not depend on working hours.
/// </summary>
internal sealed class LifecycleFixture
{
    public static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    public static readonly UserId Requester = new("requester-1");
    public static readonly UserId Alice = new("alice");
    public static readonly UserId Bob = new("bob");
    public static readonly UserId Carol = new("carol");
    public static readonly UserId Mina = new("mina-manager");
    public static readonly UserId RequesterManager = new("rita-manager");
    public static readonly UserId Gus = new("gus-helpdesk");
    public static readonly UserId Outsider = new("outsider");
    public static readonly GroupId Helpdesk = new("helpdesk-group");

    public FakeTimeProvider Time { get; } = new(Monday);

    public FakeOrganisation Organisation { get; } = new();

    public LifecycleContext Context => new(Time, new HourlyExpiry(), Organisation);

    public static Actor As(UserId user) => Actor.Person(user);

    public static Qualification NormalQualification => new()
    {
        Subject = "Laptop will not start after the update",
        Details = "Black screen since this morning.",
        Kind = RequestKind.Problem,
        Urgency = Urgency.Normal,
        Impact = Impact.Individual,
        Tried = "Restarted twice.",
    };

    public static Qualification HighQualification => NormalQualification with
    {
        Urgency = Urgency.High,
        UrgencyJustification = "Client demo at 14:00.",
    };

    public static IReadOnlyList<Candidate> AliceBobHelpdesk =>
    [
        new(TargetKind.Person, Alice.Value, "Alice", 0.9, ["knows laptops", "in your site"]),
        new(TargetKind.Person, Bob.Value, "Bob", 0.7, ["knows laptops"]),
        new(TargetKind.Group, Helpdesk.Value, "Helpdesk", 0.5, ["service desk for hardware"]),
    ];

    public FakeOrganisation Seeded()
    {
        Organisation.Managers[Alice] = Mina;
        Organisation.Managers[Bob] = Mina;
        Organisation.Managers[Requester] = RequesterManager;
        Organisation.Members.Add((Gus, Helpdesk));
        Organisation.Members.Add((Carol, Helpdesk));
        return Organisation;
    }

    public SupportRequest Draft()
    {
        Seeded();
        return SupportRequest.Create(RequestId.New(), Requester, "My laptop will not start", Time);
    }

    public SupportRequest Qualified(Qualification? qualification = null)
    {
        var request = Draft();
        Succeed(request.Qualify(As(Requester), request.Version, qualification ?? NormalQualification, UrgencyBudgetStatus.Unlimited, Context));
        return request;
    }

    public SupportRequest Proposed(IReadOnlyList<Candidate>? candidates = null, Qualification? qualification = null)
    {
        var request = Qualified(qualification);
        Succeed(request.Propose(Actor.System, request.Version, candidates ?? AliceBobHelpdesk, Mina, Context));
        return request;
    }

    public SupportRequest OfferedToAlice(Qualification? qualification = null)
    {
        var request = Proposed(qualification: qualification);
        Succeed(request.Confirm(As(Requester), request.Version, Alice.Value, UrgencyBudgetStatus.Unlimited, Context));
        return request;
    }

    public SupportRequest PostedToHelpdesk()
    {
        var request = Proposed([new(TargetKind.Group, Helpdesk.Value, "Helpdesk", 0.8, ["service desk"])]);
        Succeed(request.Confirm(As(Requester), request.Version, Helpdesk.Value, UrgencyBudgetStatus.Unlimited, Context));
        return request;
    }

    public SupportRequest AcceptedByAlice()
    {
        var request = OfferedToAlice();
        Succeed(request.Accept(As(Alice), request.Version, Context));
        return request;
    }

    public SupportRequest Resolved()
    {
        var request = AcceptedByAlice();
        Succeed(request.Resolve(As(Alice), request.Version, "New driver installed.", Context));
        return request;
    }

    public static TransitionResult Succeed(TransitionResult result)
    {
        Assert.True(result.Succeeded, result.Rejection?.Reason);
        return result;
    }

    /// <summary>Asserts the refusal code, and that the request is exactly as it was.</summary>
    public static void AssertRefused(SupportRequest request, RejectionCode code, Func<SupportRequest, TransitionResult> attempt)
    {
        var version = request.Version;
        var state = request.State;
        var historyCount = request.History.Count;
        var offer = request.CurrentOffer;

        var result = attempt(request);

        Assert.False(result.Succeeded);
        Assert.Equal(code, result.Rejection!.Code);
        Assert.False(string.IsNullOrWhiteSpace(result.Rejection.Reason));
        Assert.Empty(result.Events);
        Assert.Equal(version, request.Version);
        Assert.Equal(state, request.State);
        Assert.Equal(historyCount, request.History.Count);
        Assert.Equal(offer, request.CurrentOffer);
    }

    /// <summary>One hour per offer, two for low urgency: enough to tell a recomputed expiry from the old one.</summary>
    private sealed class HourlyExpiry : IOfferExpiry
    {
        public DateTimeOffset ExpiresAt(TargetKind kind, string targetId, Urgency urgency, DateTimeOffset offeredAt) =>
            offeredAt + (urgency == Urgency.Low ? TimeSpan.FromHours(2) : TimeSpan.FromHours(1));
    }
}

internal sealed class FakeOrganisation : IOrganisation
{
    public Dictionary<UserId, UserId> Managers { get; } = [];

    public HashSet<(UserId Person, GroupId Group)> Members { get; } = [];

    public bool IsMember(UserId person, GroupId group) => Members.Contains((person, group));

    public UserId? ManagerOf(UserId person) => Managers.TryGetValue(person, out var manager) ? manager : null;
}
