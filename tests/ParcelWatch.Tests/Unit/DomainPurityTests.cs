using System.Text.RegularExpressions;
using ParcelWatch.Tests.Support;

namespace ParcelWatch.Tests.Unit;

/// <summary>
/// ADR-020: the code in <c>Features/&lt;Feature&gt;/Domain</c> is pure. No database, HTTP, DI container, localizer,
/// logger, clock, file system, randomness or console: it takes what it needs as arguments and answers, so that these
/// unit tests need no host. Read from the source, because implicit usings would hide such a use from the usings.
/// </summary>
public sealed partial class DomainPurityTests
{
    private static readonly string[] Forbidden =
    [
        "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Localization",
        "Microsoft.Extensions.Logging", "Microsoft.Extensions.Options", "System.Net.Http", "using ParcelWatch.Data;",
        "DbContext", "DbSet", "HttpContext", "HttpClient", "IServiceProvider", "IStringLocalizer", "ILogger", "IOptions", "TimeProvider",
        "DateTime.Now", "DateTime.UtcNow", "DateTime.Today", "DateTimeOffset.Now", "DateTimeOffset.UtcNow", "Random", "File.", "Directory.", "Console.",
    ];

    public static TheoryData<string> DomainFiles()
    {
        var features = Path.Combine(RepositoryPaths.WebProject, "Features");
        var files = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(features, "*.cs", SearchOption.AllDirectories)
                     .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "Domain").Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetRelativePath(features, file));
        }

        return files;
    }

    [Fact]
    public void The_domain_folders_are_found_so_the_rule_is_not_checked_on_nothing() =>
        Assert.True(DomainFiles().Count >= 40, $"only {DomainFiles().Count} domain files found: is the Features/<Feature>/Domain layout still there?");

    [Theory]
    [MemberData(nameof(DomainFiles))]
    public void A_domain_file_uses_no_database_http_container_localizer_clock_or_io(string file)
    {
        var code = string.Join('\n', File.ReadAllLines(Path.Combine(RepositoryPaths.WebProject, "Features", file))
            .Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        code = StringLiteral().Replace(code, "\"\"");

        var found = Forbidden.Where(word => Regex.IsMatch(code, $@"(?<![\w.]){Regex.Escape(word)}(?!\w)")).ToList();
        Assert.True(found.Count == 0, $"{file} uses {string.Join(", ", found)}; keep it in the feature's services, pass what the rule needs as arguments.");
    }

    [GeneratedRegex("\"(?:[^\"\\\\\\n]|\\\\.)*\"")]
    private static partial Regex StringLiteral();
}
