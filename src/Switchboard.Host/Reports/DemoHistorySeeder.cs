using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Switchboard.Domain.Directory;
using Switchboard.Domain.Reports;
using Switchboard.Domain.Requests;
using Switchboard.Domain.Routing;
using Switchboard.Domain.Routing.Vocabulary;

namespace Switchboard.Host.Reports;

/// <summary>What a seeding run did.</summary>
internal sealed record SeedResult(int Saved, int AlreadyThere, int NotRouted, int StoppedEarly);

/// <summary>
/// A month of requests for the demo company, so the reports and the Reports tab have something to show: every request
/// is routed by the real router on the active directory, then lives its story (accepted, declined, redirected,
/// expired and escalated, claimed by a team, downgraded, resolved, rated, withdrawn) through the real state machine,
/// and is saved through the real store with its audit entries. The stories come from a random generator seeded by the
/// month, and request ids from the month and the request's number, so a second run finds every request there and
/// saves nothing: the command is idempotent.
/// </summary>
internal sealed class DemoHistorySeeder(IPeopleDirectory directory, IRequestStore store, IOfferExpiry expiry, TopicVocabulary vocabulary)
{
    private static readonly (string Subject, Urgency Urgency)[] Requests =
    [
        ("Contract law question about a supplier clause, indemnity and liability cap", Urgency.Normal),
        ("Clause de confidentialité dans un contrat de distribution : qui peut relire ?", Urgency.Normal),
        ("VPN access does not work from home since this morning", Urgency.High),
        ("Mon accès VPN ne fonctionne plus depuis la mise à jour", Urgency.Normal),
        ("Exception to the VPN policy for an external contractor", Urgency.Normal),
        ("I opened an attachment from a suspicious phishing email", Urgency.Critical),
        ("My payslip shows the wrong overtime hours for October", Urgency.Normal),
        ("Question sur ma fiche de paie : heures supplémentaires manquantes", Urgency.Normal),
        ("Expense report rejected for a customer dinner", Urgency.Low),
        ("Note de frais refusée pour un déplacement client", Urgency.Low),
        ("SAP purchase order stuck in the approval workflow", Urgency.High),
        ("Power BI dashboard of plant output is not refreshing", Urgency.Normal),
        ("Near miss with a forklift in the warehouse aisle", Urgency.High),
        ("Meeting room booking shows double bookings on the second floor", Urgency.Low),
        ("Shipment to a customer held at customs, missing export documents", Urgency.High),
        ("Onboarding a new supplier for aluminium castings", Urgency.Normal),
        ("Question about parental leave and part-time work", Urgency.Normal),
        ("Firmware update fails on the connected pump controller", Urgency.Normal),
        ("ISO 14001 audit evidence for waste sorting", Urgency.Normal),
        ("Seal failure analysis on the pump test bench", Urgency.Normal),
        ("Customer complaint about a pump delivered with a defect", Urgency.High),
        ("Price approval for a large distributor deal", Urgency.Normal),
        ("Review of the press release for the new pump platform launch", Urgency.Low),
        ("The Kubernetes cluster of the IoT platform is out of disk space", Urgency.Critical),
        ("New laptop for a newcomer starting Monday", Urgency.Normal),
        ("Badge access to the Stuttgart plant for a visitor", Urgency.Normal),
    ];

    private static readonly string[] DeclineReasons = ["Not my area, sorry.", "On leave this week.", "Too busy with the quarter close.", "Pas mon domaine."];

