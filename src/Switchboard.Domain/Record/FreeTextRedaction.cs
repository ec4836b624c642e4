using Switchboard.Domain.Requests;
using Switchboard.Domain.Routing;

namespace Switchboard.Domain.Record;

/// <summary>
/// What erasing a request's free text leaves: the same request, states, times, ids, urgencies and scores, with
/// everything people wrote replaced by <see cref="Erased"/> (required fields) or removed (optional ones).
/// </summary>
public static class FreeTextRedaction
{
    public const string Erased = "[erased]";

    public static SupportRequestSnapshot Redact(SupportRequestSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot with
        {
            Text = Erased,
            Qualification = snapshot.Qualification is { } q
                ? q with { Subject = Erased, Details = string.Empty, Tried = null, UrgencyJustification = null }
                : null,
            Candidates = [.. snapshot.Candidates.Select(Strip)],
            Queue = [.. snapshot.Queue.Select(Strip)],
            CurrentOffer = snapshot.CurrentOffer is { } offer ? offer with { Note = null } : null,
            Rating = snapshot.Rating is { } rating ? rating with { Comment = null } : null,
            PendingQuestion = snapshot.PendingQuestion is null ? null : Erased,
            AddedDetails = [.. snapshot.AddedDetails.Select(d => d with { Text = Erased })],
        };
    }

    /// <summary>
    /// Removes one person's display name from candidate lists of a request that is not theirs: their own entry loses its
    /// name and reasons, and the other candidates lose the reasons that name them ("Tom Becker (expert) is out of office",
    /// "stands in for Tom Becker while away").
    /// </summary>
    public static SupportRequestSnapshot ForgetPerson(SupportRequestSnapshot snapshot, UserId person)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        bool IsThem(Candidate c) => c.Kind == TargetKind.Person && new UserId(c.Id).Equals(person);
        var names = snapshot.Candidates.Concat(snapshot.Queue).Where(IsThem).Select(c => c.DisplayName).OfType<string>().ToHashSet(StringComparer.Ordinal);
        bool Names(RoutingReason r) => (r.Name is { } name && names.Contains(name)) || (r.Inner is { } inner && Names(inner));
        Candidate Forget(Candidate c) => IsThem(c)
            ? c with { DisplayName = null, Reasons = [] }
            : c with { Reasons = [.. c.Reasons.Where(r => !Names(r))] };
        return snapshot with
        {
            Candidates = [.. snapshot.Candidates.Select(Forget)],
            Queue = [.. snapshot.Queue.Select(Forget)],
        };
    }

    private static Candidate Strip(Candidate candidate) => candidate with { DisplayName = null, Reasons = [] };
}
