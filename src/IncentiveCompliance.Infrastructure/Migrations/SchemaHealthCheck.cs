using IncentiveCompliance.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IncentiveCompliance.Infrastructure.Migrations;

/// <summary>Ready means the database answers and every migration has been applied.</summary>
public sealed class SchemaHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy("Base de datos al día.")
                : HealthCheckResult.Unhealthy($"Faltan {pending.Count} migraciones: {string.Join(", ", pending)}.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("La base de datos no responde.", ex);
        }
    }
}