    public async Task<SeedResult> SeedAsync(ReportPeriod month, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(month);
        var snapshot = directory.Current ?? throw new InvalidOperationException("The directory is not loaded; the demo history routes on it.");
        var index = RoutingIndex.Build(snapshot, vocabulary, new RoutingOptions());
        var router = new RequestRouter();
        var organisation = new DirectoryOrganisation(directory);
        var clock = new SeedClock(month.From);
        var context = new LifecycleContext(clock, expiry, organisation);
        var random = new Random(month.From.Year * 100 + month.From.Month);
        var requesters = snapshot.Users.Where(u => u.AccountEnabled != false && !string.IsNullOrWhiteSpace(u.Department)).OrderBy(u => u.Id, StringComparer.Ordinal).ToList();
        var days = Enumerable.Range(0, (int)(month.To - month.From).TotalDays).Select(d => month.From.AddDays(d))
            .Where(d => d.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday).ToList();

        int saved = 0, there = 0, notRouted = 0, stopped = 0;
        for (var n = 0; n < count; n++)
        {
            // Every draw happens whether or not the request is saved, so each request's story is the same on every run.
            var requester = requesters[random.Next(requesters.Count)];
            var (subject, usual) = Requests[random.Next(Requests.Length)];
            var urgency = random.NextDouble() < 0.8 ? usual : Urgency.Normal;
            var sentAt = days[random.Next(days.Count)].AddHours(7 + random.Next(9)).AddMinutes(random.Next(60));
            var story = new Story(random, clock, context, organisation, snapshot);
            clock.Set(sentAt);

            var answer = router.Route(new RoutingRequest(requester.Id, subject, urgency, Impact.Team, sentAt), index, InMemoryWorkload.Empty, top: 3);
            var candidates = answer.Targets.Select(Candidate.From).ToList();
            story.Draws();
            if (candidates.Count == 0)
            {
                notRouted++;
                continue;
            }

            var id = new RequestId(IdOf(month, n));
            var request = story.Play(id, new UserId(requester.Id), subject, urgency, candidates);
            if (request is null)
            {
                stopped++;
                continue;
            }

            if (await store.FindAsync(id, cancellationToken) is not null)
            {
                there++;
                continue;
            }

            var result = await store.SaveAsync(request, [], null, cancellationToken);
            if (!result.Saved)
            {
                throw new InvalidOperationException($"Request {id.Value} of the demo history was not saved ({result}).");
            }

            saved++;
        }

        return new SeedResult(saved, there, notRouted, stopped);
    }

