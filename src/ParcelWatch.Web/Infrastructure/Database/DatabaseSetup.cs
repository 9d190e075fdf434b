using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ParcelWatch.Data;

namespace ParcelWatch.Web.Infrastructure.Database;

/// <summary>
/// Registers the DbContext for the configured provider (SQLite, the embedded default, or PostgreSQL).
/// The one section read from configuration before the container is built (ADR-021): the provider and the connection
/// string decide which EF Core provider and migrations assembly are registered, the design-time tools (<c>dotnet ef</c>)
/// and the tests resolve them through the same methods, and a PostgreSQL start without a connection string must stop
/// before anything is registered.
/// </summary>
public static class DatabaseSetup
{
    public const string ConnectionStringName = "ParcelWatch";
    public const string SqliteMigrationsAssembly = "ParcelWatch.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "ParcelWatch.Migrations.Postgres";

    public static WebApplicationBuilder AddParcelWatchDatabase(this WebApplicationBuilder builder)
    {
        var provider = Provider(builder.Configuration);
        var connectionString = provider == DatabaseProvider.Sqlite
            ? ResolveSqliteConnectionString(builder.Configuration, builder.Environment.ContentRootPath)
            : builder.Configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } configured
                ? configured
                : throw new InvalidOperationException($"Database:Provider is Postgres: set ConnectionStrings:{ConnectionStringName}.");
        builder.Services.AddSingleton(new DatabaseSettings(
            provider, MigrateOnStartup(builder.Configuration, provider), DataDirectory(builder.Configuration, builder.Environment.ContentRootPath)));
        builder.Services.AddDbContextFactory<ParcelWatchDbContext>((services, options) => options
            .UseParcelWatchProvider(provider, connectionString)
            .AddInterceptors(services.GetServices<IInterceptor>()));
        builder.Services.AddScoped<IDatabaseSeeder, CustomsPointSeeder>();
        builder.Services.AddHealthChecks().AddDbContextCheck<ParcelWatchDbContext>("database", tags: ["ready"]);

        // In the database, so that every instance reads the cookies and antiforgery tokens the others issued.
        builder.Services.AddDataProtection().SetApplicationName("ParcelWatch").PersistKeysToDbContext<ParcelWatchDbContext>();
        return builder;
    }

    /// <summary><c>Database:Provider</c>: <c>Sqlite</c> (the default) or <c>Postgres</c>.</summary>
    public static DatabaseProvider Provider(IConfiguration configuration)
    {
        var name = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(name))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidOperationException($"Database:Provider '{name}' is not supported; use 'Sqlite' or 'Postgres'.");
    }

    /// <summary>The provider with its migrations assembly; also used by tests that compare the model with the migrations.</summary>
    public static DbContextOptionsBuilder UseParcelWatchProvider(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString) =>
        provider == DatabaseProvider.Postgres
            ? options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly))
            : options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));

    /// <summary>
    /// SQLite is migrated at every start (ADR-004). Several PostgreSQL instances starting together would race, so there
    /// the <c>migrate</c> verb does it, unless <c>Database:MigrateOnStartup</c> is true.
    /// </summary>
    private static bool MigrateOnStartup(IConfiguration configuration, DatabaseProvider provider) =>
        configuration.GetValue<bool?>("Database:MigrateOnStartup") ?? provider == DatabaseProvider.Sqlite;

    /// <summary>
    /// The configured connection string, or a file <c>parcelwatch.db</c> in <c>Database:DataDirectory</c>
    /// (default <c>App_Data</c> under the content root). The folder is created when missing.
    /// </summary>
    public static string ResolveSqliteConnectionString(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        var csb = new SqliteConnectionStringBuilder(configured);
        if (string.IsNullOrWhiteSpace(csb.DataSource))
        {
            csb.DataSource = Path.Combine(DataDirectory(configuration, contentRoot), "parcelwatch.db");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(csb.DataSource, contentRoot));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return csb.ToString();
    }

    /// <summary>The app's data folder: the SQLite file's folder, else <c>Database:DataDirectory</c> (default <c>App_Data</c>).</summary>
    public static string DataDirectory(IConfiguration configuration, string contentRoot)
    {
        if (Provider(configuration) == DatabaseProvider.Sqlite
            && new SqliteConnectionStringBuilder(configuration.GetConnectionString(ConnectionStringName)).DataSource is { Length: > 0 } file)
        {
            return Path.GetDirectoryName(Path.GetFullPath(file, contentRoot))!;
        }

        return Path.GetFullPath(configuration["Database:DataDirectory"] ?? "App_Data", contentRoot);
    }
}
