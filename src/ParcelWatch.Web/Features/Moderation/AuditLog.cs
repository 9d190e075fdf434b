using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Shared;
using ParcelWatch.Web.Infrastructure.Database;

namespace ParcelWatch.Web.Features.Moderation;

/// <summary>Filters of the audit page and <c>GET /api/v1/moderation/audit</c>.</summary>
public sealed record AuditQuery(string? Action = null, string? Actor = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>
/// Writes audit entries in the transaction of the action they record (both are stored, or neither), and reads them
/// newest first. There is no way to change or delete an entry. Entries are written one way only: one multi-row
/// statement in the caller's transaction, whether a batch of merges writes a thousand or a hide writes one (ADR-009).
/// </summary>
public sealed class AuditLog(IDbContextFactory<ParcelWatchDbContext> dbFactory, TimeProvider clock)
{
    public const string CommandLineActor = "cli";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly MultiRowStatement<AuditEntry> InsertEntries = new(new ColumnMap<AuditEntry>()
        .Time("At", e => e.At)
        .Text("ActorId", e => e.ActorId)
        .Text("Action", e => e.Action)
        .Text("EntityType", e => e.EntityType)
        .Text("EntityId", e => e.EntityId)
        .Text("Details", e => e.Details),
        """INSERT INTO "AuditEntries" ({columns}) {rows}""");

    /// <summary>An entry stamped now, its details serialized as JSON; stored by <see cref="WriteAsync(ParcelWatchDbContext, IReadOnlyCollection{AuditEntry}, CancellationToken)"/>.</summary>
    public AuditEntry Entry(string actorId, string action, string entityType, string entityId, object details) => new()
    {
        At = clock.GetUtcNow().UtcDateTime,
        ActorId = actorId,
        Action = action,
        EntityType = entityType,
        EntityId = entityId,
        Details = JsonSerializer.Serialize(details, Json),
    };

    /// <summary>Stores one entry in the caller's open transaction, which also holds the change it records.</summary>
    public Task WriteAsync(
        ParcelWatchDbContext db, string actorId, string action, string entityType, string entityId, object details, CancellationToken cancellationToken) =>
        WriteAsync(db, [Entry(actorId, action, entityType, entityId, details)], cancellationToken);

    /// <summary>Stores many entries with one statement in the caller's open transaction.</summary>
    public Task WriteAsync(ParcelWatchDbContext db, IReadOnlyCollection<AuditEntry> entries, CancellationToken cancellationToken) =>
        MultiRowSql.ExecuteAsync(db.Database, InsertEntries, entries, cancellationToken);

    public async Task<PagedResponse<AuditEntryResponse>> ReadAsync(AuditQuery query, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = db.AuditEntries.AsNoTracking();
        if (query.Action is { Length: > 0 } action)
        {
            entries = entries.Where(e => e.Action == action);
        }

        if (query.Actor is { Length: > 0 } actor)
        {
            var actorIds = db.Users.Where(u => u.Email == actor || u.Id == actor).Select(u => u.Id);
            entries = entries.Where(e => e.ActorId == actor || actorIds.Contains(e.ActorId));
        }

        if (query.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.At >= start);
        }

        if (query.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.At < end);
        }

        return await entries
            .OrderByDescending(e => e.Id)
            .Select(e => new AuditEntryResponse(e.Id, e.At, e.ActorId,
                db.Users.Where(u => u.Id == e.ActorId).Select(u => u.Email).FirstOrDefault(),
                e.Action, e.EntityType, e.EntityId, e.Details))
            .ToPageAsync(PageRequest.Of(page, pageSize), cancellationToken);
    }
}
