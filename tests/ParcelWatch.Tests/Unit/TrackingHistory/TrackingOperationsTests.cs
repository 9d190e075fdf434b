using ParcelWatch.Tests.Support;
using ParcelWatch.Web.Features.TrackingHistory.Domain;

namespace ParcelWatch.Tests.Unit.TrackingHistory;

/// <summary>The table in code and its reference beside the parser (operations.md) say the same.</summary>
public sealed class TrackingOperationsTests
{
    private static readonly string Reference = File.ReadAllText(
        Path.Combine(RepositoryPaths.WebProject, "Features", "TrackingHistory", "Domain", "operations.md"));

    public static TheoryData<string, string> Names()
    {
        var data = new TheoryData<string, string>();
        foreach (var operation in TrackingOperations.All)
        {
            foreach (var name in operation.Names)
            {
                data.Add(operation.Code, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_name_in_the_code_is_in_the_reference_on_its_codes_row(string code, string name)
    {
        var rows = Reference.Split('\n').Where(line => line.StartsWith('|') && line.Contains($"| {code} ", StringComparison.Ordinal));

        Assert.Contains(rows, row => HistoryText.IndexOf(HistoryText.Words(row), HistoryText.Words(name)) >= 0);
    }

    [Fact]
    public void No_name_belongs_to_two_operations()
    {
        var names = TrackingOperations.All.SelectMany(o => o.Names.Select(n => string.Join(' ', HistoryText.Words(n)))).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
    }
}
