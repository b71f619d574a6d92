using FluentAssertions;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Xunit;

namespace IncentiveCompliance.UnitTests.Migrations;

/// <summary>The migrations hold the whole model, and each provider's schema.sql is what they generate (docs/architecture.md, "Database").</summary>
public sealed class SchemaScriptTests
{
    private const string Regenerate = "after a model change run ./build.sh migrations add NAME, which also rewrites the schema scripts";

    [Theory]
    [ClassData(typeof(SupportedProviders))]
    public void The_migrations_hold_every_change_of_the_model(DatabaseProvider provider)
    {
        using var db = DesignTimeContextFactory.Create(provider);

        db.Database.HasPendingModelChanges().Should().BeFalse(Regenerate);
    }

    [Theory]
    [ClassData(typeof(SupportedProviders))]
    public void The_schema_script_is_what_the_migrations_generate(DatabaseProvider provider)
    {
        using var db = DesignTimeContextFactory.Create(provider);
        // What `dotnet ef migrations script [--idempotent]` writes; EF Core cannot make an idempotent SQLite script.
        var options = provider == DatabaseProvider.Sqlite ? MigrationsSqlGenerationOptions.Default : MigrationsSqlGenerationOptions.Idempotent;

        var generated = db.GetService<IMigrator>().GenerateScript(options: options);

        FirstDifference(File.ReadAllText(SchemaScripts.PathFor(provider)), generated).Should().BeNull(Regenerate);
    }

    [Fact]
    public void The_SQL_Server_script_parses_without_errors()
    {
        var parser = new TSql170Parser(initialQuotedIdentifiers: true);
        var script = parser.Parse(new StringReader(File.ReadAllText(SchemaScripts.PathFor(DatabaseProvider.SqlServer))), out var errors);
        var executed = new ExecutedStrings();
        script.Accept(executed);
        // An idempotent script runs some statements (filtered indexes) as EXEC(N'…'): parse those strings too.
        var innerErrors = executed.Sql.SelectMany(sql =>
        {
            parser.Parse(new StringReader(sql), out var inner);
            return inner.Select(e => $"{e.Message} in: {sql}");
        });

        errors.Select(e => $"line {e.Line}: {e.Message}").Concat(innerErrors).Should().BeEmpty();
        executed.Sql.Should().Contain(sql => sql.Contains("IX_Submissions_OneOpenPerItem", StringComparison.Ordinal));
    }

    private static string? FirstDifference(string script, string generated)
    {
        var (have, want) = (script.ReplaceLineEndings("\n").Split('\n'), generated.ReplaceLineEndings("\n").Split('\n'));
        for (var i = 0; i < Math.Max(have.Length, want.Length); i++)
        {
            var (line, expected) = (have.ElementAtOrDefault(i), want.ElementAtOrDefault(i));
            if (line != expected)
            {
                return $"line {i + 1}: the script has «{line}», the migrations generate «{expected}»";
            }
        }

        return null;
    }

    private sealed class ExecutedStrings : TSqlFragmentVisitor
    {
        public List<string> Sql { get; } = [];

        public override void Visit(ExecutableStringList node) => Sql.AddRange(node.Strings.OfType<StringLiteral>().Select(s => s.Value));
    }
}
