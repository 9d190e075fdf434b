namespace ParcelWatch.Web.Infrastructure.Database;

/// <summary>
/// A step of preparing the database at every start, after the migrations: reference data, required rows, backfills.
/// A feature registers its own (scoped) in its <c>AddX()</c>; they run in registration order, in one scope, while this
/// instance holds the initialization turn. Each must be safe to run again on an up-to-date database.
/// </summary>
public interface IDatabaseSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
