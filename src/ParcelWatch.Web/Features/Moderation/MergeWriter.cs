using System.Text.Json;
using Microsoft.EntityFrameworkCore.Infrastructure;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Infrastructure.Database;

namespace ParcelWatch.Web.Features.Moderation;

/// <summary>
/// Stores a planned batch of merges with one statement per table instead of SaveChanges' one command per row (a batch
/// of 100 pairs changes 200 reports, moves 200 events and adds 100 merges: 500 commands, most of the time a merge took).
/// Every report update checks the version that was read and every event move checks where the event was: if another
/// writer got there first, fewer rows change than planned and the caller rolls the whole batch back.
/// </summary>
internal static class MergeWriter
{
    private static readonly JsonSerializerOptions FieldChangesJson = new(); // as EF Core stores owned JSON: property names as in C#

    private static readonly MultiRowStatement UpdateReports = new("""
        WITH "c" ("Id", "ReadVersion", "Version", "ModerationState", "DuplicateOfId", "Outcome", "DaysHeld", "DecidedOn", "UpdatedAt",
            "Brand", "BrandKey", "Model", "Category", "CarrierCode", "DeclarationText", "DeclarationWording", "WordingClass", "DeclaredValue", "Currency", "ShippedOn")
            AS ({rows})
        UPDATE "ParcelReports" SET "Version" = "c"."Version", "ModerationState" = "c"."ModerationState", "DuplicateOfId" = "c"."DuplicateOfId",
            "Outcome" = "c"."Outcome", "DaysHeld" = "c"."DaysHeld", "DecidedOn" = "c"."DecidedOn", "UpdatedAt" = "c"."UpdatedAt",
            "Brand" = "c"."Brand", "BrandKey" = "c"."BrandKey", "Model" = "c"."Model", "Category" = "c"."Category", "CarrierCode" = "c"."CarrierCode",
            "DeclarationText" = "c"."DeclarationText", "DeclarationWording" = "c"."DeclarationWording", "WordingClass" = "c"."WordingClass", "DeclaredValue" = "c"."DeclaredValue",
            "Currency" = "c"."Currency", "ShippedOn" = "c"."ShippedOn"
        FROM "c" WHERE "ParcelReports"."Id" = "c"."Id" AND "ParcelReports"."Version" = "c"."ReadVersion"
        """,
        "integer", "integer", "integer", "integer", "integer", "integer", "integer", "date", "timestamptz",
        "text", "text", "text", "integer", "text", "text", "text", "integer", "numeric", "text", "date");

    private static readonly MultiRowStatement MoveEvents = new("""
        WITH "m" ("Id", "From", "To") AS ({rows})
        UPDATE "OutcomeEvents" SET "ParcelReportId" = "m"."To"
        FROM "m" WHERE "OutcomeEvents"."Id" = "m"."Id" AND "OutcomeEvents"."ParcelReportId" = "m"."From"
        """,
        "integer", "integer", "integer");

    private static readonly MultiRowStatement InsertMerges = new("""
        INSERT INTO "Merges" ("CanonicalId", "DuplicateId", "ModeratorId", "At", "Reason", "MovedEventIds", "FieldChanges", "Version")
        {rows}
        RETURNING "Id", "DuplicateId"
        """,
        "integer", "integer", "text", "timestamptz", "text", "integer[]", "jsonb", "integer");

    /// <summary>Writes the changed reports and moved events, then adds the merges (setting their ids); false on a conflict.</summary>
    public static async Task<bool> TryWriteAsync(DatabaseFacade database, MergeWorkingSet set, IReadOnlyList<Merge> merges, CancellationToken cancellationToken)
    {
        var reports = set.Changed.Select(c => Row(c.Report, c.ReadVersion)).ToList();
        if (await MultiRowSql.ExecuteAsync(database, UpdateReports, reports, cancellationToken) != reports.Count)
        {
            return false;
        }

        var moves = set.MovedEvents.Select(m => new object?[] { m.EventId, m.From, m.To }).ToList();
        if (await MultiRowSql.ExecuteAsync(database, MoveEvents, moves, cancellationToken) != moves.Count)
        {
            return false;
        }

        var rows = merges.Select(m => new object?[]
        {
            m.CanonicalId, m.DuplicateId, m.ModeratorId, m.At, m.Reason, m.MovedEventIds,
            JsonSerializer.Serialize(m.FieldChanges, FieldChangesJson), m.Version,
        }).ToList();
        var ids = await MultiRowSql.QueryAsync(database, InsertMerges, rows, r => (Id: r.GetInt32(0), DuplicateId: r.GetInt32(1)), cancellationToken);
        var idOfDuplicate = ids.ToDictionary(i => i.DuplicateId, i => i.Id);
        foreach (var merge in merges)
        {
            merge.Id = idOfDuplicate[merge.DuplicateId];
        }

        return true;
    }

    private static object?[] Row(ParcelReport r, int readVersion) =>
    [
        r.Id, readVersion, r.Version, (int)r.ModerationState, r.DuplicateOfId, (int)r.Outcome, r.DaysHeld, r.DecidedOn, r.UpdatedAt,
        r.Brand, r.BrandKey, r.Model, (int)r.Category, r.CarrierCode, r.DeclarationText, r.DeclarationWording, (int?)r.WordingClass, r.DeclaredValue, r.Currency, r.ShippedOn,
    ];
}
