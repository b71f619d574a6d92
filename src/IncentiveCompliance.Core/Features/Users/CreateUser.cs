using FluentValidation;
using IncentiveCompliance.Core.Common.Auditing;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Audit;
using IncentiveCompliance.Core.Domain.Identity;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace IncentiveCompliance.Core.Features.Users;

/// <summary>
/// An administrator opens an account with a first password that follows the password rule; being one the administrator
/// knows, its owner must replace it at the first sign-in.
/// </summary>
[AllowedRoles(Roles.Administrator)]
public sealed record CreateUser(string Email, string FullName, string Password, string Role, string? RegionCode, string? Ubigeo)
    : IRequest<string>, IRoleAssignment;

public sealed class CreateUserValidator : AbstractValidator<CreateUser>
{
    public CreateUserValidator(AppDbContext db, UserManager<AppUser> users)
    {
        RuleFor(x => x.Email).NotEmpty().EmailAddress().MaximumLength(256).WithName("Correo");
        RuleFor(x => x.FullName).NotEmpty().MaximumLength(200).WithName("Nombre completo");
        RuleFor(x => x.Password).NotEmpty().WithName("Contraseña")
            .FollowsPasswordRule(users, x => Task.FromResult(new AppUser { Email = x.Email, FullName = x.FullName }));
        Include(new RoleAssignmentValidator(db));
    }
}

internal sealed class CreateUserHandler(UserManager<AppUser> users, AppDbContext db, AuditTrail audit) : IRequestHandler<CreateUser, string>
{
    public async Task<string> Handle(CreateUser request, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(request.Email) is not null)
        {
            throw new ConflictException("Ya existe un usuario con ese correo.");
        }

        return await db.InTransactionAsync(async () =>
        {
            var (region, ubigeo) = RoleAssignmentValidator.TerritoryOf(request);
            var user = new AppUser
            {
                UserName = request.Email,
                Email = request.Email,
                EmailConfirmed = true,
                FullName = request.FullName.Trim(),
                RegionCode = region,
                Ubigeo = ubigeo,
                MustChangePassword = true,
            };
            IdentityErrors.ThrowIfFailed(await users.CreateAsync(user, request.Password));
            IdentityErrors.ThrowIfFailed(await users.AddToRoleAsync(user, request.Role));
            audit.RecordSecurity(AuditAction.UserCreated, user.Id, new { user.Email, request.Role, user.RegionCode, user.Ubigeo });
            return user.Id;
        }, cancellationToken);
    }
}
