using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using IncentiveCompliance.Infrastructure.Persistence;

namespace IncentiveCompliance.Infrastructure.Jobs;

/// <summary>Where the job server keeps its jobs, following the application's database provider.</summary>
public static class JobStorages
{
    /// <summary>Hangfire's tables live apart from the application's: their own schema, or on SQLite their own file.</summary>
    public const string Schema = "hangfire";

    public const string SqliteFileName = "jobs.db";

    internal static JobStorage Create(DatabaseSettings database, JobOptions jobs) => database.Provider switch
    {
        // Sliding invisibility: a running job's lease is renewed while it runs, so a long import is never handed out
        // twice, and a dead node's job comes back after the short timeout.
        DatabaseProvider.PostgreSql => new PostgreSqlStorage(
            new NpgsqlConnectionFactory(database.ConnectionString, PostgreSqlOptions(jobs)), PostgreSqlOptions(jobs)),
        DatabaseProvider.SqlServer => new SqlServerStorage(database.ConnectionString, new SqlServerStorageOptions
        {
            SchemaName = Schema,
            SlidingInvisibilityTimeout = jobs.InvisibilityTimeout,
            QueuePollInterval = jobs.PollInterval,
        }),
        // One node owns an SQLite file; with no lease renewal here, that node resumes its own unfinished work at start.
        _ => new SQLiteStorage(Path.Combine(database.DataDirectory, SqliteFileName), new SQLiteStorageOptions { QueuePollInterval = jobs.PollInterval }),
    };

    private static PostgreSqlStorageOptions PostgreSqlOptions(JobOptions jobs) => new()
    {
        SchemaName = Schema,
        UseSlidingInvisibilityTimeout = true,
        InvisibilityTimeout = jobs.InvisibilityTimeout,
        QueuePollInterval = jobs.PollInterval,
        PrepareSchemaIfNecessary = true,
    };
}
