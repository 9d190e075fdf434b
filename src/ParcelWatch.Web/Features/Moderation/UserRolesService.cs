using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ParcelWatch.Data;
using ParcelWatch.Data.Entities;
using ParcelWatch.Web.Features.Account;
using ParcelWatch.Web.Features.Shared;
using ParcelWatch.Web.Infrastructure.Database;

namespace ParcelWatch.Web.Features.Moderation;

/// <summary>
/// Moderators grant and revoke the Volunteer and Moderator roles. The last moderator cannot be removed, every change
/// is audited in the same transaction, and a revoked user's sessions end (new security stamp).
/// </summary>
public sealed class UserRolesService(
    ParcelWatchDbContext db,
    UserManager<ApplicationUser> users,
    AuditLog audit,
    IStringLocalizer<SharedResource> localizer)
{
    /// <summary>Users whose e-mail contains <paramref name="search"/> (all users without it), by e-mail.</summary>
    public async Task<PagedResponse<UserRolesResponse>> ListAsync(string? search, int page, int pageSize, CancellationToken cancellationToken)
    {
        var text = InputText.Clean(search)?.ToUpperInvariant();
        var matching = db.Users.AsNoTracking().Where(u => u.Id != PersonalData.DeletedAccounts && (text == null || u.NormalizedEmail!.Contains(text)));
        var found = await matching.OrderBy(u => u.NormalizedEmail)
            .Select(u => new
            {
                u.Id,
                u.Email,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .ToPageAsync(PageRequest.Of(page, pageSize), cancellationToken);
        return found.Map(u => new UserRolesResponse(u.Id, u.Email ?? "", u.Roles.Order(StringComparer.Ordinal).ToList()));
    }

    public Task<CommandResult<UserRolesResponse>> GrantAsync(string actorId, string userId, string role, CancellationToken cancellationToken) =>
        ChangeAsync(actorId, userId, role, grant: true, cancellationToken);

    public Task<CommandResult<UserRolesResponse>> RevokeAsync(string actorId, string userId, string role, CancellationToken cancellationToken) =>
        ChangeAsync(actorId, userId, role, grant: false, cancellationToken);

    private async Task<CommandResult<UserRolesResponse>> ChangeAsync(
        string actorId, string userId, string roleName, bool grant, CancellationToken cancellationToken)
    {
        var role = Roles.All.FirstOrDefault(r => r.Equals(roleName, StringComparison.OrdinalIgnoreCase));
        if (role is null)
        {
            var errors = new FieldErrors();
            errors.Add("role", localizer["Unknown value '{0}'; use one of: {1}.", roleName, string.Join(", ", Roles.All)]);
            return CommandResult.Invalid<UserRolesResponse>(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.TakeTurnAsync("roles", cancellationToken); // two revokes at once must not leave no moderator
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return CommandResult.NotFound<UserRolesResponse>(localizer["No such user."]);
        }

        var before = await users.GetRolesAsync(user);
        if (before.Contains(role) != grant)
        {
            if (!grant && role == Roles.Moderator && (await users.GetUsersInRoleAsync(Roles.Moderator)).Count <= 1)
            {
                return CommandResult.Conflict<UserRolesResponse>(localizer["This is the last moderator; make someone else a moderator first."]);
            }

            var result = grant ? await users.AddToRoleAsync(user, role) : await users.RemoveFromRoleAsync(user, role);
            if (!result.Succeeded)
            {
                return CommandResult.Conflict<UserRolesResponse>(string.Join(" ", result.Errors.Select(e => e.Description)));
            }

            await users.UpdateSecurityStampAsync(user);
            var after = await users.GetRolesAsync(user);
            await audit.WriteAsync(db, actorId, grant ? AuditActions.GrantRole : AuditActions.RevokeRole, "user", user.Id,
                new { role, email = user.Email, before, after }, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        var roles = await users.GetRolesAsync(user);
        return CommandResult.Done(new UserRolesResponse(user.Id, user.Email ?? "", roles.Order(StringComparer.Ordinal).ToList()));
    }
}
