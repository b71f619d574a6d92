using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Features.Users;
using MediatR;

namespace IncentiveCompliance.Web.Api;

public static class UserEndpoints
{
    public static void MapUsers(this RouteGroupBuilder api)
    {
        api.MapGet("/users", (int? limit, string? cursor, HttpRequest http, IMediator m, CancellationToken ct) =>
            PagedLists.SendAsync(http, m, new ListUsers(limit ?? PageSize.Default, cursor), ct));

        api.MapPost("/users", async (CreateUser body, IMediator m, CancellationToken ct) =>
        {
            var id = await m.Send(body, ct);
            return Results.Json(new { id }, statusCode: StatusCodes.Status201Created);
        });

        api.MapPut("/users/{id}/role", (string id, RoleChange body, IMediator m, CancellationToken ct) =>
            m.Send(new AssignRole(id, body.Role ?? "", body.RegionCode, body.Ubigeo), ct));
    }

    public sealed record RoleChange(string? Role, string? RegionCode, string? Ubigeo);
}
