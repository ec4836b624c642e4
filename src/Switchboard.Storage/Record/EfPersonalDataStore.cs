using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Switchboard.Domain.Record;
using Switchboard.Domain.Requests;
using Switchboard.Storage.Requests;

namespace Switchboard.Storage.Record;

// string.ToLower() in these queries is translated to SQL lower(), never run in .NET: the culture rules do not apply,
// and the ordinal-ignore-case overloads they suggest have no translation on either provider.
#pragma warning disable CA1304, CA1311, CA1862

/// <summary>
/// <see cref="IPersonalDataStore"/> on <see cref="SwitchboardDbContext"/>. Free text lives in the request's snapshot
/// and in its history's reasons and data, which are ordinary rows and can be rewritten; the chain holds none of it.
/// A redacted request's version moves on, so a turn that loaded it before the erasure cannot save the text back.
/// </summary>
internal sealed class EfPersonalDataStore(IDbContextFactory<SwitchboardDbContext> contexts, AuditPseudonyms pseudonyms, TimeProvider time) : IPersonalDataStore
{
    private static readonly string[] ClosedStates = [nameof(RequestState.Resolved), nameof(RequestState.Rated), nameof(RequestState.Withdrawn)];

    public async Task<string> ExportAsync(UserId user, string actor, CancellationToken cancellationToken)
    {
        var id = EfRequestStore.Key(user);
        var pseudonym = pseudonyms.Of(user);
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var requests = await db.Requests.AsNoTracking().Where(r => r.RequesterId == id).OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken);
        var requestIds = requests.Select(r => r.Id).ToList();
        var ownEvents = (await db.RequestEvents.AsNoTracking().Where(e => requestIds.Contains(e.RequestId)).ToListAsync(cancellationToken)).ToLookup(e => e.RequestId);
        var actedOn = await db.RequestEvents.AsNoTracking()
            .Where(e => e.ActorId.ToLower() == id && !requestIds.Contains(e.RequestId))
            .OrderBy(e => e.At)
            .ToListAsync(cancellationToken);
        var preferences = await db.ExpertPreferences.AsNoTracking().SingleOrDefaultAsync(p => p.ExpertId == id, cancellationToken);
        var addresses = await db.ConversationAddresses.AsNoTracking().Where(a => a.AadObjectId.ToLower() == id).ToListAsync(cancellationToken);
        var holds = await db.LegalHolds.AsNoTracking().Where(h => h.UserId == id).ToListAsync(cancellationToken);
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Actor == pseudonym || e.Subjects.Contains(pseudonym))
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellationToken);

        var document = new JsonObject
        {
            ["user"] = id,
            ["pseudonym"] = pseudonym,
            ["exportedAt"] = now,
            ["requests"] = new JsonArray([.. requests.Select(r => (JsonNode)new JsonObject
            {
                ["id"] = r.Id,
                ["state"] = r.State,
                ["createdAt"] = r.CreatedAt,
                ["updatedAt"] = r.UpdatedAt,
                ["request"] = JsonNode.Parse(r.Snapshot),
                ["history"] = new JsonArray([.. ownEvents[r.Id].OrderBy(e => e.Sequence).Select(EventJson)]),
            })]),
            ["actionsOnOtherRequests"] = new JsonArray([.. actedOn.Select(EventJson)]),
            ["expertPreferences"] = preferences is null ? null : JsonSerializer.SerializeToNode(preferences, RequestJson.Options),
            ["conversationAddresses"] = new JsonArray([.. addresses.Select(a => JsonSerializer.SerializeToNode(a, RequestJson.Options))]),
            ["legalHolds"] = new JsonArray([.. holds.Select(h => JsonSerializer.SerializeToNode(h, RequestJson.Options))]),
            ["auditEntries"] = new JsonArray([.. entries.Select(e => (JsonNode)new JsonObject
            {
                ["sequence"] = e.Sequence,
                ["occurredAt"] = e.OccurredAt,
                ["kind"] = e.Kind,
                ["actor"] = e.Actor,
                ["subjects"] = new JsonArray([.. e.Subjects.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => (JsonNode)JsonValue.Create(s))]),
                ["requestId"] = e.RequestId,
                ["data"] = JsonNode.Parse(e.Data),
                ["hash"] = e.Hash,
            })]),
        };

        await AuditChainWriter.AppendAsync(db, [Entry(AuditEntryKind.PrivacyExported, actor, pseudonym, now, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["requests"] = Count(requests.Count),
            ["auditEntries"] = Count(entries.Count),
        })], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return document.ToJsonString(new JsonSerializerOptions(RequestJson.Options) { WriteIndented = true });
    }

    public async Task<ErasureResult> EraseAsync(UserId user, string actor, CancellationToken cancellationToken)
    {
        var id = EfRequestStore.Key(user);
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var holds = (await EfLegalHoldStore.ListActiveAsync(db, cancellationToken)).Where(h => h.Covers(user)).ToList();
        if (holds.Count > 0)
        {
            return ErasureResult.Deferred(holds);
        }

        // Their own requests: everything they and others wrote about them.
        var own = await db.Requests.Where(r => r.RequesterId == id).ToListAsync(cancellationToken);
        var eventsRedacted = 0;
        foreach (var row in own)
        {
            eventsRedacted += await RedactAsync(db, row, now, cancellationToken);
        }

        // What they wrote on other people's requests (decline reasons, redirect notes, questions asked).
        var ownIds = own.Select(r => r.Id).ToList();
        var written = await db.RequestEvents.Where(e => e.ActorId.ToLower() == id && !ownIds.Contains(e.RequestId) && e.Reason != null).ToListAsync(cancellationToken);
        foreach (var row in written)
        {
            row.Reason = null;
        }

        // Their display name where they were a candidate for someone else.
        var mentioning = await db.Requests.Where(r => r.RequesterId != id && r.Snapshot.ToLower().Contains(id)).ToListAsync(cancellationToken);
        foreach (var row in mentioning)
        {
            var snapshot = RequestJson.Deserialize<SupportRequestSnapshot>(row.Snapshot);
            row.Version++;
            row.Snapshot = RequestJson.Serialize(FreeTextRedaction.ForgetPerson(snapshot, user) with { Version = row.Version });
        }

        var addresses = await db.ConversationAddresses.Where(a => a.AadObjectId.ToLower() == id).ExecuteDeleteAsync(cancellationToken);
        var preferences = await db.ExpertPreferences.Where(p => p.ExpertId == id).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var result = new ErasureResult([], own.Count, eventsRedacted + written.Count, mentioning.Count, addresses, preferences);
        await AuditChainWriter.AppendAsync(db, [Entry(AuditEntryKind.PrivacyErased, actor, pseudonyms.Of(user), now, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["requests"] = Count(result.RequestsRedacted),
            ["events"] = Count(result.EventsRedacted),
            ["mentions"] = Count(result.MentionsRedacted),
            ["addresses"] = Count(result.AddressesDeleted),
            ["preferences"] = Count(result.PreferencesDeleted),
        })], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public async Task<RetentionSweepResult> SweepAsync(DateTimeOffset freeTextBefore, DateTimeOffset metadataBefore, CancellationToken cancellationToken)
    {
        const int Batch = 200;
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var holds = await EfLegalHoldStore.ListActiveAsync(db, cancellationToken);
        var due = db.Requests.Where(r => ClosedStates.Contains(r.State) && (r.UpdatedAt < metadataBefore || (r.UpdatedAt < freeTextBefore && r.FreeTextErasedAt == null)));
        if (holds.Any(h => h.User is null))
        {
            // A hold on everything: nothing is swept; say how much waits.
            return new RetentionSweepResult(0, 0, await due.CountAsync(cancellationToken));
        }

        var held = holds.Select(h => EfRequestStore.Key(h.User!.Value)).ToList();
        var heldBack = await due.CountAsync(r => held.Contains(r.RequesterId), cancellationToken);

        var expired = await db.Requests
            .Where(r => ClosedStates.Contains(r.State) && r.UpdatedAt < metadataBefore && !held.Contains(r.RequesterId))
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);
        foreach (var chunk in expired.Chunk(Batch))
        {
            // History first: its foreign key refuses to lose its request.
            await db.RequestEvents.Where(e => chunk.Contains(e.RequestId)).ExecuteDeleteAsync(cancellationToken);
            await db.OutboxMessages.Where(m => m.RequestId != null && chunk.Contains(m.RequestId.Value)).ExecuteDeleteAsync(cancellationToken);
            await db.Requests.Where(r => chunk.Contains(r.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        var redacted = 0;
        while (true)
        {
            var rows = await db.Requests
                .Where(r => ClosedStates.Contains(r.State) && r.UpdatedAt < freeTextBefore && r.FreeTextErasedAt == null && !held.Contains(r.RequesterId))
                .OrderBy(r => r.UpdatedAt)
                .Take(Batch)
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                await RedactAsync(db, row, now, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            redacted += rows.Count;
            if (rows.Count < Batch)
            {
                break;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return new RetentionSweepResult(redacted, expired.Count, heldBack);
    }

    /// <summary>Erases a request's free text (snapshot, history reasons, candidates' reasons, sent cards); returns the history entries changed.</summary>
    private static async Task<int> RedactAsync(SwitchboardDbContext db, StoredRequest row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var snapshot = RequestJson.Deserialize<SupportRequestSnapshot>(row.Snapshot);
        row.Version++;
        row.Snapshot = RequestJson.Serialize(FreeTextRedaction.Redact(snapshot) with { Version = row.Version });
        row.FreeTextErasedAt = now;

        var events = await db.RequestEvents.Where(e => e.RequestId == row.Id).ToListAsync(cancellationToken);
        foreach (var entry in events)
        {
            entry.Reason = null;
            var data = RequestJson.Deserialize<Dictionary<string, string>>(entry.Data);
            var kept = data.Where(p => !p.Key.EndsWith(".reasons", StringComparison.Ordinal)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            entry.Data = RequestJson.Serialize(kept);
        }

        // Cards already delivered carry the text too; pending ones are left to be sent.
        await db.OutboxMessages.Where(m => m.RequestId == row.Id && m.CompletedAt != null).ExecuteDeleteAsync(cancellationToken);
        return events.Count;
    }

    private static AuditDraft Entry(AuditEntryKind kind, string actor, string subject, DateTimeOffset now, Dictionary<string, string> data) =>
        new(now, kind, actor, [subject], null, data);

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static JsonNode EventJson(StoredRequestEvent e) => new JsonObject
    {
        ["requestId"] = e.RequestId,
        ["sequence"] = e.Sequence,
        ["kind"] = e.Kind,
        ["actorId"] = e.ActorId,
        ["at"] = e.At,
        ["reason"] = e.Reason,
        ["data"] = JsonNode.Parse(e.Data),
    };
}
