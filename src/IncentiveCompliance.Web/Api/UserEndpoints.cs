using IncentiveCompliance.Core.Common.Paging;
using IncentiveCompliance.Core.Features.Users;
using IncentiveCompliance.Web.Api.Description;
using MediatR;

namespace IncentiveCompliance.Web.Api;

public static class UserEndpoints
{
    public static void MapUsers(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("").WithTags(ApiTags.Users);
        users.MapGet("/users", (int? limit, string? cursor, HttpRequest http, IMediator m, CancellationToken ct) =>
                PagedLists.SendAsync(http, m, new ListUsers(limit ?? PageSize.Default, cursor), ct))
            .WithName("ListUsers")
            .WithSummary("Las cuentas de usuario")
            .WithDescription("Correo, nombre, rol, ámbito, estado y último ingreso de cada cuenta. Solo administradores.");

        users.MapPost("/users", async (CreateUser body, IMediator m, CancellationToken ct) =>
                Results.Json(new UserCreated(await m.Send(body, ct)), statusCode: StatusCodes.Status201Created))
            .Produces<UserCreated>(StatusCodes.Status201Created)
            .ProducesConflict()
            .WithName("CreateUser")
            .WithSummary("Crea una cuenta con su rol y su ámbito")
            .WithDescription("La contraseña es temporal: su titular la cambia al primer ingreso. `regionCode` para la Secretaría Técnica, `ubigeo` para los roles municipales. 409 si el correo ya tiene cuenta.")
            .WithRequestExample(new CreateUser("seguridad@santiago.demo.pe", "Rosa Quispe Huamán", "una frase larga y temporal", "MunicipalManager", null, "080106"));

        users.MapPut("/users/{id}/role", (string id, RoleChange body, IMediator m, CancellationToken ct) =>
                m.Send(new AssignRole(id, body.Role ?? "", body.RegionCode, body.Ubigeo), ct))
            .WithName("AssignRole")
            .WithSummary("Cambia el rol y el ámbito de una cuenta")
            .WithDescription("Cierra las sesiones abiertas de la cuenta, que vuelve a ingresar con su nuevo alcance.");
    }

    public sealed record RoleChange(string? Role, string? RegionCode, string? Ubigeo);

    /// <summary>The id of the account just created.</summary>
    public sealed record UserCreated(string Id);
}
