namespace ParcelWatch.Web.Features.Shared;

/// <summary>One page of a list, as every paged API answer carries it (the API contract's <c>items/page/pageSize/totalCount</c>).</summary>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    /// <summary>The same page with each item mapped (entities to responses, after the query ran).</summary>
    public PagedResponse<TResult> Map<TResult>(Func<T, TResult> map) =>
        new(Items.Select(map).ToList(), Page, PageSize, TotalCount);
}
