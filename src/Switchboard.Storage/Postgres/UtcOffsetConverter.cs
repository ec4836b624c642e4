using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Switchboard.Storage.Postgres;

/// <summary>
/// Npgsql writes a <see cref="DateTimeOffset"/> to <c>timestamptz</c> only when its offset is zero, and throws
/// otherwise, also for query parameters. Normalising to UTC lets callers pass any offset, as on SQLite; the
/// instant is unchanged, and PostgreSQL returns it in UTC anyway.
/// </summary>
internal sealed class UtcOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value);
