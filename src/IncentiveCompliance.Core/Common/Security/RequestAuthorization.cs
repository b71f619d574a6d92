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

    /// <summary>
    /// A request about one stored record names no territory: the record's owner (a municipality, or a region; no region
    /// means national, the administrator's) is looked up, one lookup per scope interface, and checked like a named one.
    /// </summary>
    private static readonly OwnerLookup[] Lookups =
    [
        Lookup<ISubmissionScoped>(r => r.SubmissionId, "el avance", "No tiene acceso a los avances de esta municipalidad.",
            (db, id) => db.Submissions.Where(x => x.Id == id).Select(x => new Owner(x.Ubigeo, null))),
        Lookup<ITrainingEventScoped>(r => r.TrainingEventId, "la capacitación", "No tiene acceso a las capacitaciones de esta región.",
            (db, id) => db.TrainingEvents.Where(x => x.Id == id).Select(x => new Owner(null, x.RegionCode))),
        Lookup<IBudgetImportScoped>(r => r.BudgetImportId, "la importación", "No tiene acceso a las importaciones de otra región.",
            (db, id) => db.BudgetImports.Where(x => x.Id == id).Select(x => new Owner(null, x.RegionCode))),
        Lookup<IReportScoped>(r => r.ReportId, "el reporte", "No tiene acceso a los reportes de esta región.",
            (db, id) => db.ComplianceReports.Where(x => x.Id == id).Select(x => new Owner(null, x.RegionCode))),
    ];

    public async Task CheckAsync(object request, CancellationToken cancellationToken)
    {
        Authorize(request, user.Scope);
        foreach (var lookup in Lookups.Where(l => l.Scope.IsInstanceOfType(request)))
        {
            var id = lookup.Id(request);
            var owner = await lookup.Owner(db, id).SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException(lookup.What, id);
            if (!Covers(user.Scope!, owner))
            {
                throw new ForbiddenException(lookup.Refusal);
            }
        }
    }

    /// <summary>
    /// Whether the caller's role may send this kind of request at all (and the session has finished signing in): what a
    /// page asks before showing a button. The territory is still checked when the request is sent.
    /// </summary>
    public static bool RoleAllows<TRequest>(AccessScope? scope)
    {
        var rule = Rules.GetOrAdd(typeof(TRequest), AccessRule.Of);
        return rule.Anonymous || (scope is not null && rule.Roles.Contains(scope.Role, StringComparer.Ordinal) && scope.PendingStep == AccountStep.None);
    }

    private static bool Covers(AccessScope scope, Owner owner) =>
        owner.Ubigeo is { } ubigeo ? scope.CoversMunicipality(ubigeo)
        : owner.RegionCode is { } region ? scope.CoversRegion(region)
        : scope.Role == Roles.Administrator;

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

        if (!rule.Roles.Contains(scope.Role, StringComparer.Ordinal))
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

    private static OwnerLookup Lookup<TScoped>(
        Func<TScoped, Guid> id, string what, string refusal, Func<AppDbContext, Guid, IQueryable<Owner>> owner) =>
        new(typeof(TScoped), request => id((TScoped)request), what, refusal, owner);

    private sealed record Owner(string? Ubigeo, string? RegionCode);

    private sealed record OwnerLookup(Type Scope, Func<object, Guid> Id, string What, string Refusal, Func<AppDbContext, Guid, IQueryable<Owner>> Owner);

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
