using Switchboard.Domain.Requests;

namespace Switchboard.Domain.Record;

/// <summary>
/// The audit entry of a request event. What goes in is chosen key by key, never copied wholesale: the event's
/// reason and the candidates' reasons are free text and stay in the request's erasable history, and every
/// person's id becomes a pseudonym (in <see cref="AuditDraft.Subjects"/>, requester first, and in place in the data).
/// </summary>
public static class RequestAuditEntries
{
    /// <summary>Facts that name nobody: enum names, instants, counts, group ids.</summary>
    private static readonly HashSet<string> PlainKeys = new(StringComparer.Ordinal)
    {
        RequestEventData.TargetKind,
        RequestEventData.OfferReason,
        RequestEventData.ExpiresAt,
        RequestEventData.Kind,
        RequestEventData.Urgency,
        RequestEventData.Impact,
        RequestEventData.Deadline,
        RequestEventData.PreferredTarget,
        RequestEventData.CandidateCount,
        RequestEventData.ReachedRightPerson,
        RequestEventData.Speed,
        RequestEventData.GroupId,
    };

    public static AuditDraft From(RequestEvent requestEvent, UserId requester, AuditPseudonyms pseudonyms)
    {
        ArgumentNullException.ThrowIfNull(requestEvent);
        ArgumentNullException.ThrowIfNull(pseudonyms);
        var subjects = new List<string> { pseudonyms.Of(requester) };
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        var targetIsGroup = requestEvent.Data.TryGetValue(RequestEventData.TargetKind, out var targetKind)
            && targetKind == nameof(TargetKind.Group);

        foreach (var (key, value) in requestEvent.Data)
        {
            if (PlainKeys.Contains(key))
            {
                data[key] = value;
            }
            else if (requestEvent.Kind == RequestEventKind.UrgencyDowngraded && key is RequestEventData.From or RequestEventData.To)
            {
                // Here from and to are urgencies, elsewhere they are people.
                data[key] = value;
            }
            else if (key == RequestEventData.TargetId && targetIsGroup)
            {
                data[key] = value;
            }
            else if (key is RequestEventData.TargetId or RequestEventData.From or RequestEventData.To or RequestEventData.EscalationContact)
            {
                data[key] = Person(value, subjects, pseudonyms);
            }
            else if (IsCandidateKey(key))
            {
                // "person:<id>" or "group:<id>"; a group stays readable for reports.
                data[key] = value.StartsWith("person:", StringComparison.Ordinal)
                    ? "person:" + Person(value["person:".Length..], subjects, pseudonyms)
                    : value;
            }

            // Anything else (candidate reasons, keys added later) stays out until someone decides it names nobody.
        }

        if (requestEvent.Reason is not null)
        {
            // That there was a reason is a fact; what it says is free text and stays erasable.
            data["reasonGiven"] = "true";
        }

        data["eventSequence"] = requestEvent.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new AuditDraft(
            requestEvent.At,
            Enum.Parse<AuditEntryKind>(requestEvent.Kind.ToString()),
            pseudonyms.OfActor(requestEvent.ActorId),
            subjects,
            requestEvent.RequestId.Value,
            data);
    }

    private static bool IsCandidateKey(string key) =>
        key.StartsWith("candidate", StringComparison.Ordinal) && key.Length > "candidate".Length && key["candidate".Length..].All(char.IsAsciiDigit);

    private static string Person(string id, List<string> subjects, AuditPseudonyms pseudonyms)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return string.Empty;
        }

        var pseudonym = pseudonyms.Of(new UserId(id));
        if (!subjects.Contains(pseudonym))
        {
            subjects.Add(pseudonym);
        }

        return pseudonym;
    }
}
