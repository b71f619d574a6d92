using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Budget;

/// <summary>Where an import stands, for the progress bar.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat)]
public sealed record GetBudgetImport(Guid BudgetImportId) : IRequest<BudgetImportStatus>, IBudgetImportScoped;

internal sealed class GetBudgetImportHandler(AppDbContext db) : IRequestHandler<GetBudgetImport, BudgetImportStatus>
{
    public async Task<BudgetImportStatus> Handle(GetBudgetImport request, CancellationToken cancellationToken) =>
        BudgetImportStatus.Of(await db.BudgetImports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == request.BudgetImportId, cancellationToken)
            ?? throw new NotFoundException("la importación", request.BudgetImportId));
}