    /// <summary>A name-based id (SHA-256 of the month and the number, version 8 bits set), the same on every run.</summary>
    private static Guid IdOf(ReportPeriod month, int number)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"switchboard-demo-history:{month.From:yyyy-MM}:{number}")));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    /// <summary>One request's life. Its random numbers are drawn up front, so whether it is saved or not the generator moves on the same.</summary>
    private sealed class Story(Random random, SeedClock clock, LifecycleContext context, DirectoryOrganisation organisation, DirectorySnapshot snapshot)
    {
        private readonly double[] _rolls = new double[24];
        private int _next;

        public void Draws()
        {
            for (var i = 0; i < _rolls.Length; i++)
            {
                _rolls[i] = random.NextDouble();
            }
        }

        /// <summary>The request at the end of its story, or null when the state machine refused a step (it is then left out).</summary>
        public SupportRequest? Play(RequestId id, UserId requester, string subject, Urgency urgency, List<Candidate> candidates)
        {
            var request = SupportRequest.Create(id, requester, subject, clock);
            var qualification = new Qualification
            {
                Subject = subject,
                Details = subject,
                Urgency = urgency,
                Impact = Impact.Team,
                UrgencyJustification = urgency is Urgency.High or Urgency.Critical ? "Work is blocked until it is solved." : null,
            };
            var firstPerson = candidates.FirstOrDefault(c => c.Kind == TargetKind.Person);
            var escalation = firstPerson is null ? null : organisation.ManagerOf(new UserId(firstPerson.Id));
            if (escalation is { } contact && (contact == requester || candidates.Any(c => string.Equals(c.Id, contact.Value, StringComparison.OrdinalIgnoreCase))))
            {
                escalation = null;
            }

            if (!Ok(request.Qualify(Actor.Person(requester), request.Version, qualification, UrgencyBudgetStatus.Unlimited, context))
                || !Ok(request.Propose(Actor.System, request.Version, candidates, escalation, context))
                || !Ok(request.Confirm(Actor.Person(requester), request.Version, candidates[0].Id, UrgencyBudgetStatus.Unlimited, context)))
            {
                return null;
            }

            for (var step = 0; step < 6 && request.State is RequestState.Offered or RequestState.Posted; step++)
            {
                var roll = Roll();
                bool ok;
                if (request.State == RequestState.Posted)
                {
                    ok = roll < 0.8 && Member(request) is { } member
                        ? Later(5, 150) && Ok(request.Claim(Actor.Person(member), request.Version, context))
                        : ExpireNow(request);
                }
                else
                {
                    var offeree = Actor.Person(request.CurrentOfferee!.Value);
                    ok = roll switch
                    {
                        < 0.62 => Later(4, 240) && Ok(request.Accept(offeree, request.Version, context)),
                        < 0.74 => Later(2, 90) && Ok(request.Decline(offeree, request.Version, DeclineReasons[(int)(Roll() * DeclineReasons.Length)], context)),
                        < 0.82 when Colleague(request) is { } colleague => Later(10, 120) && Ok(request.Redirect(offeree, request.Version, colleague, "Better placed than me.", context)),
                        < 0.94 => ExpireNow(request),
                        < 0.97 => Later(60, 600) && Ok(request.Withdraw(Actor.Person(request.Requester), request.Version, "Found the answer myself.", context)),
                        _ => true,
                    };
                    if (roll >= 0.97)
                    {
                        break; // still waiting for an answer
                    }
                }

                if (!ok)
                {
                    return null;
                }
            }

            if (request.State is RequestState.Accepted or RequestState.Claimed)
            {
                var assignee = Actor.Person(request.Assignee!.Value);
                if (request.Qualification!.IsUrgent && Roll() < 0.3 && !(Later(5, 60) && Ok(request.DowngradeUrgency(assignee, request.Version, Urgency.Normal, "Can wait until tomorrow.", context))))
                {
                    return null;
                }

                if (Roll() < 0.82)
                {
                    if (!(Later(20, 2 * 24 * 60) && Ok(request.Resolve(assignee, request.Version, null, context))))
                    {
                        return null;
                    }

                    if (Roll() < 0.7 && !(Later(5, 600) && Ok(request.Rate(Actor.Person(request.Requester), request.Version, new RequestRating(Roll() < 0.85, 2 + (int)(Roll() * 4), null), context))))
                    {
                        return null;
                    }
                }
            }

            return request;
        }

        private double Roll() => _rolls[_next++ % _rolls.Length];

        private bool Later(int minMinutes, int maxMinutes)
        {
            clock.Advance(TimeSpan.FromMinutes(minMinutes + Roll() * (maxMinutes - minMinutes)));
            return true;
        }

        private bool ExpireNow(SupportRequest request)
        {
            if (request.CurrentOffer?.ExpiresAt is { } expiresAt && expiresAt >= clock.GetUtcNow())
            {
                clock.Set(expiresAt.AddMinutes(1));
            }

            return Ok(request.Expire(Actor.System, request.Version, context));
        }

        /// <summary>A member of the group it is posted to, other than the requester.</summary>
        private UserId? Member(SupportRequest request)
        {
            var group = snapshot.Groups.FirstOrDefault(g => string.Equals(g.Id, request.PostedTo?.Value, StringComparison.OrdinalIgnoreCase));
            var members = (group?.Members ?? []).Select(m => m.Id).Where(m => !string.Equals(m, request.Requester.Value, StringComparison.OrdinalIgnoreCase)).ToList();
            return members.Count == 0 ? null : new UserId(members[(int)(Roll() * members.Count)]);
        }

        /// <summary>Someone of the offeree's department who has not had it and did not ask it.</summary>
        private UserId? Colleague(SupportRequest request)
        {
            var offeree = snapshot.Users.FirstOrDefault(u => string.Equals(u.Id, request.CurrentOfferee?.Value, StringComparison.OrdinalIgnoreCase));
            var colleagues = snapshot.Users
                .Where(u => offeree is not null && u.Department == offeree.Department && u.AccountEnabled != false)
                .Select(u => u.Id)
                .Where(u => !string.Equals(u, request.Requester.Value, StringComparison.OrdinalIgnoreCase) && !request.Tried.Contains(u, StringComparer.OrdinalIgnoreCase))
                .OrderBy(u => u, StringComparer.Ordinal)
                .ToList();
            return colleagues.Count == 0 ? null : new UserId(colleagues[(int)(Roll() * colleagues.Count)]);
        }

        private static bool Ok(TransitionResult result) => result.Succeeded;
    }

    /// <summary>The seeding's own time: each request's events happen when its story says, not when the command runs.</summary>
    private sealed class SeedClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Set(DateTimeOffset instant) => _now = instant.ToUniversalTime();

        public void Advance(TimeSpan by) => _now += by;
    }
}
