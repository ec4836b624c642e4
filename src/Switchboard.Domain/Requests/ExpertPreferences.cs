using Switchboard.Domain.Routing;

namespace Switchboard.Domain.Requests;

/// <summary>
/// What an expert set from their chat with the bot: focus mode until a time, how many requests they take at once,
/// topics they do not take, and who stands in for them while they are away.
/// </summary>
public sealed record ExpertPreferences
{
    public const int MaxCapacity = 100;

    public required UserId Expert { get; init; }

    /// <summary>No offers before this instant.</summary>
    public DateTimeOffset? FocusUntil { get; init; }

    /// <summary>Open requests (offered, accepted, claimed) they take at once; null for no limit.</summary>
    public int? Capacity { get; init; }

    /// <summary>Vocabulary topic ids (as routing's <see cref="UnderstoodTopic.Id"/>) they do not take.</summary>
    public IReadOnlyList<string> TopicsNotTaken { get; init; } = [];

    /// <summary>Who receives their offers while they are away: before <see cref="AwayUntil"/>, or while their automatic replies are on.</summary>
    public UserId? Delegate { get; init; }

    /// <summary>Away (and replaced by <see cref="Delegate"/>, if any) before this instant.</summary>
    public DateTimeOffset? AwayUntil { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public bool IsInFocus(DateTimeOffset now) => FocusUntil is { } until && now < until;

    public bool IsAway(DateTimeOffset now) => AwayUntil is { } until && now < until;

    public IReadOnlyList<ValidationError> Validate()
    {
        var errors = new List<ValidationError>();
        if (Capacity is < 0 or > MaxCapacity)
        {
            errors.Add(new("capacity", "outOfRange", $"Capacity is between 0 and {MaxCapacity}."));
        }

        if (Delegate is { } stand && stand.Equals(Expert))
        {
            errors.Add(new("delegate", "self", "Choose a colleague other than yourself as delegate."));
        }

        if (TopicsNotTaken.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add(new("topicsNotTaken", "blank", "A topic cannot be blank."));
        }

        return errors;
    }
}

/// <summary>Where experts' preferences are kept; they change at any time and routing reads them at once.</summary>
public interface IExpertPreferencesStore
{
    Task<ExpertPreferences?> FindAsync(UserId expert, CancellationToken cancellationToken);

    /// <summary>Replaces the expert's preferences as a whole.</summary>
    Task SaveAsync(ExpertPreferences preferences, CancellationToken cancellationToken);

    /// <summary>The preferences of those among <paramref name="experts"/> who set any.</summary>
    Task<IReadOnlyList<ExpertPreferences>> ListAsync(IReadOnlyCollection<UserId> experts, CancellationToken cancellationToken);
}
