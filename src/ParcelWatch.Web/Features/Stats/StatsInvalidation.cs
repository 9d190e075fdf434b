using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ParcelWatch.Data.Entities;

namespace ParcelWatch.Web.Features.Stats;

/// <summary>
/// Drops the cached statistics whenever a save changes reports or outcome events: right after the save, or, inside an
/// explicit transaction (group commit, merges), once it commits, so that nobody caches what is not yet visible.
/// One place for every writer that saves through EF Core: the API, the pages, hiding, undo. Writers that store
/// set-based SQL instead (merges, <c>MergeWriter</c>) drop the cache themselves after their commit.
/// </summary>
public sealed class StatsInvalidation(StatsCache cache) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            await FlushAsync(eventData.Context);
        }

        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        await FlushAsync(eventData.Context);

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        FlushAsync(eventData.Context).AsTask().GetAwaiter().GetResult();

    private void Note(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries()
            .Any(e => e.Entity is ParcelReport or OutcomeEvent && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            _pending.AddOrUpdate(context, context);
        }
    }

    private ValueTask FlushAsync(DbContext? context) =>
        context is not null && _pending.Remove(context) ? cache.InvalidateAsync() : ValueTask.CompletedTask;
}
