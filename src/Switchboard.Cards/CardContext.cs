using System.Globalization;

namespace Switchboard.Cards;

/// <summary>
/// Who a card is built for: their language and their time zone. Passed to every builder explicitly, so a card never
/// depends on the culture or zone of the thread that happens to build it.
/// </summary>
public sealed record CardContext(CultureInfo Culture, TimeZoneInfo TimeZone);
