using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Domain.Identity;
using IncentiveCompliance.Core.Features.Catalogue;
using IncentiveCompliance.Core.Features.Territory;
using IncentiveCompliance.Core.Features.Users;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Infrastructure.Demo;

/// <summary>
/// The demo: the Cusco region's 116 municipalities, the sample 2026 catalogue, and one user per role, all with
/// password Demo2026!. Loaded only into an empty database, through the same requests an administrator would send; then the
/// demo, not a person, gives its accounts their documented password, which the password rule would refuse, and marks them
/// as the demo's (no second factor while the demo is enabled).
/// </summary>
public static class DemoData
{
    public const string Password = "Demo2026!";

    public static readonly IReadOnlyList<CreateUser> Users =
    [
        Account("admin@demo.pe", "Administración del sistema", Roles.Administrator, null, null),
        Account("secretaria.tecnica@cusco.demo.pe", "Secretaría Técnica del CORESEC Cusco", Roles.RegionalSecretariat, "08", null),
        Account("seguridad@wanchaq.demo.pe", "Gerencia de Seguridad Ciudadana de Wanchaq", Roles.MunicipalManager, null, "080108"),
        Account("presupuesto@wanchaq.demo.pe", "Gerencia de Presupuesto de Wanchaq", Roles.BudgetOfficer, null, "080108"),
        Account("seguridad@santiago.demo.pe", "Gerencia de Seguridad Ciudadana de Santiago", Roles.MunicipalManager, null, "080106"),
        Account("nacional@demo.pe", "Consulta nacional (MININTER – DGSC)", Roles.NationalViewer, null, null),
    ];

    /// <summary>Loads the demo when the database holds no municipality and no user; returns whether it did.</summary>
    public static async Task<bool> LoadIfEmptyAsync(AppDbContext db, IMediator mediator, CancellationToken cancellationToken = default)
    {
        if (await db.Municipalities.AnyAsync(cancellationToken) || await db.Users.AnyAsync(cancellationToken))
        {
            return false;
        }

        await using (var cusco = typeof(DemoData).Assembly.GetManifestResourceStream("demo/cusco_municipalities.csv")!)
        {
            await mediator.Send(new ImportMunicipalities(cusco), cancellationToken);
        }

        await using (var catalogue = typeof(DemoData).Assembly.GetManifestResourceStream("demo/catalogue-2026.json")!)
        {
            await mediator.Send(new LoadCatalogue(catalogue), cancellationToken);
        }

        var hasher = new PasswordHasher<AppUser>();
        foreach (var request in Users)
        {
            var id = await mediator.Send(request, cancellationToken);
            var user = await db.Users.SingleAsync(u => u.Id == id, cancellationToken);
            user.PasswordHash = hasher.HashPassword(user, Password);
            user.MustChangePassword = false;
            user.DemoAccount = true;
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Created with a throwaway password, replaced by the documented one once created.</summary>
    private static CreateUser Account(string email, string name, string role, string? region, string? ubigeo) =>
        new(email, name, TemporaryPasswords.New(), role, region, ubigeo);
}
