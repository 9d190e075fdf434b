using System.ComponentModel.DataAnnotations;
using ParcelWatch.Web.Infrastructure.Database;

namespace ParcelWatch.Web.Features.Stats;

/// <summary>Configuration section <c>Stats</c>: how long statistics answers are kept (ADR-017); checked at start (ADR-021).</summary>
public sealed class StatsOptions
{
    public const string Section = "Stats";

    /// <summary>Seconds an answer stays fresh; unset: 60 on SQLite (one instance), 2 on PostgreSQL (several).</summary>
    [Range(1, 3600)]
    public int? CacheSeconds { get; set; }

    /// <summary>Seconds a stale answer may still be served while one request refreshes it; 0: readers wait.</summary>
    [Range(0, 60)]
    public double StaleSeconds { get; set; } = 1;

    /// <summary><see cref="CacheSeconds"/>, else the provider's default.</summary>
    public TimeSpan Lifetime(DatabaseProvider provider) =>
        TimeSpan.FromSeconds(CacheSeconds ?? (provider == DatabaseProvider.Postgres ? 2 : 60));
}
