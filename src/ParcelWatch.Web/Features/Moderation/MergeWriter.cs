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

    internal static readonly ColumnMap<(ParcelReport Report, int ReadVersion)> ReportColumns = new ColumnMap<(ParcelReport Report, int ReadVersion)>()
        .Number("Id", c => c.Report.Id)
        .Number("ReadVersion", c => c.ReadVersion)
        .Number("Version", c => c.Report.Version)
        .Number("ModerationState", c => (int)c.Report.ModerationState)
        .Number("DuplicateOfId", c => c.Report.DuplicateOfId)
        .Number("Outcome", c => (int)c.Report.Outcome)
        .Number("DaysHeld", c => c.Report.DaysHeld)
        .Date("DecidedOn", c => c.Report.DecidedOn)
        .Time("UpdatedAt", c => c.Report.UpdatedAt)
        .Text("Brand", c => c.Report.Brand)
        .Text("BrandKey", c => c.Report.BrandKey)
        .Text("Model", c => c.Report.Model)
        .Number("Category", c => (int)c.Report.Category)
        .Text("CarrierCode", c => c.Report.CarrierCode)
        .Text("DeclarationText", c => c.Report.DeclarationText)
        .Text("DeclarationWording", c => c.Report.DeclarationWording)
        .Number("WordingClass", c => (int?)c.Report.WordingClass)
        .Numeric("DeclaredValue", c => c.Report.DeclaredValue)
        .Text("Currency", c => c.Report.Currency)
        .Date("ShippedOn", c => c.Report.ShippedOn);

    private static readonly MultiRowStatement<(ParcelReport Report, int ReadVersion)> UpdateReports = new(ReportColumns, $$"""
        WITH "c" ({columns}) AS ({rows})
        UPDATE "ParcelReports" SET {{ReportColumns.Assignments("c", "Id", "ReadVersion")}}
        FROM "c" WHERE "ParcelReports"."Id" = "c"."Id" AND "ParcelReports"."Version" = "c"."ReadVersion"
        """);

    private static readonly MultiRowStatement<(int EventId, int From, int To)> MoveEvents = new(new ColumnMap<(int EventId, int From, int To)>()
        .Number("Id", m => m.EventId)
        .Number("From", m => m.From)
        .Number("To", m => m.To), """
        WITH "m" ({columns}) AS ({rows})
        UPDATE "OutcomeEvents" SET "ParcelReportId" = "m"."To"
        FROM "m" WHERE "OutcomeEvents"."Id" = "m"."Id" AND "OutcomeEvents"."ParcelReportId" = "m"."From"
        """);

    private static readonly MultiRowStatement<Merge> InsertMerges = new(new ColumnMap<Merge>()
        .Number("CanonicalId", m => m.CanonicalId)
        .Number("DuplicateId", m => m.DuplicateId)
        .Text("ModeratorId", m => m.ModeratorId)
        .Time("At", m => m.At)
        .Text("Reason", m => m.Reason)
        .NumberList("MovedEventIds", m => m.MovedEventIds)
        .Json("FieldChanges", m => JsonSerializer.Serialize(m.FieldChanges, FieldChangesJson))
        .Number("Version", m => m.Version), """
        INSERT INTO "Merges" ({columns}) {rows}
        RETURNING "Id", "DuplicateId"
        """);

    /// <summary>Writes the changed reports and moved events, then adds the merges (setting their ids); false on a conflict.</summary>
    public static async Task<bool> TryWriteAsync(DatabaseFacade database, MergeWorkingSet set, IReadOnlyList<Merge> merges, CancellationToken cancellationToken)
    {
        var reports = set.Changed.ToList();
        if (await MultiRowSql.ExecuteAsync(database, UpdateReports, reports, cancellationToken) != reports.Count)
        {
            return false;
        }

        var moves = set.MovedEvents.ToList();
        if (await MultiRowSql.ExecuteAsync(database, MoveEvents, moves, cancellationToken) != moves.Count)
        {
            return false;
        }

        var ids = await MultiRowSql.QueryAsync(database, InsertMerges, merges, r => (Id: r.GetInt32(0), DuplicateId: r.GetInt32(1)), cancellationToken);
        var idOfDuplicate = ids.ToDictionary(i => i.DuplicateId, i => i.Id);
        foreach (var merge in merges)
        {
            merge.Id = idOfDuplicate[merge.DuplicateId];
        }

        return true;
    }
}
