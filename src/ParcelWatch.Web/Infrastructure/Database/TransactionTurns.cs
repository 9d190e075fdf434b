using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ParcelWatch.Web.Infrastructure.Database;

/// <summary>
/// For transactions that check and then change (e.g. "not the last moderator"): on SQLite every write transaction
/// already waits for the previous one (Microsoft.Data.Sqlite begins them IMMEDIATE); on PostgreSQL, whose transactions
/// run side by side, the ones of one <c>purpose</c> take turns through a transaction-scoped advisory lock.
/// </summary>
public static class TransactionTurns
{
    public static async Task TakeTurnAsync(this DatabaseFacade database, string purpose, CancellationToken cancellationToken)
    {
        if (database.IsNpgsql())
        {
            await database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({purpose}))", cancellationToken);
        }
    }
}
