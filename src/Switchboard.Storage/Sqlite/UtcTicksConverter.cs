using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Switchboard.Storage.Sqlite;

/// <summary>
/// SQLite has no date type. Stored as text, instants with different offsets sort wrongly and EF Core refuses to
/// translate comparisons and ordering on them; as UTC ticks they are plain integers that sort and compare by
/// instant. The offset is not kept: Switchboard records instants, and reads them back in UTC.
/// </summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
