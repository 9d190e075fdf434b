using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Moderation;
using ParcelWatch.Web.Features.Parcels;

using ParcelWatch.Web.Features.Shared;

namespace ParcelWatch.Web.Features.Account;

/// <summary>Everything stored about one account: the account itself and every report it made, order numbers included.</summary>
public sealed record PersonalDataExport(string? Email, IReadOnlyList<string> Roles, DateTime ExportedAt, IReadOnlyList<ParcelResponse> Reports);

/// <summary>
/// A buyer's copy of their data, and the deletion of their account. Reports outlive the account, anonymized: they go
/// to the reserved <see cref="DeletedAccounts"/> user without their order numbers, so the statistics (which never
/// knew who reported) do not change. Audit entries keep the account's id as an opaque actor (append-only); with the
/// account gone nothing links that id to an email.
/// </summary>
public sealed class PersonalData(
    IDbContextFactory<ParcelWatchDbContext> dbFactory,
    UserManager<ApplicationUser> users,
    AuditLog audit,
    SecurityStampMemo stampMemo,
    TimeProvider clock)
{
    /// <summary>The reserved owner of reports whose reporter deleted their account; it cannot sign in.</summary>
    public const string DeletedAccounts = "deleted-accounts";

    public async Task<PersonalDataExport?> ExportAsync(string userId, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var reports = await db.ParcelReports.AsNoTracking().Where(p => p.ReporterId == userId)
            .Include(p => p.CustomsPoint).Include(p => p.Events).AsSplitQuery()
            .OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var owner = new ParcelReader(userId, IsModerator: false);
        return new PersonalDataExport(user.Email, [.. await users.GetRolesAsync(user)], clock.GetUtcNow().UtcDateTime, reports.ConvertAll(r => r.ToResponse(owner)));
    }

    /// <summary>Deletes the account after checking its password; false when the password is wrong.</summary>
    public async Task<bool> DeleteAsync(string userId, string? password, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId) is not { } user || userId == DeletedAccounts
            || string.IsNullOrEmpty(password) || !await users.CheckPasswordAsync(user, password))
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var reports = await db.ParcelReports.Where(p => p.ReporterId == userId).ExecuteUpdateAsync(set => set
            .SetProperty(p => p.ReporterId, DeletedAccounts)
            .SetProperty(p => p.OrderNumber, (string?)null)
            .SetProperty(p => p.UpdatedAt, now)
            .SetProperty(p => p.Version, p => p.Version + 1), cancellationToken);
        await db.OutcomeEvents.Where(e => e.CreatedById == userId).ExecuteUpdateAsync(set => set.SetProperty(e => e.CreatedById, DeletedAccounts), cancellationToken);
        await db.ImportJobs.Where(j => j.OwnerId == userId).ExecuteUpdateAsync(set => set
            .SetProperty(j => j.OwnerId, DeletedAccounts)
            .SetProperty(j => j.FileName, "import.csv"), cancellationToken); // a file's name may name its owner
        await audit.WriteAsync(db, userId, AuditActions.DeleteAccount, "user", userId, new { anonymizedReports = reports }, cancellationToken);
        await db.Users.Where(u => u.Id == userId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        stampMemo.Forget(userId); // deleted without the user manager: its sessions end now
        return true;
    }

    /// <summary>Creates the reserved owner of anonymized reports, once.</summary>
    public static async Task EnsureDeletedAccountsUserAsync(UserManager<ApplicationUser> users)
    {
        if (await users.FindByIdAsync(DeletedAccounts) is null)
        {
            var result = await users.CreateAsync(new ApplicationUser
            {
                Id = DeletedAccounts,
                UserName = DeletedAccounts,
                Email = $"{DeletedAccounts}@parcelwatch.invalid",
                LockoutEnabled = true,
                LockoutEnd = DateTimeOffset.MaxValue,
            });
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Could not create the {DeletedAccounts} user: {string.Join("; ", result.Errors.Select(e => e.Description))}");
            }
        }
    }
}
