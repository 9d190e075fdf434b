using System.Reflection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;
using ParcelWatch.Tests.Support;
using ParcelWatch.Web.Features.Import;
using ParcelWatch.Web.Features.Moderation;

namespace ParcelWatch.Tests.Integration;

/// <summary>
/// The set-based writers store what EF Core reads back, column by column, on SQLite and on PostgreSQL: a report
/// written by an import, then changed by a merge, reads back with every mapped property as written. The column lists
/// are checked against the model too, so a new ParcelReport property makes these tests fail until a map decides on it.
/// </summary>
public sealed class BulkWriterRoundTripTests(ParcelWatchFactory factory) : IClassFixture<ParcelWatchFactory>
{
    /// <summary>What an import never sets: the id (generated), and what only moderation sets.</summary>
    private static readonly string[] NotImported = [nameof(ParcelReport.Id), nameof(ParcelReport.DuplicateOfId), nameof(ParcelReport.HiddenReason)];

    /// <summary>What a merge never changes: who reported which parcel where, when, and from which import; hiding.</summary>
    private static readonly string[] NotMerged =
    [
        nameof(ParcelReport.ReporterId), nameof(ParcelReport.Shop), nameof(ParcelReport.OrderNumber), nameof(ParcelReport.TrackingNumber),
        nameof(ParcelReport.CustomsPointId), nameof(ParcelReport.HiddenReason), nameof(ParcelReport.ImportJobId), nameof(ParcelReport.CreatedAt),
    ];

