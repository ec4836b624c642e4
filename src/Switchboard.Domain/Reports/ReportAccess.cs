using Switchboard.Domain.Directory;
using Switchboard.Domain.Requests;

namespace Switchboard.Domain.Reports;

/// <summary>The settings of the reports, under <c>Switchboard:Reports</c>.</summary>
public sealed class ReportsOptions
{
    public const string SectionName = "Switchboard:Reports";

    /// <summary>The directory group whose members (and owners) see every request; nobody does when it is not set.</summary>
    public string? AdministratorGroupId { get; set; }

    /// <summary>The Teams app's id (the manifest's <c>id</c>), for links to the Reports tab; the bot's app id when not set.</summary>
    public string? TeamsAppId { get; set; }
}

/// <summary>Whose requests a report covers.</summary>
public enum ReportScopeKind
{
    /// <summary>Everyone's: the administrators' view.</summary>
    Everyone,

    /// <summary>A manager and everyone who reports to them, directly or through other managers.</summary>
    ReportingLine,

    /// <summary>One person's own requests.</summary>
    Own,
}

/// <summary>
/// The people a report may show: requests they made and, for experts among them, the load they carry.
/// <see cref="People"/> is null for <see cref="ReportScopeKind.Everyone"/>.
/// </summary>
public sealed record ReportScope(ReportScopeKind Kind, UserId? Root, IReadOnlySet<string>? People)
{
    public static ReportScope Everyone { get; } = new(ReportScopeKind.Everyone, null, null);

    /// <summary>Whether the person is in scope; ids compare without case, as Entra object ids do.</summary>
    public bool Includes(string? userId) => userId is not null && (People is null || People.Contains(userId));
}

/// <summary>What the viewer asks to see.</summary>
public sealed record ReportScopeRequest(ReportScopeKind? Kind, UserId? Manager)
{
    /// <summary>Whatever the viewer's role gives: everyone for an administrator, their line for a manager, else their own.</summary>
    public static ReportScopeRequest Default { get; } = new(null, null);

    public static ReportScopeRequest Everyone { get; } = new(ReportScopeKind.Everyone, null);

    public static ReportScopeRequest LineOf(UserId manager) => new(ReportScopeKind.ReportingLine, manager);
}

/// <summary>Why a report was refused.</summary>
public enum ReportDenialReason
{
    /// <summary>No directory snapshot is active, so nobody's reporting line can be checked.</summary>
    DirectoryUnavailable,

    /// <summary>The viewer, or the manager asked for, is not in the directory.</summary>
    UnknownUser,

    /// <summary>The viewer asked for people outside what their role lets them see.</summary>
    OutsideScope,
}

/// <summary>A refused report, with a reason a person can act on.</summary>
public sealed record ReportDenial(ReportDenialReason Reason, string Explanation);

/// <summary>Either the scope the viewer may see, or why not.</summary>
public sealed record ReportAccessDecision(ReportScope? Scope, ReportDenial? Denial)
{
    public bool Allowed => Scope is not null;

    public static ReportAccessDecision Allow(ReportScope scope) => new(scope, null);

    public static ReportAccessDecision Deny(ReportDenialReason reason, string explanation) => new(null, new ReportDenial(reason, explanation));
}

/// <summary>
/// Who sees what, decided from the active directory snapshot at each access (a person who changed manager this
/// morning sees their new line now): administrators (members of <see cref="ReportsOptions.AdministratorGroupId"/>)
/// everything; a manager the requests of their reporting line, transitively; anyone else their own requests. When
/// the directory cannot answer, the answer is a refusal, never an empty report that would read as "no requests".
/// </summary>
public sealed class ReportAccessPolicy(IPeopleDirectory directory, ReportsOptions options)
{
    public ReportAccessDecision Decide(UserId viewer, ReportScopeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (directory.Current is not { } snapshot)
        {
            return ReportAccessDecision.Deny(ReportDenialReason.DirectoryUnavailable, "The directory is not loaded, so the reporting line cannot be checked.");
        }

        var users = snapshot.Users.ToDictionary(u => u.Id, StringComparer.OrdinalIgnoreCase);
        if (!users.ContainsKey(viewer.Value))
        {
            return ReportAccessDecision.Deny(ReportDenialReason.UnknownUser, "You are not in the directory.");
        }

        var reports = DirectReports(snapshot);
        var administrator = IsAdministrator(snapshot, viewer);
        switch (request.Kind)
        {
            case null when administrator:
            case ReportScopeKind.Everyone when administrator:
                return ReportAccessDecision.Allow(ReportScope.Everyone);

            case ReportScopeKind.Everyone:
                return ReportAccessDecision.Deny(ReportDenialReason.OutsideScope, "Only report administrators see everyone's requests.");

            case null when reports.Contains(viewer.Value):
                return ReportAccessDecision.Allow(Line(viewer, reports));

            case null:
            case ReportScopeKind.Own when request.Manager is null || SameUser(request.Manager.Value.Value, viewer):
                return ReportAccessDecision.Allow(new ReportScope(ReportScopeKind.Own, viewer, new HashSet<string>([viewer.Value], StringComparer.OrdinalIgnoreCase)));

            case ReportScopeKind.Own:
                return administrator && users.ContainsKey(request.Manager.Value.Value)
                    ? ReportAccessDecision.Allow(new ReportScope(ReportScopeKind.Own, request.Manager, new HashSet<string>([request.Manager.Value.Value], StringComparer.OrdinalIgnoreCase)))
                    : ReportAccessDecision.Deny(ReportDenialReason.OutsideScope, "You see only your own requests.");

            default:
                var manager = request.Manager ?? viewer;
                if (!users.ContainsKey(manager.Value))
                {
                    return ReportAccessDecision.Deny(ReportDenialReason.UnknownUser, "That manager is not in the directory.");
                }

                // A manager may look at a sub-team of their own line, never sideways or up.
                var viewerLine = Line(viewer, reports);
                return administrator || viewerLine.Includes(manager.Value)
                    ? ReportAccessDecision.Allow(Line(manager, reports))
                    : ReportAccessDecision.Deny(ReportDenialReason.OutsideScope, "That team is not in your reporting line.");
        }
    }

    private bool IsAdministrator(DirectorySnapshot snapshot, UserId viewer)
    {
        if (string.IsNullOrWhiteSpace(options.AdministratorGroupId))
        {
            return false;
        }

        var group = snapshot.Groups.FirstOrDefault(g => string.Equals(g.Id, options.AdministratorGroupId, StringComparison.OrdinalIgnoreCase));
        return group is not null && (group.Members ?? []).Concat(group.Owners ?? []).Any(m => SameUser(m.Id, viewer));
    }

    private static ILookup<string, string> DirectReports(DirectorySnapshot snapshot) =>
        snapshot.Users
            .Where(u => u.Manager?.Id is { Length: > 0 })
            .ToLookup(u => u.Manager!.Id, u => u.Id, StringComparer.OrdinalIgnoreCase);

    /// <summary>The manager and everyone below; a cycle in the directory's manager chain ends the walk instead of looping.</summary>
    private static ReportScope Line(UserId manager, ILookup<string, string> reports)
    {
        var people = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { manager.Value };
        var pending = new Queue<string>([manager.Value]);
        while (pending.TryDequeue(out var next))
        {
            foreach (var report in reports[next])
            {
                if (people.Add(report))
                {
                    pending.Enqueue(report);
                }
            }
        }

        return new ReportScope(ReportScopeKind.ReportingLine, manager, people);
    }

    private static bool SameUser(string id, UserId user) => string.Equals(id, user.Value, StringComparison.OrdinalIgnoreCase);
}
