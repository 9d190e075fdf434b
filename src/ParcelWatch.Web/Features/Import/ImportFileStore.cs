using Microsoft.Extensions.Options;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Infrastructure.Database;

namespace ParcelWatch.Web.Features.Import;

/// <summary>The uploaded files, one per job, in the import folder (by default <c>imports</c> in the data folder, beside a SQLite file).</summary>
public sealed class ImportFileStore
{
    public ImportFileStore(IOptions<ImportOptions> options, DatabaseSettings database, IWebHostEnvironment environment)
    {
        Folder = Path.GetFullPath(options.Value.Folder ?? Path.Combine(database.DataDirectory, "imports"), environment.ContentRootPath);
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string PathOf(Guid jobId) => Path.Combine(Folder, $"{jobId:N}.csv");

    /// <summary>Copies the upload to the job's file; false (and nothing kept) when it is longer than <paramref name="limit"/>.</summary>
    public async Task<bool> SaveAsync(Guid jobId, Stream content, long limit, CancellationToken cancellationToken)
    {
        var path = PathOf(jobId);
        await using (var file = File.Create(path))
        {
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                if (total > limit)
                {
                    break;
                }

                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            if (total <= limit)
            {
                return true;
            }
        }

        File.Delete(path);
        return false;
    }

    public void Delete(Guid jobId) => File.Delete(PathOf(jobId));

    /// <summary>The job's file, read in its detected encoding and separator.</summary>
    public ImportCsvReader Open(ImportJob job) =>
        new(PathOf(job.Id), System.Text.Encoding.GetEncoding(job.Encoding), job.Delimiter[0]);
}
