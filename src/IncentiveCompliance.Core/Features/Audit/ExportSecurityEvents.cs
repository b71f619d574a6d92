using IncentiveCompliance.Core.Common.Exports;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Audit;

/// <summary>The same events, whole, as a table to download.</summary>
[AllowedRoles(Roles.Administrator)]
public sealed record ExportSecurityEvents : IRequest<Table>;

internal sealed class ExportSecurityEventsHandler(AppDbContext db) : IRequestHandler<ExportSecurityEvents, Table>
{
    public Task<Table> Handle(ExportSecurityEvents request, CancellationToken cancellationToken) =>
        Task.FromResult(new Table("eventos-de-seguridad", ["id", "fecha_utc", "usuario", "accion", "cuenta", "direccion", "navegador", "detalle"],
            db.SecurityEvents().OrderBy(a => a.Id).AsAsyncEnumerable()
                .Select(a => (IReadOnlyList<object?>)[a.Id, a.At, a.UserEmail, a.Action, a.EntityId, a.Address, a.Browser, a.After])));
}
