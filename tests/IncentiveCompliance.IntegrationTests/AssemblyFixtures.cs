using IncentiveCompliance.TestSupport;
using Xunit;

// One PostgreSQL server for the whole test assembly; each test takes a fresh database on it.
[assembly: AssemblyFixture(typeof(PostgresServer))]
