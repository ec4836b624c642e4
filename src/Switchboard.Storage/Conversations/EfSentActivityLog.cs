using Microsoft.EntityFrameworkCore;
using Switchboard.Domain.Conversations;
using Columns = Switchboard.Storage.Conversations.StoredSentActivityConfiguration;

namespace Switchboard.Storage.Conversations;

/// <summary><see cref="ISentActivityLog"/> on <c>sent_activities</c>, keyed by tag.</summary>
internal sealed class EfSentActivityLog(IDbContextFactory<SwitchboardDbContext> contexts, TimeProvider time) : ISentActivityLog
{
    // One statement that both engines accept: a tag sent again (a duplicate after a crash, or a card deliberately
    // sent anew) points at the newest activity, so later updates replace what the user sees last.
    private const string UpsertSql =
        "INSERT INTO " + Columns.Table + " (" + Columns.Tag + ", " + Columns.ConversationId + ", " + Columns.ActivityId + ", "
        + Columns.ServiceUrl + ", " + Columns.RecordedAt + ") VALUES ({0}, {1}, {2}, {3}, {4}) "
        + "ON CONFLICT (" + Columns.Tag + ") DO UPDATE SET "
        + Columns.ConversationId + " = excluded." + Columns.ConversationId + ", "
        + Columns.ActivityId + " = excluded." + Columns.ActivityId + ", "
        + Columns.ServiceUrl + " = excluded." + Columns.ServiceUrl + ", "
        + Columns.RecordedAt + " = excluded." + Columns.RecordedAt;

    public async Task RecordAsync(SentActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentException.ThrowIfNullOrWhiteSpace(activity.Tag);
        if (!activity.ServiceUrl.IsAbsoluteUri)
        {
            throw new ArgumentException($"The service URL must be absolute, got '{activity.ServiceUrl}'.", nameof(activity));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        object[] parameters =
        [
            db.ColumnParameter<StoredSentActivity>(nameof(StoredSentActivity.Tag), activity.Tag),
            db.ColumnParameter<StoredSentActivity>(nameof(StoredSentActivity.ConversationId), activity.ConversationId),
            db.ColumnParameter<StoredSentActivity>(nameof(StoredSentActivity.ActivityId), activity.ActivityId),
            db.ColumnParameter<StoredSentActivity>(nameof(StoredSentActivity.ServiceUrl), activity.ServiceUrl.OriginalString),
            db.ColumnParameter<StoredSentActivity>(nameof(StoredSentActivity.RecordedAt), time.GetUtcNow()),
        ];
        await db.Database.ExecuteSqlRawAsync(UpsertSql, parameters, cancellationToken);
    }

    public async Task<SentActivity?> FindAsync(string tag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tag);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.SentActivities.AsNoTracking().SingleOrDefaultAsync(a => a.Tag == tag, cancellationToken);
        return stored is null
            ? null
            : new SentActivity(stored.Tag, stored.ConversationId, stored.ActivityId, new Uri(stored.ServiceUrl, UriKind.Absolute));
    }
}
