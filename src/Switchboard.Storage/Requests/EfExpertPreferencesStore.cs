using Microsoft.EntityFrameworkCore;
using Switchboard.Domain.Requests;
using Columns = Switchboard.Storage.Requests.StoredExpertPreferencesConfiguration;

namespace Switchboard.Storage.Requests;

/// <summary><see cref="IExpertPreferencesStore"/> on <c>expert_preferences</c>.</summary>
internal sealed class EfExpertPreferencesStore(IDbContextFactory<SwitchboardDbContext> contexts) : IExpertPreferencesStore
{
    // An upsert in one statement, as for conversation addresses: two quick changes from the same expert on two
    // instances must not fail on the primary key. The later UpdatedAt wins.
    private const string UpsertSql =
        "INSERT INTO " + Columns.Table + " (" + Columns.ExpertId + ", " + Columns.FocusUntil + ", " + Columns.Capacity + ", "
        + Columns.TopicsNotTaken + ", " + Columns.DelegateId + ", " + Columns.AwayUntil + ", " + Columns.UpdatedAt + ") "
        + "VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}) "
        + "ON CONFLICT (" + Columns.ExpertId + ") DO UPDATE SET "
        + Columns.FocusUntil + " = excluded." + Columns.FocusUntil + ", "
        + Columns.Capacity + " = excluded." + Columns.Capacity + ", "
        + Columns.TopicsNotTaken + " = excluded." + Columns.TopicsNotTaken + ", "
        + Columns.DelegateId + " = excluded." + Columns.DelegateId + ", "
        + Columns.AwayUntil + " = excluded." + Columns.AwayUntil + ", "
        + Columns.UpdatedAt + " = excluded." + Columns.UpdatedAt + " "
        + "WHERE excluded." + Columns.UpdatedAt + " >= " + Columns.Table + "." + Columns.UpdatedAt;

    public async Task<ExpertPreferences?> FindAsync(UserId expert, CancellationToken cancellationToken)
    {
        var id = EfRequestStore.Key(expert);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.ExpertPreferences.AsNoTracking().SingleOrDefaultAsync(p => p.ExpertId == id, cancellationToken);
        return row is null ? null : ToPreferences(row);
    }

    public async Task SaveAsync(ExpertPreferences preferences, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        var errors = preferences.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException($"Invalid preferences: {string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}"))}", nameof(preferences));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        object[] parameters =
        [
            db.ColumnParameter<StoredExpertPreferences>(nameof(StoredExpertPreferences.ExpertId), EfRequestStore.Key(preferences.Expert)),
            db.ColumnParameter<StoredExpertPreferences>(nameof(StoredExpertPreferences.FocusUntil), preferences.FocusUntil),
            db.ColumnParameter<StoredExpertPreferences>(nameof(StoredExpertPreferences.Capacity), preferences.Capacity),
            db.ColumnParameter<StoredExpertPreferences>(nameof(StoredExpertPreferences.TopicsNotTaken), RequestJson.Serialize(preferences.TopicsNotTaken)),
            db.ColumnParameter<StoredExpertPreferences>(nameof(StoredExpertPreferences.DelegateId), preferences.Delegate?.Value),
            db.ColumnParameter<StoredExpertPreferences>(nameof(StoredExpertPreferences.AwayUntil), preferences.AwayUntil),
            db.ColumnParameter<StoredExpertPreferences>(nameof(StoredExpertPreferences.UpdatedAt), preferences.UpdatedAt),
        ];
        await db.Database.ExecuteSqlRawAsync(UpsertSql, parameters, cancellationToken);
    }

    public async Task<IReadOnlyList<ExpertPreferences>> ListAsync(IReadOnlyCollection<UserId> experts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(experts);
        var ids = experts.Select(EfRequestStore.Key).Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.ExpertPreferences.AsNoTracking().Where(p => ids.Contains(p.ExpertId)).ToListAsync(cancellationToken);
        return rows.Select(ToPreferences).ToList();
    }

    private static ExpertPreferences ToPreferences(StoredExpertPreferences row) => new()
    {
        Expert = new UserId(row.ExpertId),
        FocusUntil = row.FocusUntil,
        Capacity = row.Capacity,
        TopicsNotTaken = RequestJson.Deserialize<List<string>>(row.TopicsNotTaken),
        Delegate = row.DelegateId is null ? null : new UserId(row.DelegateId),
        AwayUntil = row.AwayUntil,
        UpdatedAt = row.UpdatedAt,
    };
}
