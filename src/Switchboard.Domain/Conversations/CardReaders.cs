using System.Globalization;
using Switchboard.Domain.Directory;
using Switchboard.Domain.Requests;

namespace Switchboard.Domain.Conversations;

/// <summary>
/// Finds each person's language and time zone, so that every card speaks to its own reader: the locale their Teams
/// client last reported, else the directory's preferred language, else English; the zone of their mailbox settings,
/// else UTC. Each reader also carries the directory's staleness, read once per turn, so every requester's card built in
/// that turn tells the same story.
/// </summary>
/// <remarks><paramref name="freshness"/> is optional: a directory loaded once (demo company, file) is never stale.</remarks>
public sealed class CardReaders(IConversationAddressBook addresses, IPeopleDirectory directory, IDirectoryFreshness? freshness = null)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public async Task<CardReader> ForAsync(UserId user, string tenantId, CancellationToken cancellationToken)
    {
        var address = await addresses.FindAsync(tenantId, user.Value, cancellationToken);
        var person = Find(user);
        var culture = CultureOf(address?.Locale) ?? CultureOf(person?.PreferredLanguage) ?? English;
        var zone = WorkingSchedule.TryFindZone(person?.MailboxSettings?.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
        var stale = freshness?.Current is { IsStale: true } current ? current : null;
        return new CardReader(user, culture, zone) { StaleDirectory = stale };
    }

    /// <summary>Readers of a channel post: the group's members differ, so the post speaks the tenant's default, English, in UTC.</summary>
    public static CardReader ForChannel(GroupId group) => new(new UserId(group.Value), English, TimeZoneInfo.Utc);

    private DirectoryUser? Find(UserId user) =>
        directory.Current?.Users.FirstOrDefault(u => string.Equals(u.Id, user.Value, StringComparison.OrdinalIgnoreCase));

    /// <summary>The cards exist in French and English; any <c>fr</c> locale reads French, any other known locale English.</summary>
    private static CultureInfo? CultureOf(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        return locale.StartsWith("fr", StringComparison.OrdinalIgnoreCase) && (locale.Length == 2 || locale[2] is '-' or '_')
            ? French
            : English;
    }
}
