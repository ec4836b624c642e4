using Switchboard.Domain.Requests;

namespace Switchboard.Domain.Record;

/// <summary>
/// A legal hold: while active, the data of <see cref="User"/> (or everyone's, when null) is neither swept by retention
/// nor erased on request.
/// </summary>
public sealed record LegalHold(Guid Id, UserId? User, string Reason, DateTimeOffset SetAt, DateTimeOffset? LiftedAt)
{
    public const int ReasonMaxLength = 500;

    public bool IsActive => LiftedAt is null;

    public bool Covers(UserId user) => IsActive && (User is null || User.Value.Equals(user));
}

/// <summary>Legal holds; setting and lifting one appends its entry to the record in the same transaction.</summary>
public interface ILegalHoldStore
{
    Task<LegalHold> SetAsync(UserId? user, string reason, string actor, CancellationToken cancellationToken);

    /// <summary>Lifts the hold; false when no active hold has that id.</summary>
    Task<bool> LiftAsync(Guid id, string actor, CancellationToken cancellationToken);

    Task<IReadOnlyList<LegalHold>> ListActiveAsync(CancellationToken cancellationToken);
}
