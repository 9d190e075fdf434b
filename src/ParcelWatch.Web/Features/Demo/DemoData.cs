using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ParcelWatch.Data;

namespace ParcelWatch.Web.Features.Demo;

/// <summary>
/// How SYNTHETIC demo data is recognised. Every demo report belongs to one of <see cref="UserCount"/> demo users
/// whose e-mail is on the reserved domain <see cref="EmailDomain"/>, and its order number starts with
/// <see cref="OrderNumberPrefix"/>. The users are made by the <c>seed-demo</c> verb, without a password, so nobody
/// can sign in as one.
/// </summary>
public static class DemoData
{
    public const string EmailDomain = "demo.parcelwatch.invalid";
    public const string OrderNumberPrefix = "DEMO-";
    public const int UserCount = 50;

    /// <summary>The e-mail (and user name) of demo user 0 … 49: <c>demo-01@demo.parcelwatch.invalid</c> … <c>demo-50@…</c>.</summary>
    public static string UserEmail(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, UserCount);
        return string.Create(CultureInfo.InvariantCulture, $"demo-{index + 1:D2}@{EmailDomain}");
    }

    /// <summary>
    /// Whether the database holds any demo report. Two indexed lookups, cheap on millions of rows: the demo users by
    /// their normalized user name (unique index), then any report of theirs (index on ReporterId).
    /// </summary>
    public static async Task<bool> IsPresentAsync(ParcelWatchDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var names = Enumerable.Range(0, UserCount).Select(i => UserEmail(i).ToUpperInvariant()).ToList();
        var userIds = await db.Users.AsNoTracking()
            .Where(u => names.Contains(u.NormalizedUserName!))
            .Select(u => u.Id)
            .ToListAsync(cancellationToken);
        return userIds.Count > 0
            && await db.ParcelReports.AsNoTracking().AnyAsync(p => userIds.Contains(p.ReporterId), cancellationToken);
    }
}
