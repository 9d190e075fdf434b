using Microsoft.Extensions.Configuration;
using ParcelWatch.Web.Infrastructure.Database;

namespace ParcelWatch.Tests.Unit;

public sealed class ConnectionStringTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("pw-cs-");

    [Fact]
    public void Default_is_a_file_in_App_Data_under_the_content_root_which_is_created()
    {
        var connectionString = DatabaseSetup.ResolveSqliteConnectionString(new ConfigurationBuilder().Build(), _root.FullName);

        Assert.Contains(Path.Combine(_root.FullName, "App_Data", "parcelwatch.db"), connectionString, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(_root.FullName, "App_Data")));
    }

    [Fact]
    public void A_configured_connection_string_wins()
    {
        var file = Path.Combine(_root.FullName, "other", "x.db");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:ParcelWatch"] = $"Data Source={file}" })
            .Build();

        var connectionString = DatabaseSetup.ResolveSqliteConnectionString(configuration, _root.FullName);

        Assert.Contains(file, connectionString, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.GetDirectoryName(file)));
    }

    public void Dispose() => _root.Delete(recursive: true);
}
