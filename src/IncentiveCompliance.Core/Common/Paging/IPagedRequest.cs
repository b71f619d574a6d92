namespace IncentiveCompliance.Core.Common.Paging;

/// <summary>
/// A list request asked a page at a time: at most <see cref="Limit"/> items after the position the <see cref="Cursor"/>
/// names (from the start when null). The cursor carries only the sort key of the last item seen: what the caller may see
/// is still decided by the request's own scope (its region, municipality or user), never by the cursor.
/// </summary>
public interface IPagedRequest
{
    int Limit { get; }

    string? Cursor { get; }
}

/// <summary>How many items a page holds when the caller does not say, and at most.</summary>
public static class PageSize
{
    public const int Default = 50;

    public const int Max = 500;
}
