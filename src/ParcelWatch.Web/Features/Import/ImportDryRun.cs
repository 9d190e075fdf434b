using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.CustomsPoints;
using ParcelWatch.Web.Features.Import.Domain;

namespace ParcelWatch.Web.Features.Import;

/// <summary>
/// Runs an import without storing anything: every row is read and checked by the same <see cref="ImportBatchProcessor"/> as
/// the real import and looked up for duplicates (earlier rows of the file included), so the counts are the ones the
/// real import reaches with the same settings while the database stays as it is.
/// </summary>
public sealed class ImportDryRun(
    IDbContextFactory<ParcelWatchDbContext> dbFactory,
    ImportFileStore files,
    ImportBatchProcessor batch,
    ImportParsers parsers,
    CustomsPointDirectory customsPoints,
    IOptions<ImportOptions> options)
{
    public const int PreviewRows = 20;

    /// <summary>At most this many reasons and unknown values are listed, the most frequent first (a garbage file could have a million).</summary>
    public const int ListedAtMost = 50;

    public async Task<ImportDryRunResponse> RunAsync(ImportJob job, IReadOnlyList<string> headers, ImportSettings settings, CancellationToken cancellationToken)
    {
        var parser = await parsers.CreateAsync(settings, cancellationToken);
        var codes = (await customsPoints.ActiveAsync(cancellationToken)).ToDictionary(p => p.Id, p => p.Code);
        var seen = new SeenParcels(keepIds: false);
        var rows = new List<ImportRowPreview>();
        var reasons = new Dictionary<string, (int Rows, int FirstLine)>();
        var unknown = new Dictionary<(ImportField Field, string Text), int>();
        int total = 0, fresh = 0, duplicate = 0, rejected = 0;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        using (var file = files.Open(job))
        {
            file.Read(); // the header
            foreach (var chunk in file.Rest().Chunk(options.Value.BatchRows))
            {
                var prepared = await batch.PrepareAsync(job, chunk, parser, cancellationToken);
                var (freshRows, duplicates) = await ImportDuplicates.SplitAsync(db, prepared.Candidates, seen, cancellationToken);
                (total, fresh, duplicate, rejected) = (total + prepared.Rows, fresh + freshRows.Count, duplicate + duplicates.Count, rejected + prepared.Issues.Count);
                rows.AddRange(freshRows.Take(PreviewRows - rows.Count).Select(c => Preview(c.Row.Line, c.Report, codes[c.Report.CustomsPointId])));
                foreach (var issue in prepared.Issues)
                {
                    foreach (var reason in issue.Reasons.Split('\n'))
                    {
                        reasons[reason] = reasons.TryGetValue(reason, out var count) ? (count.Rows + 1, count.FirstLine) : (1, issue.Line);
                    }
                }

                foreach (var value in prepared.UnknownValues)
                {
                    unknown[value] = unknown.GetValueOrDefault(value) + 1;
                }
            }
        }

        var points = await parsers.PointNamesAsync(cancellationToken);
        return new ImportDryRunResponse(job.FileName, job.Encoding, job.Delimiter, settings.DateFormat, Columns(headers, settings),
            total, fresh, duplicate, rejected, rows,
            reasons.OrderByDescending(r => r.Value.Rows).ThenBy(r => r.Value.FirstLine).Take(ListedAtMost).Select(r => new ImportReasonCount(r.Key, r.Value.Rows, r.Value.FirstLine)).ToList(),
            unknown.OrderByDescending(u => u.Value).Take(ListedAtMost).Select(u => new ImportUnknownValue(
                FieldKey(u.Key.Field), u.Key.Text, u.Value, u.Key.Field == ImportField.CustomsPoint ? points.Suggest(u.Key.Text) : null)).ToList());
    }

    /// <summary>A field as the API names it (<c>customsPoint</c>).</summary>
    public static string FieldKey(ImportField field) => JsonNamingPolicy.CamelCase.ConvertName(field.ToString());

    private static List<ImportColumn> Columns(IReadOnlyList<string> headers, ImportSettings settings)
    {
        var fields = settings.Columns.ToDictionary(c => c.Value, c => FieldKey(c.Key));
        return headers.Select((header, index) => new ImportColumn(index, header, fields.GetValueOrDefault(index))).ToList();
    }

    private static ImportRowPreview Preview(int line, ParcelReport report, string pointCode) =>
        new(line, report.Shop, report.TrackingNumber, pointCode, report.Brand, report.Model, report.Category,
            report.DeclarationText, report.DeclaredValue, report.Currency, report.ShippedOn, report.Outcome);
}
