using System.Runtime.CompilerServices;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace IncentiveCompliance.Core.Features.Account;

/// <summary>
/// Reads a signed-in user's role and territory from the database on each request, in one query with the state of the
/// session the cookie or token names, so that a sign-out, a disabled account or a role change applies at once. A sign-in
/// pause after many wrong passwords does not end sessions already open: whoever guesses cannot throw the owner out.
/// The same query reads the reference stamp (<see cref="ReferenceStamp"/>), which tells whether the node's cached
/// catalogue and holidays are still current, and the data stamps (<see cref="DataStamp"/>) of the caller's region, which
/// tell whether a page the node kept for the caller is still current. Compiled once per model: it runs on every request, and EF Core's work to recognise a
/// LINQ query each time cost more than the query itself under load (docs/benchmarks.md, «Carga en PostgreSQL»).
/// </summary>
public static class LoadAccessScope
{
    /// <summary>One compiled query per model: a compiled query belongs to the model it was compiled for (one per provider).</summary>
    private static readonly ConditionalWeakTable<IModel, Func<AppDbContext, string, Guid, CancellationToken, Task<Row?>>> Queries = [];

    private static Func<AppDbContext, string, Guid, CancellationToken, Task<Row?>> Compile() => EF.CompileAsyncQuery(
        (AppDbContext db, string userId, Guid sessionId, CancellationToken _) => db.Users
            .Where(u => u.Id == userId)
            .Select(u => new Row
            {
                Email = u.Email,
                RegionCode = u.RegionCode,
                Ubigeo = u.Ubigeo,
                Disabled = u.DisabledAt != null,
                Role = db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name)
                    .FirstOrDefault(),
                Session = db.Sessions.Where(s => s.Id == sessionId && s.UserId == u.Id && s.EndedAt == null)
                    .Select(s => new OpenSession { PendingStep = s.PendingStep })
                    .FirstOrDefault(),
                ReferenceStamp = db.ReferenceStamps.Select(r => r.Value).FirstOrDefault(),
                SharedStamp = db.DataStamps.Where(d => d.Scope == DataStamp.Shared).Select(d => d.Value).FirstOrDefault(),
                RegionStamp = db.DataStamps.Where(d => d.Scope == (u.RegionCode ?? u.Ubigeo!.Substring(0, 2))).Select(d => (long?)d.Value).FirstOrDefault(),
            })
            .SingleOrDefault());

    public static async Task<SignedInUser?> For(AppDbContext db, string userId, Guid sessionId, CancellationToken cancellationToken)
    {
        var row = await Queries.GetValue(db.Model, _ => Compile())(db, userId, sessionId, cancellationToken);
        if (row?.Role is null || row.Session is null || row.Disabled)
        {
            return null;
        }

        var scope = new AccessScope(row.Role, row.RegionCode, row.Ubigeo) { PendingStep = row.Session.PendingStep };
        // The row read is the one of the region the scope sees, or the user's data is not as their role reads it: keep nothing.
        var stampedRegion = row.RegionCode ?? (row.Ubigeo is { Length: >= 2 } ubigeo ? ubigeo[..2] : null);
        var dataVersion = row.RegionStamp is { } region && stampedRegion == scope.VisibleRegion ? $"{row.SharedStamp:x}.{region:x}" : null;
        return new SignedInUser(row.Email ?? "", scope, row.ReferenceStamp, dataVersion);
    }

    /// <summary>
    /// The caller's scope, the reference stamp, and the version of what the caller's region shows (its <see cref="DataStamp"/>
    /// and the shared one; null for a user of no single region).
    /// </summary>
    public sealed record SignedInUser(string Email, AccessScope Scope, Guid ReferenceStamp, string? DataVersion);

    private sealed class Row
    {
        public string? Email { get; init; }

        public string? RegionCode { get; init; }

        public string? Ubigeo { get; init; }

        public bool Disabled { get; init; }

        public string? Role { get; init; }

        public OpenSession? Session { get; init; }

        public Guid ReferenceStamp { get; init; }

        public long SharedStamp { get; init; }

        public long? RegionStamp { get; init; }
    }

    private sealed class OpenSession
    {
        public AccountStep PendingStep { get; init; }
    }
}
