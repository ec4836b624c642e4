using Switchboard.Cards.Actions;
using Switchboard.Domain.Conversations;
using Switchboard.Domain.Requests;
using Switchboard.Domain.Routing;
using RatingSpeed = Switchboard.Cards.Views.RatingSpeed;

namespace Switchboard.Bot.Conversations;

/// <summary>
/// Maps a parsed card action to the conversation's intent, and gives it the idempotency key the store records: verb,
/// request, card version and actor. Teams may retry an invoke under a new activity id; that key is still the same.
/// </summary>
internal static class CardIntents
{
    public static string KeyOf(CardAction action, UserId actor) => action switch
    {
        RequestCardAction request => $"action:{action.Verb}:{request.RequestId}:{request.Version}:{actor.Value}".ToUpperInvariant(),
        SaveExpertSettings settings => $"action:{action.Verb}:{settings.Version}:{actor.Value}".ToUpperInvariant(),
        _ => $"action:{action.Verb}:{actor.Value}".ToUpperInvariant(),
    };

    /// <summary>The intent of an action on a request, or null when its request id is not one Switchboard issues.</summary>
    public static RequestIntent? ToIntent(RequestCardAction action)
    {
        if (!RequestId.TryParse(action.RequestId, out var id))
        {
            return null;
        }

        var version = action.Version;
        return action switch
        {
            SubmitQualification q => new QualifyIntent(
                id, version, q.Subject, q.Details, q.Kind, q.Urgency, q.Impact, q.DeadlineDate, q.DeadlineTime, q.Tried, q.PreferredTarget,
                q.Justification),
            ConfirmTarget c => new ConfirmIntent(id, version, c.TargetIndex),
            EditQualification => new EditIntent(id, version),
            Withdraw => new WithdrawIntent(id, version),
            AddDetails a => new AddDetailsIntent(id, version, a.Details),
            Resolve => new ResolveIntent(id, version),
            Rate r => new RateIntent(id, version, r.RightPerson, r.Speed switch
            {
                RatingSpeed.Fast => 5,
                RatingSpeed.Acceptable => 3,
                _ => 1,
            }),
            AcceptOffer => new AcceptIntent(id, version),
            DeclineOffer d => new DeclineIntent(id, version, d.Reason),
            Redirect r => new RedirectIntent(id, version, new UserId(r.ColleagueId), r.Note),
            AskDetails a => new AskDetailsIntent(id, version, a.Question),
            DowngradeUrgency d => new DowngradeIntent(id, version, d.NewUrgency, d.Reason),
            Claim => new ClaimIntent(id, version),
            _ => null,
        };
    }

    public static SaveSettingsIntent ToIntent(SaveExpertSettings settings) => new(
        settings.Version,
        settings.FocusUntilDate,
        settings.FocusUntilTime,
        settings.Capacity,
        settings.TopicsNotTaken,
        settings.DelegateId is { Length: > 0 } delegateId ? new UserId(delegateId) : null);

    /// <summary>What the reader is told about an action refused at the boundary; a tampered field name is never echoed.</summary>
    public static (RefusalKind Kind, string? Field) RefusalOf(CardActionError error) => error.Kind switch
    {
        CardActionErrorKind.Malformed or CardActionErrorKind.UnknownVerb or CardActionErrorKind.VerbMismatch => (RefusalKind.UnknownAction, null),
        _ => (RefusalKind.InvalidInput, error.Field),
    };
}
