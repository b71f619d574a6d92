using System.Net.Sockets;
using FluentAssertions;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Infrastructure.Jobs;
using Microsoft.Data.Sqlite;
using Npgsql;
using Xunit;

namespace IncentiveCompliance.UnitTests.Jobs;

/// <summary>Which failures the job server tries again: only those that may pass by themselves.</summary>
public sealed class TransientFailuresTests
{
    [Fact]
    public void An_unreachable_PostgreSQL_is_transient_even_wrapped() =>
        TransientFailures.Is(new InvalidOperationException("EF Core", new NpgsqlException("Failed to connect", new SocketException(111)))).Should().BeTrue();

    [Fact]
    public void A_busy_SQLite_database_is_transient() =>
        TransientFailures.Is(new SqliteException("database is locked", 5)).Should().BeTrue();

    [Fact]
    public void A_bug_or_a_bad_file_is_not() =>
        TransientFailures.Is(new InvalidOperationException("bug", new ConflictException("El archivo no es válido."))).Should().BeFalse();
}
