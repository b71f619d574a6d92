using Microsoft.Data.SqlClient;

namespace IncentiveCompliance.TestSupport;

/// <summary>
/// A real SQL Server given by <c>IC_SQLSERVER</c> (a connection string with rights to create databases); none can run on
/// these machines. Each test database is a new one on it, named ic_test_PROCESS_N, dropped when the test ends.
/// </summary>
public static class SqlServer
{
    private static int databases;

    public static string? ConnectionString => Environment.GetEnvironmentVariable("IC_SQLSERVER") is { Length: > 0 } value ? value : null;

    /// <summary>The connection string of a database that does not exist yet: migrations create it.</summary>
    public static string NewDatabase() => new SqlConnectionStringBuilder(ConnectionString ?? throw new InvalidOperationException("IC_SQLSERVER is not set."))
    {
        InitialCatalog = $"ic_test_{Environment.ProcessId}_{Interlocked.Increment(ref databases)}",
    }.ConnectionString;

    public static async Task DropAsync(string connectionString)
    {
        SqlConnection.ClearAllPools();
        var name = new SqlConnectionStringBuilder(connectionString).InitialCatalog;
        await using var connection = new SqlConnection(new SqlConnectionStringBuilder(connectionString) { InitialCatalog = "master" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // A database's name cannot be a parameter of DROP DATABASE: it is passed as one and quoted by the server itself.
#pragma warning disable DAP212
        command.CommandText = "IF DB_ID(@name) IS NOT NULL BEGIN DECLARE @drop nvarchar(max) = N'ALTER DATABASE ' + QUOTENAME(@name) + "
            + "N' SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE ' + QUOTENAME(@name); EXEC (@drop); END";
#pragma warning restore DAP212
        command.Parameters.AddWithValue("@name", name);
        await command.ExecuteNonQueryAsync();
    }
}
