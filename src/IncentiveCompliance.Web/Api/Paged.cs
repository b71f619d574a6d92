namespace IncentiveCompliance.Web.Api;

/// <summary>
/// A page of a list as the API answers it: the items, and the link that asks for the next page (the same query with
/// <c>cursor</c> and <c>limit</c>), or null on the last page.
/// </summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, string? Next);
