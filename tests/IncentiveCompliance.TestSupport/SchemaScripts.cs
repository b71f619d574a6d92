using IncentiveCompliance.Infrastructure.Persistence;

namespace IncentiveCompliance.TestSupport;

/// <summary>The SQL script a database administrator applies by hand, one per provider: migrations/&lt;provider&gt;/schema.sql.</summary>
public static class SchemaScripts
{
    public static string PathFor(DatabaseProvider provider) => Path.Combine(SharedData.RepositoryRoot, "migrations", provider switch
    {
        DatabaseProvider.PostgreSql => "postgres",
        DatabaseProvider.SqlServer => "sqlserver",
        _ => "sqlite",
    }, "schema.sql");
}
