using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Common.Paging;

/// <summary>Keyset paging in the database: the query, already filtered past the cursor and ordered, read to one row beyond the limit.</summary>
public static class PageQueries
{
    public static async Task<Page<T>> ToPageAsync<T, TKey>(
        this IQueryable<T> ordered, IPagedRequest request, PageCursor<TKey> cursor, Func<T, TKey> keyOf, CancellationToken cancellationToken)
        where TKey : class
    {
        var rows = await ordered.Take(request.Limit + 1).ToListAsync(cancellationToken);
        return Page.Of(rows, request.Limit, row => cursor.Encode(keyOf(row)));
    }
}
