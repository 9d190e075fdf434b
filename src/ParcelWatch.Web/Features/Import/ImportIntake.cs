using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Import.Domain;
using ParcelWatch.Web.Features.Shared;

namespace ParcelWatch.Web.Features.Import;

/// <summary>An uploaded file taken in: its job (not stored yet) and its header row, or why the file cannot be imported.</summary>
public sealed record ReceivedFile(ImportJob? Job, string[] Headers, FieldErrors? Errors);

/// <summary>
/// Takes an upload in: keeps it in the job's file (an .xlsx workbook becomes CSV), detects the encoding and separator
/// and reads the header row. A file that cannot be imported is deleted and answered as an error on <c>file</c>.
/// </summary>
public sealed class ImportIntake(ImportFileStore files, IOptions<ImportOptions> options, IStringLocalizer<SharedResource> localizer, TimeProvider clock)
{
    public async Task<ReceivedFile> ReceiveAsync(string ownerId, string fileName, Stream content, CancellationToken cancellationToken)
    {
        var jobId = Guid.CreateVersion7();
        if (!await files.SaveAsync(jobId, content, options.Value.MaximumFileBytes, cancellationToken))
        {
            return Refused(localizer["The file is larger than {0} MB.", options.Value.MaximumFileBytes / (1024 * 1024)]);
        }

        var path = files.PathOf(jobId);
        var start = await ReadStartAsync(path, cancellationToken);
        if (XlsxConversion.LooksLikeXlsx(fileName, start))
        {
            if (!XlsxConversion.TryConvertInPlace(path))
            {
                files.Delete(jobId);
                return Refused(localizer["The workbook could not be read; save it again as .xlsx or .csv."]);
            }

            start = await ReadStartAsync(path, cancellationToken); // the CSV it became
        }

        var sniffed = TextFileSniffer.Sniff(start, new FileInfo(path).Length <= TextFileSniffer.SampleBytes);
        if (sniffed.Verdict != FileVerdict.Text)
        {
            files.Delete(jobId);
            return Refused(sniffed.Verdict == FileVerdict.Empty
                ? localizer["The file is empty."]
                : localizer["This is not a text table: upload a .csv file (or an .xlsx workbook)."]);
        }

        var job = new ImportJob
        {
            Id = jobId,
            OwnerId = ownerId,
            FileName = ShortName(fileName),
            FileBytes = new FileInfo(path).Length,
            Encoding = sniffed.Encoding.WebName,
            Delimiter = sniffed.Delimiter.ToString(),
            Culture = CultureInfo.CurrentUICulture.Name,
            Settings = "{}",
            State = ImportJobState.Uploaded,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        using var reader = files.Open(job);
        if (reader.Read() is not { } header || header.Cells.All(string.IsNullOrWhiteSpace))
        {
            files.Delete(jobId);
            return Refused(localizer["The file is empty."]);
        }

        return new ReceivedFile(job, header.Cells, null);
    }

    /// <summary>The uploaded file's own name (no folders), at most 260 characters.</summary>
    private static string ShortName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        return name.Length == 0 ? "import.csv" : name[..Math.Min(260, name.Length)];
    }

    private static async Task<byte[]> ReadStartAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        var buffer = new byte[TextFileSniffer.SampleBytes];
        var length = await file.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        return buffer[..length];
    }

    private static ReceivedFile Refused(string message)
    {
        var errors = new FieldErrors();
        errors.Add("file", message);
        return new ReceivedFile(null, [], errors);
    }
}
