using System.Collections.Concurrent;
using System.Reflection;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Common.Security;

/// <summary>
/// The one place where every request is checked against the caller: the roles the request allows, a sign-in step the
/// session still owes (only the requests that finish it pass), then the municipality or region it names (for a submission, the municipality that made it; for a training, an import
/// or a report, its region).
/// A request that declares no access rule is refused. The mediator pipeline checks every request here; an upload is
/// also checked here before its body is read, with the request built from its route (see the web host).
/// </summary>
public sealed class RequestAuthorization(ICurrentUser user, AppDbContext db)
{
    private static readonly ConcurrentDictionary<Type, AccessRule> Rules = new();

    public async Task CheckAsync(object request, CancellationToken cancellationToken)
    {
        Authorize(request, user.Scope);
        if (request is ISubmissionScoped s)
        {
            var ubigeo = await db.Submissions.Where(x => x.Id == s.SubmissionId).Select(x => x.Ubigeo).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("el avance", s.SubmissionId);
            if (!user.Scope!.CoversMunicipality(ubigeo))
            {
                throw new ForbiddenException("No tiene acceso a los avances de esta municipalidad.");
            }
        }

        if (request is ITrainingEventScoped t)
        {
            var region = await db.TrainingEvents.Where(x => x.Id == t.TrainingEventId).Select(x => x.RegionCode).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("la capacitación", t.TrainingEventId);
            if (!user.Scope!.CoversRegion(region))
            {
                throw new ForbiddenException("No tiene acceso a las capacitaciones de esta región.");
            }
        }

        if (request is IBudgetImportScoped b)
        {
            var import = await db.BudgetImports.Where(x => x.Id == b.BudgetImportId).Select(x => new { x.RegionCode }).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("la importación", b.BudgetImportId);
            RequireRegion(import.RegionCode, "No tiene acceso a las importaciones de otra región.");
        }

        if (request is IReportScoped r)
        {
            var region = await db.ComplianceReports.Where(x => x.Id == r.ReportId).Select(x => x.RegionCode).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("el reporte", r.ReportId);
            RequireRegion(region, "No tiene acceso a los reportes de esta región.");
        }
    }

    /// <summary>A region's record is the region's; one with no region (a national import) is the administrator's.</summary>
    private void RequireRegion(string? regionCode, string message)
    {
        if (regionCode is null ? user.Scope!.Role != Roles.Administrator : !user.Scope!.CoversRegion(regionCode))
        {
            throw new ForbiddenException(message);
        }
    }

    internal static void Authorize(object request, AccessScope? scope)
    {
        var rule = Rules.GetOrAdd(request.GetType(), AccessRule.Of);
        if (rule.Anonymous)
        {
            return;
        }

        if (scope is null)
        {
            throw new UnauthenticatedException();
        }

        if (!rule.Roles.Contains(scope.Role))
        {
            throw new ForbiddenException();
        }

        if (scope.PendingStep != AccountStep.None && !rule.During.Contains(scope.PendingStep))
        {
            throw new ForbiddenException(AccountSteps.Explain(scope.PendingStep));
        }

        if (request is IMunicipalityScoped m && !scope.CoversMunicipality(m.Ubigeo))
        {
            throw new ForbiddenException("No tiene acceso a esta municipalidad.");
        }

        if (request is IRegionScoped r && !scope.CoversRegion(r.RegionCode))
        {
            throw new ForbiddenException("No tiene acceso a esta región.");
        }
    }

    private sealed record AccessRule(bool Anonymous, IReadOnlyList<string> Roles, IReadOnlyList<AccountStep> During)
    {
        public static AccessRule Of(Type type)
        {
            if (type.GetCustomAttribute<AnonymousAttribute>() is not null)
            {
                return new AccessRule(true, [], []);
            }

            var allowed = type.GetCustomAttribute<AllowedRolesAttribute>()
                ?? throw new InvalidOperationException($"{type.Name} declares no access rule ([AllowedRoles] or [Anonymous]).");
            return new AccessRule(false, allowed.Roles, type.GetCustomAttribute<AllowedDuringAttribute>()?.Steps ?? []);
        }
    }
}
