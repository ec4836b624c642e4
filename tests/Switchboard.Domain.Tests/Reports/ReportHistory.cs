using Microsoft.Extensions.Time.Testing;
using Switchboard.Domain.Directory;
using Switchboard.Domain.Requests;
using Switchboard.Domain.Routing;

namespace Switchboard.Domain.Tests.Reports;

/// <summary>
/// A small company and a November of requests built through the real transitions, so that every event is one the
/// state machine really produces. Rita manages the requesters Rhea and Raul (Sales); Mina manages the experts Alice,
/// Bob and Gus (IT); Olga manages Oscar (Finance); Adam administers the reports; all report to Cleo.
/// The expected figures in the tests are worked out by hand from the story told on each request below.
/// </summary>
internal sealed class ReportHistory
{
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    public static readonly UserId Cleo = new("cleo"), Rita = new("rita"), Rhea = new("rhea"), Raul = new("raul");
    public static readonly UserId Mina = new("mina"), Alice = new("alice"), Bob = new("bob"), Gus = new("gus");
    public static readonly UserId Olga = new("olga"), Oscar = new("oscar"), Adam = new("adam");
    public const string AdminGroup = "report-admins";
    public const string Helpdesk = "helpdesk-group";

    private readonly FakeTimeProvider _time = new(Start);
    private readonly LifecycleContext _context;

    public ReportHistory()
    {
        Directory.Activate(Snapshot, "test");
        _context = new LifecycleContext(_time, new HourlyExpiry(), new DirectoryOrganisation(Directory));
        R1 = AcceptedFirst();
        R2 = DeclinedThenBob();
        R3 = RedirectedToBob();
        R4 = ExpiredEscalatedUnanswered();
        R5 = ClaimedByGus();
        R6 = OscarsRequest();
        Draft = SupportRequest.Create(RequestId.New(), Rhea, "never sent", _time);
    }

    public InMemoryPeopleDirectory Directory { get; } = new();

    public static DirectorySnapshot Snapshot => new()
    {
        Users =
        [
            Person(Cleo, "Board", null),
            Person(Rita, "Sales", Cleo), Person(Rhea, "Sales", Rita), Person(Raul, "Sales", Rita),
            Person(Mina, "IT", Cleo), Person(Alice, "IT", Mina), Person(Bob, "IT", Mina), Person(Gus, "IT", Mina),
            Person(Olga, "Finance", Cleo), Person(Oscar, "Finance", Olga),
            Person(Adam, "Ops", Cleo),
        ],
        Groups =
        [
            new DirectoryGroup { Id = AdminGroup, DisplayName = "Report admins", Members = [new DirectoryReference { Id = Adam.Value }] },
            new DirectoryGroup { Id = Helpdesk, DisplayName = "Helpdesk", Members = [new DirectoryReference { Id = Gus.Value }] },
        ],
    };

    /// <summary>Rhea, normal: Alice accepts after 10 min, resolves at 2 h; rated right person, speed 5.</summary>
    public SupportRequest R1 { get; }

    /// <summary>Rhea, high: Alice declines after 5 min, Bob accepts at 35 min and lowers it to normal, resolves at 4 h; rated wrong person, speed 2.</summary>
    public SupportRequest R2 { get; }

    /// <summary>Raul, normal: Alice redirects to Bob after 20 min, Bob accepts at 60 min; still open.</summary>
    public SupportRequest R3 { get; }

    /// <summary>Raul, normal, only Alice: her offer expires, escalation to Mina expires too, unanswered.</summary>
    public SupportRequest R4 { get; }

    /// <summary>Raul, normal, posted to the Helpdesk: Gus claims after 15 min, resolves at 1 h.</summary>
    public SupportRequest R5 { get; }

    /// <summary>Oscar (Olga's team), normal: Alice accepts after 50 min.</summary>
    public SupportRequest R6 { get; }

    /// <summary>Rhea's draft, never sent: no figure counts it.</summary>
    public SupportRequest Draft { get; }

    public IReadOnlyList<SupportRequest> All => [R1, R2, R3, R4, R5, R6, Draft];

