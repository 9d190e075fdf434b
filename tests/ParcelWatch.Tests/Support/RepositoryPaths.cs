namespace ParcelWatch.Tests.Support;

/// <summary>Where the repository and the shared folder beside it are, found from the test binaries.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string WebProject => Path.Combine(Root, "src", "ParcelWatch.Web");

    public static string SharedData => Path.Combine(Root, "..", "shared", "data");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ParcelWatch.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ParcelWatch.sln not found above " + AppContext.BaseDirectory);
    }
}
