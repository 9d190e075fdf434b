using Microsoft.AspNetCore.Components;
using ParcelWatch.Web.Features.Stats;

namespace ParcelWatch.Tests.Unit.Stats;

public sealed class TableSortTests
{
    private static readonly string[] Columns = ["name", "reports"];
    private static readonly TableSort Default = new("reports", Descending: true);

    [Theory]
    [InlineData(null, null, "reports", true)]
    [InlineData("name", "asc", "name", false)]
    [InlineData("name", "desc", "name", true)]
    [InlineData("name", null, "name", true)]
    [InlineData("Name", "asc", "reports", true)] // column names are exact
    [InlineData("password", "asc", "reports", true)]
    public void Unknown_columns_fall_back_to_the_default(string? column, string? order, string expectedColumn, bool expectedDescending)
    {
        var sort = TableSort.Parse(column, order, Columns, Default);

        Assert.Equal(new TableSort(expectedColumn, expectedDescending), sort);
    }

    [Fact]
    public void Links_are_relative_a_new_column_sorts_text_from_a_and_numbers_from_the_largest_and_the_same_column_flips_keeping_other_parameters()
    {
        var navigation = new FixedNavigation("http://localhost/stats?brand=Xiaomi&sort=reports&order=desc");
        var sort = new TableSort("reports", Descending: true);

        Assert.Equal("stats?brand=Xiaomi&sort=name&order=asc", sort.Link(navigation, "name", isText: true));
        Assert.Equal("stats?brand=Xiaomi&sort=reports&order=asc", sort.Link(navigation, "reports", isText: false));
        Assert.Equal("stats?brand=Xiaomi&sort=passed&order=desc", sort.Link(navigation, "passed", isText: false));
        Assert.Equal("descending", sort.AriaSort("reports"));
        Assert.Equal("none", sort.AriaSort("name"));
    }

    [Fact]
    public void Apply_orders_rows_by_the_key_in_the_chosen_direction()
    {
        int[] rows = [2, 3, 1];

        Assert.Equal([3, 2, 1], new TableSort("n", Descending: true).Apply(rows, r => r));
        Assert.Equal([1, 2, 3], new TableSort("n", Descending: false).Apply(rows, r => r));
    }

    private sealed class FixedNavigation : NavigationManager
    {
        public FixedNavigation(string uri) => Initialize("http://localhost/", uri);
    }
}
