using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Core.Features.Account;

/// <summary>Ends the caller's own session on the server: the cookie or token that named it is refused from now on.</summary>
[AllowedRoles(Roles.Administrator, Roles.RegionalSecretariat, Roles.MunicipalManager, Roles.BudgetOfficer, Roles.NationalViewer)]
[AllowedDuring(AccountStep.SecondFactor, AccountStep.PasswordChange, AccountStep.SecondFactorEnrollment)]
public sealed record SignOut : IRequest<Unit>;

internal sealed class SignOutHandler(AppDbContext db, ICurrentUser user, AuditTrail audit, TimeProvider clock) : IRequestHandler<SignOut, Unit>
{
    public async Task<Unit> Handle(SignOut request, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.SingleOrDefaultAsync(s => s.Id == user.SessionId && s.UserId == user.UserId, cancellationToken);
        session?.End(clock.GetUtcNow().UtcDateTime);
        audit.RecordSecurity(AuditAction.AccountSignedOut, user.UserId!, new { Session = user.SessionId });
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