    private static DirectoryUser Person(UserId id, string department, UserId? manager) => new()
    {
        Id = id.Value,
        DisplayName = id.Value,
        Department = department,
        Manager = manager is { } m ? new DirectoryReference { Id = m.Value } : null,
    };

    private static Actor As(UserId user) => Actor.Person(user);

    private static Candidate Expert(UserId user) => new(TargetKind.Person, user.Value, user.Value, 0.9, ["knows it"]);

    private SupportRequest Sent(UserId requester, Urgency urgency, IReadOnlyList<Candidate> candidates, UserId? escalation = null)
    {
        var request = SupportRequest.Create(RequestId.New(), requester, "Need help", _time);
        var qualification = new Qualification
        {
            Subject = "Need help",
            Urgency = urgency,
            UrgencyJustification = urgency == Urgency.Normal ? null : "Customer waiting.",
        };
        Succeed(request.Qualify(As(requester), request.Version, qualification, UrgencyBudgetStatus.Unlimited, _context));
        Succeed(request.Propose(Actor.System, request.Version, candidates, escalation, _context));
        Succeed(request.Confirm(As(requester), request.Version, candidates[0].Id, UrgencyBudgetStatus.Unlimited, _context));
        return request;
    }

    private void After(int minutes) => _time.Advance(TimeSpan.FromMinutes(minutes));

    private SupportRequest AcceptedFirst()
    {
        var r = Sent(Rhea, Urgency.Normal, [Expert(Alice), Expert(Bob)]);
        After(10);
        Succeed(r.Accept(As(Alice), r.Version, _context));
        After(110);
        Succeed(r.Resolve(As(Alice), r.Version, null, _context));
        Succeed(r.Rate(As(Rhea), r.Version, new RequestRating(true, 5, null), _context));
        After(60);
        return r;
    }

    private SupportRequest DeclinedThenBob()
    {
        var r = Sent(Rhea, Urgency.High, [Expert(Alice), Expert(Bob)]);
        After(5);
        Succeed(r.Decline(As(Alice), r.Version, "On leave", _context));
        After(30);
        Succeed(r.Accept(As(Bob), r.Version, _context));
        Succeed(r.DowngradeUrgency(As(Bob), r.Version, Urgency.Normal, "Can wait a day", _context));
        After(205);
        Succeed(r.Resolve(As(Bob), r.Version, null, _context));
        Succeed(r.Rate(As(Rhea), r.Version, new RequestRating(false, 2, null), _context));
        After(60);
        return r;
    }

    private SupportRequest RedirectedToBob()
    {
        var r = Sent(Raul, Urgency.Normal, [Expert(Alice), Expert(Bob)]);
        After(20);
        Succeed(r.Redirect(As(Alice), r.Version, Bob, "Bob owns this", _context));
        After(40);
        Succeed(r.Accept(As(Bob), r.Version, _context));
        After(60);
        return r;
    }

    private SupportRequest ExpiredEscalatedUnanswered()
    {
        var r = Sent(Raul, Urgency.Normal, [Expert(Alice)], Mina);
        After(61);
        Succeed(r.Expire(Actor.System, r.Version, _context));
        After(61);
        Succeed(r.Expire(Actor.System, r.Version, _context));
        After(60);
        return r;
    }

    private SupportRequest ClaimedByGus()
    {
        var r = Sent(Raul, Urgency.Normal, [new Candidate(TargetKind.Group, Helpdesk, "Helpdesk", 0.8, ["service desk"])]);
        After(15);
        Succeed(r.Claim(As(Gus), r.Version, _context));
        After(45);
        Succeed(r.Resolve(As(Gus), r.Version, null, _context));
        After(60);
        return r;
    }

    private SupportRequest OscarsRequest()
    {
        var r = Sent(Oscar, Urgency.Normal, [Expert(Alice)]);
        After(50);
        Succeed(r.Accept(As(Alice), r.Version, _context));
        After(60);
        return r;
    }

    private static void Succeed(TransitionResult result) => Assert.True(result.Succeeded, result.Rejection?.Reason);

    private sealed class HourlyExpiry : IOfferExpiry
    {
        public DateTimeOffset ExpiresAt(TargetKind kind, string targetId, Urgency urgency, DateTimeOffset offeredAt) => offeredAt + TimeSpan.FromHours(1);
    }
}
