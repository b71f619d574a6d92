using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Catalogue;
using IncentiveCompliance.Core.Features.Territory;
using IncentiveCompliance.Core.Features.Users;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Infrastructure.Demo;

/// <summary>
/// The demo: the Cusco region's 116 municipalities, the sample 2026 catalogue, and one user per role, all with
/// password Demo2026!. Loaded only into an empty database, through the same requests an administrator would send.
/// </summary>
public static class DemoData
{
    public const string Password = "Demo2026!";

    public static readonly IReadOnlyList<CreateUser> Users =
    [
        new("admin@demo.pe", "Administración del sistema", Password, Roles.Administrator, null, null),
        new("secretaria.tecnica@cusco.demo.pe", "Secretaría Técnica del CORESEC Cusco", Password, Roles.RegionalSecretariat, "08", null),
        new("seguridad@wanchaq.demo.pe", "Gerencia de Seguridad Ciudadana de Wanchaq", Password, Roles.MunicipalManager, null, "080108"),
        new("presupuesto@wanchaq.demo.pe", "Gerencia de Presupuesto de Wanchaq", Password, Roles.BudgetOfficer, null, "080108"),
        new("seguridad@santiago.demo.pe", "Gerencia de Seguridad Ciudadana de Santiago", Password, Roles.MunicipalManager, null, "080106"),
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

        foreach (var user in Users)
        {
            await mediator.Send(user, cancellationToken);
        }

        return true;
    }
}