    [Fact]
    public void The_import_map_covers_every_report_column_an_import_sets()
    {
        Assert.Equal(
            StoredProperties().Except(NotImported).Order(StringComparer.Ordinal),
            ImportRowWriter.ReportColumns.Columns.Select(c => c.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_merge_map_covers_every_report_column_a_merge_changes()
    {
        Assert.Equal(
            StoredProperties().Except(NotMerged).Append("ReadVersion").Order(StringComparer.Ordinal),
            MergeWriter.ReportColumns.Columns.Select(c => c.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_report_written_by_an_import_and_changed_by_a_merge_reads_back_column_by_column()
    {
        var (userId, pointIds) = await ReporterAndPointsAsync();
        var imported = Report(userId, pointIds[0]);
        await using (var db = await NewContextAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await ImportRowWriter.AddReportsAsync(db.Database, [imported], CancellationToken.None);
            await transaction.CommitAsync();
        }

        var stored = await ReadAsync(imported.Id);
        AssertSameColumns(imported, stored, except: [nameof(ParcelReport.DuplicateOfId), nameof(ParcelReport.HiddenReason)]);
        Assert.Equal(imported.Events.Select(e => (e.Kind, e.OccurredOn, e.Note, e.CreatedAt, e.CreatedById)), stored.Events.Select(e => (e.Kind, e.OccurredOn, e.Note, e.CreatedAt, e.CreatedById)));

        var canonical = Report(userId, pointIds[0]);
        await using (var db = await NewContextAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await ImportRowWriter.AddReportsAsync(db.Database, [canonical], CancellationToken.None);
            var set = await MergeWorkingSet.LoadAsync(db, [imported.Id], CancellationToken.None);
            var changed = (await set.FindAsync(db, imported.Id, CancellationToken.None))!;
            Change(changed, duplicateOfId: canonical.Id);
            Assert.True(await MergeWriter.TryWriteAsync(db.Database, set, [], CancellationToken.None));
            await transaction.CommitAsync();
            AssertSameColumns(changed, await ReadAsync(imported.Id), except: []);
        }

        await using (var db = await NewContextAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var set = await MergeWorkingSet.LoadAsync(db, [imported.Id], CancellationToken.None);
            var report = (await set.FindAsync(db, imported.Id, CancellationToken.None))!;
            await db.ParcelReports.Where(p => p.Id == imported.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Version, p => p.Version + 1));
            report.Brand = "Meizu";
            report.Version++;
            Assert.False(await MergeWriter.TryWriteAsync(db.Database, set, [], CancellationToken.None)); // another writer moved the version on
        }
    }

    private static IEnumerable<string> StoredProperties() =>
        typeof(ParcelReport).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType.IsValueType || p.PropertyType == typeof(string))
            .Select(p => p.Name);

    private static void AssertSameColumns(ParcelReport expected, ParcelReport actual, IReadOnlyList<string> except)
    {
        foreach (var name in StoredProperties().Except(except))
        {
            var property = typeof(ParcelReport).GetProperty(name)!;
            Assert.True(Equals(property.GetValue(expected), property.GetValue(actual)), $"{name}: wrote {property.GetValue(expected)}, read {property.GetValue(actual)}");
        }
    }

    /// <summary>Every column set, none to its default, with values whose stored form is exact on both databases.</summary>
    private static ParcelReport Report(string userId, int pointId)
    {
        var at = new DateTime(2017, 4, 3, 12, 34, 56, 789, DateTimeKind.Utc);
        return new ParcelReport
        {
            ReporterId = userId,
            Shop = Shop.GearBest,
            OrderNumber = "ORDER-1",
            TrackingNumber = $"LP00{Random.Shared.NextInt64(100_000_000_000, 999_999_999_999)}",
            CarrierCode = "CN",
            CustomsPointId = pointId,
            Brand = "Xiaomi",
            BrandKey = "XIAOMI",
            Model = "Redmi 4X",
            Category = ProductCategory.Tablet,
            DeclarationText = "Cell Phone!",
            DeclarationWording = "cell phone",
            WordingClass = WordingClass.Phone,
            DeclaredValue = 149.99m,
            Currency = "USD",
            ShippedOn = new DateOnly(2017, 3, 30),
            Outcome = Outcome.Returned,
            DaysHeld = 6,
            DecidedOn = new DateOnly(2017, 4, 16),
            ModerationState = ModerationState.Visible,
            ImportJobId = Guid.NewGuid(),
            CreatedAt = at,
            UpdatedAt = at.AddMinutes(1),
            Version = 3,
            Events =
            [
                new OutcomeEvent { Kind = OutcomeEventKind.ArrivedAtCustoms, OccurredOn = new DateOnly(2017, 4, 10), Note = "Orenburg", CreatedAt = at, CreatedById = userId },
                new OutcomeEvent { Kind = OutcomeEventKind.Returned, OccurredOn = new DateOnly(2017, 4, 16), CreatedAt = at, CreatedById = userId },
            ],
        };
    }

    /// <summary>Gives every column a merge may write a new value (a merge writes them all, changed or not).</summary>
    private static void Change(ParcelReport report, int duplicateOfId)
    {
        report.Version++;
        report.ModerationState = ModerationState.Duplicate;
        report.DuplicateOfId = duplicateOfId;
        report.Outcome = Outcome.Passed;
        report.DaysHeld = 2;
        report.DecidedOn = new DateOnly(2017, 4, 12);
        report.UpdatedAt = new DateTime(2017, 5, 1, 8, 0, 0, 123, DateTimeKind.Utc);
        report.Brand = "Meizu";
        report.BrandKey = "MEIZU";
        report.Model = "M5";
        report.Category = ProductCategory.Phone;
        report.CarrierCode = "SG";
        report.DeclarationText = "gift";
        report.DeclarationWording = "gift";
        report.WordingClass = WordingClass.Other;
        report.DeclaredValue = 18.5m;
        report.Currency = "EUR";
        report.ShippedOn = new DateOnly(2017, 3, 28);
    }

    private async Task<(string UserId, List<int> PointIds)> ReporterAndPointsAsync()
    {
        var (_, email) = await AuthApi.CreateBearerClientAsync(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email);
        await using var db = await NewContextAsync();
        return (user!.Id, await db.CustomsPoints.OrderBy(p => p.Id).Select(p => p.Id).Take(2).ToListAsync());
    }

    private Task<ParcelWatchDbContext> NewContextAsync() =>
        factory.Services.GetRequiredService<IDbContextFactory<ParcelWatchDbContext>>().CreateDbContextAsync();

    private async Task<ParcelReport> ReadAsync(int id)
    {
        await using var db = await NewContextAsync();
        return await db.ParcelReports.AsNoTracking().Include(p => p.Events.OrderBy(e => e.Id)).SingleAsync(p => p.Id == id);
    }
}
