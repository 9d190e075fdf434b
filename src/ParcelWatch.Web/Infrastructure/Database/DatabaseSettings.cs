namespace ParcelWatch.Web.Infrastructure.Database;

/// <summary>The configured engine, and whether the app migrates its schema when it starts.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, bool MigrateOnStartup);
