using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Parcels;
using ParcelWatch.Web.Features.Shared;

namespace ParcelWatch.Web.Features.Moderation;

/// <summary>
/// Hides spam from public pages, statistics and exports (the reporter still sees the report and why), and shows it
/// again. Every change is audited in the same transaction.
/// </summary>
public sealed class HidingService(
    IDbContextFactory<ParcelWatchDbContext> dbFactory,
    AuditLog audit,
    IStringLocalizer<SharedResource> localizer,
    TimeProvider clock)
{
    public Task<CommandResult<ParcelResponse>> HideAsync(ParcelReader moderator, int id, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(moderator, id, reason, hide: true, cancellationToken);

    public Task<CommandResult<ParcelResponse>> UnhideAsync(ParcelReader moderator, int id, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(moderator, id, reason, hide: false, cancellationToken);

    /// <summary>Hidden reports, most recently changed first.</summary>
    public async Task<PagedResponse<ParcelResponse>> ListHiddenAsync(ParcelReader moderator, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await db.ParcelReports.AsNoTracking().Where(p => p.ModerationState == ModerationState.Hidden)
            .OrderByDescending(p => p.UpdatedAt)
            .Include(p => p.CustomsPoint).Include(p => p.Events).AsSplitQuery()
            .ToPageAsync(PageRequest.Of(page, pageSize), cancellationToken);
        return found.Map(p => p.ToResponse(moderator));
    }

    private async Task<CommandResult<ParcelResponse>> ChangeAsync(
        ParcelReader moderator, int id, string? reasonText, bool hide, CancellationToken cancellationToken)
    {
        var reason = InputText.Clean(reasonText);
        var errors = new FieldErrors();
        if (hide && reason is null)
        {
            errors.Add("reason", localizer["Say why the report is hidden; its reporter will see it."]);
        }
        else if (reason is { Length: > ParcelLimits.ModerationReason })
        {
            errors.Add("reason", localizer["At most {0} characters.", ParcelLimits.ModerationReason]);
        }

        if (errors.Any)
        {
            return CommandResult.Invalid<ParcelResponse>(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var report = await db.ParcelReports.Include(p => p.CustomsPoint).Include(p => p.Events).AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (report is null)
        {
            return CommandResult.NotFound<ParcelResponse>(localizer["Report #{0} does not exist.", id]);
        }

        var expected = hide ? ModerationState.Visible : ModerationState.Hidden;
        if (report.ModerationState != expected)
        {
            return CommandResult.Conflict<ParcelResponse>(hide
                ? localizer["Only a visible report can be hidden; report #{0} is {1}.", id, report.ModerationState]
                : localizer["Report #{0} is not hidden.", id]);
        }

        var before = new { state = report.ModerationState.ToString(), hiddenReason = report.HiddenReason };
        report.ModerationState = hide ? ModerationState.Hidden : ModerationState.Visible;
        report.HiddenReason = hide ? reason : null;
        report.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        report.Version++;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Conflict<ParcelResponse>(localizer["Another moderator changed these reports at the same moment. Reload and try again."]);
        }

        await audit.WriteAsync(db, moderator.UserId!, hide ? AuditActions.Hide : AuditActions.Unhide, "parcel", id.ToString(CultureInfo.InvariantCulture),
            new { reason, before, after = new { state = report.ModerationState.ToString(), hiddenReason = report.HiddenReason } }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CommandResult.Done(report.ToResponse(moderator));
    }
}
