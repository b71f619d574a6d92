using IncentiveCompliance.Core.Common.Paging;
using MediatR;
using Microsoft.AspNetCore.Http.Extensions;

namespace IncentiveCompliance.Web.Api;

/// <summary>Sends a paged list request and answers its page with the link to the next one.</summary>
public static class PagedLists
{
    public const string CursorParameter = "cursor";

    public const string LimitParameter = "limit";

    public static async Task<Paged<T>> SendAsync<T>(HttpRequest http, IMediator mediator, IRequest<Page<T>> request, CancellationToken cancellationToken)
    {
        var page = await mediator.Send(request, cancellationToken);
        var limit = request is IPagedRequest paged ? paged.Limit : PageSize.Default;
        return new Paged<T>(page.Items, page.NextCursor is { } cursor ? NextLink(http, cursor, limit) : null);
    }

    /// <summary>The request's own path and query (every other parameter kept), with the next page's cursor and the same limit.</summary>
    public static string NextLink(HttpRequest http, string cursor, int limit)
    {
        var query = new QueryBuilder(http.Query
            .Where(q => !string.Equals(q.Key, CursorParameter, StringComparison.OrdinalIgnoreCase) && !string.Equals(q.Key, LimitParameter, StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(value => KeyValuePair.Create(q.Key, value ?? ""))))
        {
            { CursorParameter, cursor },
            { LimitParameter, limit.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
        return http.PathBase.Add(http.Path) + query.ToQueryString().Value;
    }
}
