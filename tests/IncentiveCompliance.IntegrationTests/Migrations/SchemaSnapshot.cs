using System.Data.Common;
using IncentiveCompliance.Infrastructure.Migrations;
using IncentiveCompliance.Infrastructure.Persistence;

namespace IncentiveCompliance.IntegrationTests.Migrations;

/// <summary>A database's schema as sorted lines (columns, keys, indexes, foreign keys), read from its catalogue.</summary>
internal static class SchemaSnapshot
{
    private const string Postgres = $"""
        SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')
               || ' null=' || is_nullable || ' default=' || coalesce(column_default, '')
          FROM information_schema.columns WHERE table_schema = current_schema() AND table_name <> '{SchemaMigrator.HistoryTable}'
        UNION ALL
        SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename <> '{SchemaMigrator.HistoryTable}'
        UNION ALL
        SELECT 'constraint ' || c.relname || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid)
          FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = current_schema() AND c.relname <> '{SchemaMigrator.HistoryTable}'
        """;

    private const string Sqlite = $"""
        SELECT 'column ' || m.name || '.' || p.name || ' ' || p.type || ' notnull=' || p."notnull" || ' pk=' || p.pk || ' default=' || coalesce(p.dflt_value, '')
          FROM sqlite_master m JOIN pragma_table_info(m.name) p
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> '{SchemaMigrator.HistoryTable}'
        UNION ALL
        SELECT 'index ' || m.name || '.' || il.name || ' unique=' || il."unique" || ' origin=' || il.origin || ' ' || ii.seqno || ':' || coalesce(ii.name, '')
          FROM sqlite_master m JOIN pragma_index_list(m.name) il JOIN pragma_index_info(il.name) ii
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> '{SchemaMigrator.HistoryTable}'
        UNION ALL
        SELECT 'foreign key ' || m.name || '.' || fk."from" || ' -> ' || fk."table" || '.' || fk."to" || ' on delete ' || fk.on_delete
          FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) fk
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> '{SchemaMigrator.HistoryTable}'
        """;

    public static async Task<IReadOnlyList<string>> Read(DbConnection connection, DatabaseProvider provider)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = provider == DatabaseProvider.PostgreSql ? Postgres : Sqlite;
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
