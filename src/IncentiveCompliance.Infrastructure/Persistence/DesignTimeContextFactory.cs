using IncentiveCompliance.Core.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace IncentiveCompliance.Infrastructure.Persistence;

/// <summary>
/// The context <c>dotnet ef</c> builds in a provider's migrations project (migrations/&lt;provider&gt;/), configured as the
/// product configures it. Generating migrations and scripts never connects, so the connection strings are placeholders.
/// </summary>
public abstract class DesignTimeContextFactory(DatabaseProvider provider) : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) => Create(provider);

    public static AppDbContext Create(DatabaseProvider provider) => DatabaseServices.CreateContext(new DatabaseSettings(provider, provider switch
    {
        DatabaseProvider.PostgreSql => "Host=localhost;Database=incentive_compliance",
        DatabaseProvider.SqlServer => "Server=localhost;Database=IncentiveCompliance;Integrated Security=true",
        _ => "Data Source=incentive-compliance.db",
    }, Path.GetTempPath()));
}
