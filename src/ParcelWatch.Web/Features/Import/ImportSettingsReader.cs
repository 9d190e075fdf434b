using Microsoft.Extensions.Localization;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.CustomsPoints;
using ParcelWatch.Web.Features.Import.Domain;
using ParcelWatch.Web.Features.Shared;

namespace ParcelWatch.Web.Features.Import;

/// <summary>
/// The settings of an import from what the volunteer chose (or the guess from the headers when they chose nothing):
/// columns, values mapped for this file, and the date layout read by majority from the file's date columns. The dry
/// run and the real import take them from here, so both read the file alike.
/// </summary>
public sealed class ImportSettingsReader(ImportFileStore files, CustomsPointDirectory customsPoints, IStringLocalizer<SharedResource> localizer)
{
    private const int DateSampleRows = 500;

    /// <summary>The fields the Import page and the <c>values</c> part may map values of.</summary>
    public static readonly IReadOnlyList<ImportField> MappableFields = [ImportField.CustomsPoint, ImportField.Outcome];

    public static IReadOnlyDictionary<string, int> GuessedColumns(IReadOnlyList<string> headers) =>
        ColumnGuesser.Guess(headers).Select((field, index) => (field, index)).Where(c => c.field is not null)
            .ToDictionary(c => ImportDryRun.FieldKey(c.field!.Value), c => c.index);

    public async Task<(ImportSettings? Settings, FieldErrors Errors)> ReadAsync(
        ImportJob job,
        IReadOnlyList<string> headers,
        IReadOnlyDictionary<string, int>? columns,
        IReadOnlyDictionary<string, Dictionary<string, string>>? values,
        CancellationToken cancellationToken)
    {
        var chosen = columns ?? GuessedColumns(headers);
        var errors = CheckColumns(chosen, headers.Count);
        var mapped = await CheckValuesAsync(values, errors, cancellationToken);
        if (errors.Any)
        {
            return (null, errors);
        }

        var mapping = chosen.ToDictionary(c => Enum.Parse<ImportField>(c.Key, ignoreCase: true), c => c.Value);
        return (new ImportSettings(mapping, DetectDateFormat(job, mapping, ColumnGuesser.HasRussianHeaders(headers))) { Values = mapped }, errors);
    }

    private FieldErrors CheckColumns(IReadOnlyDictionary<string, int> columns, int columnCount)
    {
        var errors = new FieldErrors();
        foreach (var (name, index) in columns)
        {
            if (!Enum.TryParse<ImportField>(name, ignoreCase: true, out _) || name.All(char.IsDigit))
            {
                errors.Add("columns", localizer["Unknown field '{0}'.", name]);
            }
            else if (index < 0 || index >= columnCount)
            {
                errors.Add("columns", localizer["The file has no column {0}.", index + 1]);
            }
        }

        foreach (var required in new[] { ImportField.TrackingNumber, ImportField.CustomsPoint })
        {
            if (!columns.Keys.Any(k => k.Equals(required.ToString(), StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add("columns", localizer["Choose the column that holds: {0}.", localizer.Name(required)]);
            }
        }

        return errors;
    }

    /// <summary>Points mapped to a code of the catalogue, outcomes to an event kind or Pending; "" skips the rows.</summary>
    private async Task<IReadOnlyDictionary<ImportField, IReadOnlyDictionary<string, string>>?> CheckValuesAsync(
        IReadOnlyDictionary<string, Dictionary<string, string>>? values, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (values is null)
        {
            return null;
        }

        var codes = (await customsPoints.ActiveAsync(cancellationToken)).Select(p => p.Code).ToHashSet();
        var mapped = new Dictionary<ImportField, IReadOnlyDictionary<string, string>>();
        foreach (var (name, pairs) in values)
        {
            var field = MappableFields.FirstOrDefault(f => ImportDryRun.FieldKey(f).Equals(name, StringComparison.OrdinalIgnoreCase), (ImportField)(-1));
            if (field < 0)
            {
                errors.Add("values", localizer["Values can be mapped for: {0}.", string.Join(", ", MappableFields.Select(ImportDryRun.FieldKey))]);
                continue;
            }

            foreach (var (text, target) in pairs)
            {
                var known = target.Length == 0 || (field == ImportField.CustomsPoint
                    ? codes.Contains(target)
                    : OutcomeWords.TryRead(target, out _) && (Enum.TryParse<OutcomeEventKind>(target, true, out _) || target.Equals(OutcomeWords.Pending, StringComparison.OrdinalIgnoreCase)));
                if (!known)
                {
                    errors.Add("values", localizer["'{0}' is not a known value of {1}.", target, localizer.Name(field)]);
                }
            }

            mapped[field] = pairs.ToDictionary(p => p.Key.Trim(), p => p.Value, StringComparer.Ordinal);
        }

        return mapped;
    }

    private string DetectDateFormat(ImportJob job, IReadOnlyDictionary<ImportField, int> mapping, bool dayFirst)
    {
        var dateColumns = mapping.Where(m => m.Key is ImportField.ShippedOn or ImportField.ArrivedOn or ImportField.OutcomeOn).Select(m => m.Value).ToList();
        using var file = files.Open(job);
        file.Read();
        var samples = file.Rest().Take(DateSampleRows).SelectMany(r => dateColumns.Where(c => c < r.Cells.Length).Select(c => r.Cells[c]));
        return DateFormats.Detect(samples, dayFirst);
    }
}
