using Microsoft.AspNetCore.Components;

namespace ParcelWatch.Web.Features.Stats;

/// <summary>
/// The sort order of a statically rendered table, kept in the page's query string (<c>sort=reports&amp;order=desc</c>)
/// so that a sorted view is a link like any other. A column name the table does not know falls back to its default.
/// </summary>
public sealed record TableSort(string Column, bool Descending)
{
    public static TableSort Parse(string? column, string? order, IReadOnlyCollection<string> columns, TableSort fallback) =>
        column is not null && columns.Contains(column)
            ? new TableSort(column, order != "asc")
            : fallback;

    /// <summary>"asc" or "desc", as the query string has it.</summary>
    public string Order => Descending ? "desc" : "asc";

    public string ToQueryString() => $"sort={Uri.EscapeDataString(Column)}&order={Order}";

    /// <summary>Where a click on <paramref name="column"/>'s header leads (relative to the base): a new column sorts text
    /// from A and numbers from the largest; the same column again flips the order. The page's other parameters stay.</summary>
    public string Link(NavigationManager navigation, string column, bool isText)
    {
        var next = new TableSort(column, column == Column ? !Descending : !isText);
        return navigation.ToBaseRelativePath(navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["sort"] = next.Column,
            ["order"] = next.Order,
        }));
    }

    public string AriaSort(string column) => column != Column ? "none" : Descending ? "descending" : "ascending";

    public string Arrow(string column) => column != Column ? "" : Descending ? " ↓" : " ↑";

    public IEnumerable<T> Apply<T, TKey>(IEnumerable<T> rows, Func<T, TKey> key) =>
        Descending ? rows.OrderByDescending(key) : rows.OrderBy(key);
}
