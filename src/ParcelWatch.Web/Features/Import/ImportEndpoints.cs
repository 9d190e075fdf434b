using System.Globalization;
using System.Security.Claims;
using System.Text;
using CsvHelper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Shared;

namespace ParcelWatch.Web.Features.Import;

/// <summary><c>/api/v1/import</c>: bulk import of a volunteer's spreadsheet as a background job. Volunteers and moderators.</summary>
public static class ImportEndpoints
{
    public const string ImporterPolicy = "Importer";

    public static IServiceCollection AddImport(this IServiceCollection services)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance); // Windows-1251 files
        services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddAuthorizationBuilder().AddPolicy(ImporterPolicy, policy => policy.RequireRole(Roles.Volunteer, Roles.Moderator));
        services.AddSingleton<ImportFileStore>();
        services.AddSingleton<ImportWorkerInbox>();
        services.AddScoped<ImportJobService>();
        services.AddScoped<ImportIntake>();
        services.AddScoped<ImportSettingsReader>();
        services.AddScoped<ImportParsers>();
        services.AddScoped<ImportDryRun>();
        services.AddSingleton<ImportJobLease>();
        services.AddScoped<ImportBatchProcessor>();
        services.AddScoped<ImportJobRunner>();
        services.AddHostedService<ImportBackgroundWorker>();
        return services;
    }

    public static IEndpointRouteBuilder MapImportApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/import").WithTags("Import").RequireAuthorization(ImporterPolicy);
        group.MapPost("/csv", UploadAndStartAsync).DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(RequestLimit))
            .WithName("ImportCsv").WithSummary("Upload a CSV or XLSX file and import it in the background, or (dryRun=true) see what importing it would do")
            .WithDescription("Starts a background import job of a volunteer's sheet (CSV or XLSX), or with `dryRun=true` reports what would be imported, what is a duplicate and why rows would be refused.");
        group.MapGet("/{jobId:guid}", GetAsync).WithName("GetImportJob").WithSummary("An import's state and progress")
            .WithDescription("The import job's state, counts and progress; 404 for a job of another volunteer or none.");
        group.MapPost("/{jobId:guid}/cancel", CancelAsync).ProducesProblem(StatusCodes.Status404NotFound).WithName("CancelImportJob").WithSummary("Stop an import after its current batch")
            .WithDescription("Stops the import after the batch in progress; committed batches stay.");
        group.MapGet("/{jobId:guid}/errors.csv", ErrorReportAsync).WithName("GetImportErrorReport").WithSummary("The rows not imported, with line numbers and reasons")
            .WithDescription("A CSV of the rows that were not imported, with their line numbers and the reasons.");
        return endpoints;
    }

    /// <summary>The request may carry the largest file plus its multipart framing.</summary>
    private const long RequestLimit = 110L * 1024 * 1024;

    /// <summary>
    /// <c>multipart/form-data</c> with <c>file</c>, and optionally <c>columns</c>: JSON mapping field names to zero-based
    /// column indexes (<c>{"trackingNumber":0,"customsPoint":3}</c>; without it, the columns guessed from the headers),
    /// and <c>values</c>: JSON mapping cell texts the app did not know to known values, per field
    /// (<c>{"customsPoint":{"Внукого":"vnukovo","Атлантида":""}}</c>; "" skips the rows). With <c>dryRun=true</c>, the
    /// preview of the import (200) and nothing stored; otherwise the job (202).
    /// </summary>
    private static async Task<Results<Accepted<ImportJobResponse>, Ok<ImportDryRunResponse>, ValidationProblem, ProblemHttpResult>> UploadAndStartAsync(
        HttpRequest request, ClaimsPrincipal user, ImportJobService jobs, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken,
        bool dryRun = false)
    {
        var errors = new FieldErrors();
        var form = request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : null;
        if (form?.Files.GetFile("file") is not { } file)
        {
            errors.Add("file", localizer["Send multipart/form-data with the file in a part named 'file'."]);
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var columns = ReadJson<Dictionary<string, int>>(form, "columns", localizer["Give the columns as a JSON object of field names and column indexes."], errors);
        var values = ReadJson<Dictionary<string, Dictionary<string, string>>>(form, "values", localizer["Give the values as a JSON object of fields, each an object of cell texts and the values they mean."], errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var reader = ParcelReader.From(user);
        await using var content = file.OpenReadStream();
        if (dryRun)
        {
            var preview = await jobs.DryRunAsync(reader.UserId!, file.FileName, content, columns, values, cancellationToken);
            return preview.Value is { } answer ? TypedResults.Ok(answer) : TypedResults.ValidationProblem(preview.Errors!.ToDictionary());
        }

        var uploaded = await jobs.UploadAsync(reader.UserId!, file.FileName, content, cancellationToken);
        var started = uploaded.Value is { } uploadedPreview ? await jobs.StartAsync(uploadedPreview.JobId, reader, columns, values, cancellationToken) : uploaded;
        if (started.Value is null)
        {
            return TypedResults.ValidationProblem(started.Errors!.ToDictionary());
        }

        var job = (await jobs.GetAsync(started.Value.JobId, reader, cancellationToken))!;
        return TypedResults.Accepted($"/api/v1/import/{job.Id}", job);
    }

    /// <summary>A JSON form part, null when absent; unreadable JSON is an error on the part's name.</summary>
    private static T? ReadJson<T>(IFormCollection form, string name, string message, FieldErrors errors)
        where T : class
    {
        if (form[name].ToString() is not { Length: > 0 } json)
        {
            return null;
        }

        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<T>(json);
        }
        catch (System.Text.Json.JsonException)
        {
            errors.Add(name, message);
            return null;
        }
    }

    private static async Task<Results<Ok<ImportJobResponse>, ProblemHttpResult>> GetAsync(Guid jobId, ClaimsPrincipal user, ImportJobService jobs, CancellationToken cancellationToken) =>
        (await jobs.GetAsync(jobId, ParcelReader.From(user), cancellationToken)).FoundOrNotFound(TypedResults.Ok);

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> CancelAsync(
        Guid jobId, ClaimsPrincipal user, ImportJobService jobs, CancellationToken cancellationToken) =>
        (await jobs.CancelAsync(jobId, ParcelReader.From(user), cancellationToken)).ToHttp(_ => TypedResults.NoContent());

    /// <summary>CSV (UTF-8 with BOM, for Excel): line, duplicateOfReport, reasons.</summary>
    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> ErrorReportAsync(
        Guid jobId, ClaimsPrincipal user, ImportJobService jobs, HttpContext context, CancellationToken cancellationToken)
    {
        if (await jobs.FindAsync(jobId, ParcelReader.From(user), cancellationToken) is not { } job)
        {
            return CommandHttp.NotFoundProblem();
        }

        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"import-errors-{job.Id:N}.csv\"";
        await using var writer = new StreamWriter(context.Response.Body, new UTF8Encoding(true));
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        csv.WriteField("line");
        csv.WriteField("duplicateOfReport");
        csv.WriteField("reasons");
        await csv.NextRecordAsync();
        await foreach (var issue in jobs.IssuesAsync(jobId, cancellationToken))
        {
            csv.WriteField(issue.Line);
            csv.WriteField(issue.DuplicateOfId);
            csv.WriteField(issue.Reasons);
            await csv.NextRecordAsync();
        }

        return TypedResults.Empty;
    }
}
