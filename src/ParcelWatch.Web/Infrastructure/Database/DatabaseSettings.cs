namespace ParcelWatch.Web.Infrastructure.Database;

/// <summary>
/// The configured engine, whether the app migrates its schema when it starts, and the app's data folder (the SQLite
/// file's folder, else <c>Database:DataDirectory</c>); read once from configuration by <see cref="DatabaseSetup"/>.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, bool MigrateOnStartup, string DataDirectory);
