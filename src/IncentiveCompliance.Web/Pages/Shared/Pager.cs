using Microsoft.AspNetCore.Http.Extensions;

namespace IncentiveCompliance.Web.Pages.Shared;

/// <summary>
/// The links under a paged list: to the page after this one (the same address and filters with the cursor in
/// <see cref="Parameter"/>), and back to the first page once past it. The browser's back button returns page by page.
/// </summary>
/// <param name="NextLabel">What the link to the next page says: «Siguiente», or «Ver más antiguos» on a list newest first.</param>
public sealed record Pager(string? NextCursor, bool PastFirstPage, string NextLabel = "Siguiente")
{
    /// <summary>The query parameter that carries the cursor on a page's address.</summary>
    public const string Parameter = "desde";

    public bool Shown => NextCursor is not null || PastFirstPage;

    public static string Link(HttpRequest request, string? cursor)
    {
        var query = new QueryBuilder(request.Query
            .Where(q => !string.Equals(q.Key, Parameter, StringComparison.OrdinalIgnoreCase) && !string.Equals(q.Key, "handler", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(value => KeyValuePair.Create(q.Key, value ?? ""))));
        if (cursor is not null)
        {
            query.Add(Parameter, cursor);
        }

        return request.PathBase.Add(request.Path) + query.ToQueryString().Value;
    }
}
