using System.Globalization;

namespace Switchboard.Domain.Requests;

/// <summary>Identifies one request for its whole life; also the key of its history and of its cards' actions.</summary>
public readonly record struct RequestId(Guid Value)
{
    public static RequestId New() => new(Guid.CreateVersion7());

    public static RequestId Parse(string text) => new(Guid.Parse(text, CultureInfo.InvariantCulture));

    public static bool TryParse(string? text, out RequestId id)
    {
        var parsed = Guid.TryParse(text, CultureInfo.InvariantCulture, out var value) && value != Guid.Empty;
        id = parsed ? new RequestId(value) : default;
        return parsed;
    }

    public override string ToString() => Value.ToString("D", CultureInfo.InvariantCulture);
}

/// <summary>
/// A person, by their Entra object id (the directory's user id). A distinct type so that a group id or a
/// free-text name can never be passed where a person is meant.
/// </summary>
public readonly record struct UserId
{
    public UserId(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value;
    }

    public string Value { get; }

    // Entra object ids are GUIDs; Teams and Graph do not always agree on their case.
    public bool Equals(UserId other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    public override string ToString() => Value;
}

/// <summary>A group or team, by its Entra object id.</summary>
public readonly record struct GroupId
{
    public GroupId(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value;
    }

    public string Value { get; }

    public bool Equals(GroupId other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    public override int GetHashCode() => Value is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    public override string ToString() => Value;
}

/// <summary>Identifies one outgoing message in the outbox; the dispatcher's idempotency key towards the connector.</summary>
public readonly record struct OutboxMessageId(Guid Value)
{
    public static OutboxMessageId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString("D", CultureInfo.InvariantCulture);
}
