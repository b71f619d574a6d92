namespace IncentiveCompliance.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,     // embedded, the default: one node
    PostgreSql, // production: several nodes
    SqlServer,  // supported beside PostgreSQL; its EF Core provider comes with the migrations work
}
