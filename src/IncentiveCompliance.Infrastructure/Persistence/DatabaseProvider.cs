namespace IncentiveCompliance.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,     // embedded, the default: one node
    PostgreSql, // production: several nodes
    SqlServer,  // for institutions that run SQL Server: several nodes
}
