using Microsoft.EntityFrameworkCore;

namespace ParcelWatch.Web.Features.Shared;

/// <summary>
/// A requested page, clamped once for every list: the page number is at least 1, the size between 1 and a maximum
/// (<see cref="MaximumSize"/> unless a list allows fewer).
/// </summary>
public readonly record struct PageRequest
{
    public const int MaximumSize = 100;

    private PageRequest(int number, int size) => (Number, Size) = (number, size);

    public int Number { get; }

    public int Size { get; }

    /// <summary>How many items come before this page.</summary>
    public int Skip => (Number - 1) * Size;

    public static PageRequest Of(int page, int pageSize, int maximumSize = MaximumSize) =>
        new(Math.Max(page, 1), Math.Clamp(pageSize, 1, maximumSize));

    /// <summary>This page of a list already in memory.</summary>
    public PagedResponse<T> Slice<T>(IReadOnlyList<T> all) => new(all.Skip(Skip).Take(Size).ToList(), Number, Size, all.Count);
}

public static class PagingExtensions
{
    /// <summary>Counts <paramref name="ordered"/>, then reads the requested page of it (the query must be ordered).</summary>
    public static async Task<PagedResponse<T>> ToPageAsync<T>(this IQueryable<T> ordered, PageRequest page, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        var items = await ordered.Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return new PagedResponse<T>(items, page.Number, page.Size, total);
    }
}
