using System.Collections.Concurrent;
using IncentiveCompliance.Infrastructure.Persistence;

namespace IncentiveCompliance.TestSupport;

/// <summary>
/// One prepared database per provider, content (migrated; migrated with the demo) and PostgreSQL server, made once per
/// test process by the product's own start-up and then copied for each test that asks for it
/// (<see cref="TestDatabase.PreparedAsync"/>): PostgreSQL with <c>CREATE DATABASE … TEMPLATE</c>, SQLite by copying the
/// file with its data folder. Migrating and loading the demo per test was most of the integration tests' time.
/// </summary>
public static class DatabaseTemplates
{
    private static readonly ConcurrentDictionary<(DatabaseProvider, bool Demo, PostgresServer?), Lazy<Task<TestDatabase>>> Templates = new();

    static DatabaseTemplates() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var template in Templates.Values.Where(t => t.IsValueCreated && t.Value.IsCompletedSuccessfully))
        {
            Directory.Delete(template.Value.Result.DataDirectory, recursive: true);
        }
    };

    public static Task<TestDatabase> GetAsync(DatabaseProvider provider, PostgresServer postgres, bool demo)
    {
        var server = provider == DatabaseProvider.PostgreSql ? postgres : null;
        return Templates.GetOrAdd((provider, demo, server), _ => new Lazy<Task<TestDatabase>>(() => PrepareAsync(provider, postgres, demo))).Value;
    }

    public static void CopyFolder(string from, string to)
    {
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }

    private static async Task<TestDatabase> PrepareAsync(DatabaseProvider provider, PostgresServer postgres, bool demo)
    {
        var template = await TestDatabase.CreateAsync(provider, postgres);
        await (await AppServices.StartAsync(template, demo)).DisposeAsync();
        Npgsql.NpgsqlConnection.ClearAllPools(); // PostgreSQL copies a template only while nobody is connected to it
        return template;
    }
}
