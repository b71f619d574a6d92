namespace IncentiveCompliance.Core.Common.Paging;

/// <summary>
/// One page of a list: its items, in the list's order, and the cursor that asks for the next page (null on the last one).
/// </summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor)
{
    public bool HasNext => NextCursor is not null;

    public Page<TResult> Map<TResult>(Func<T, TResult> map) => new(Items.Select(map).ToList(), NextCursor);
}

/// <summary>Pages cut from the rows a keyset query fetched: one more than the limit, to learn whether another page follows.</summary>
public static class Page
{
    /// <summary>The first <paramref name="limit"/> rows; the cursor is the key of the last row kept, when a further row was fetched.</summary>
    public static Page<T> Of<T>(IReadOnlyList<T> rows, int limit, Func<T, string> cursorOf) =>
        rows.Count > limit
            ? new Page<T>(rows.Take(limit).ToList(), cursorOf(rows[limit - 1]))
            : new Page<T>(rows, null);
}
