using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Common.Exports;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Audit;

/// <summary>The same trail, whole, as a table to download.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record ExportAuditTrail(string RegionCode) : IRequest<Table>, IRegionScoped;

internal sealed class ExportAuditTrailHandler(AppDbContext db, AuditTrail audit) : IRequestHandler<ExportAuditTrail, Table>
{
    public async Task<Table> Handle(ExportAuditTrail request, CancellationToken cancellationToken)
    {
        // The file holds the trail up to this moment, streamed as it is written: bounded by the last entry now, it counts
        // what the audit entry says and leaves out that entry itself and any written while it downloads.
        var trail = db.RegionTrail(request.RegionCode);
        var last = await trail.MaxAsync(a => (long?)a.Id, cancellationToken) ?? 0;
        var upToNow = trail.Where(a => a.Id <= last);
        var count = await upToNow.CountAsync(cancellationToken);
        audit.Record(AuditAction.AuditExported, "AuditTrail", request.RegionCode, null, null, new { Rows = count }, request.RegionCode); // it holds e-mail addresses
        await db.SaveChangesAsync(cancellationToken);
        return new Table($"auditoria-{request.RegionCode}", ["id", "fecha_utc", "usuario", "accion", "entidad", "id_entidad", "ubigeo", "antes", "despues"],
            upToNow.OrderBy(a => a.Id).AsAsyncEnumerable()
                .Select(a => (IReadOnlyList<object?>)[a.Id, a.At, a.UserEmail, a.Action, a.EntityType, a.EntityId, a.Ubigeo, a.Before, a.After]));
    }
}
