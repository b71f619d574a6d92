using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IncentiveCompliance.Infrastructure.Migrations;

/// <summary>Ready means the database answers and every schema script has been applied.</summary>
public sealed class SchemaHealthCheck(SchemaMigrator migrator) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = await migrator.PendingAsync(cancellationToken);
            return pending.Count == 0
                ? HealthCheckResult.Healthy("Base de datos al día.")
                : HealthCheckResult.Unhealthy($"Faltan {pending.Count} migraciones: {string.Join(", ", pending.Select(p => p.Name))}.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("La base de datos no responde.", ex);
        }
    }
}
