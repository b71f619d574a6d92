using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;

namespace IncentiveCompliance.Infrastructure.Jobs;

/// <summary>Failures that may pass by themselves (the database unreachable, busy or timing out), worth another attempt.</summary>
internal static class TransientFailures
{
    // SQLite does not mark these transient itself: another writer holds the file longer than the busy timeout.
    private const int Busy = 5;   // SQLITE_BUSY
    private const int Locked = 6; // SQLITE_LOCKED

    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException { IsTransient: true } or SqliteException { SqliteErrorCode: Busy or Locked } or TimeoutException or SocketException)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Thrown by a job to ask the job server for another attempt; any other exception fails the job at once.</summary>
public sealed class TransientJobException(string message, Exception inner) : Exception(message, inner);
