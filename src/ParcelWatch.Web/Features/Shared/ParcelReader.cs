using System.Security.Claims;
using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Features.Shared;

/// <summary>Who is asking, as far as parcel reports care: anonymous, a user, or a moderator.</summary>
public sealed record ParcelReader(string? UserId, bool IsModerator)
{
    public static ParcelReader Anonymous { get; } = new(null, false);

    public static ParcelReader From(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
            ? new(user.FindFirstValue(ClaimTypes.NameIdentifier), user.IsInRole(Roles.Moderator))
            : Anonymous;

    public bool Owns(ParcelReport report) => UserId is not null && report.ReporterId == UserId;

    /// <summary>Hidden and duplicate reports are shown only to their reporter and to moderators.</summary>
    public bool MaySee(ParcelReport report) =>
        report.ModerationState == ModerationState.Visible || IsModerator || Owns(report);

    public bool MaySeePrivateFields(ParcelReport report) => IsModerator || Owns(report);
}
