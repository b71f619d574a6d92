using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncentiveCompliance.Infrastructure.Demo;

/// <summary>
/// Sends the showcase's requests as the demo's people: each request in a scope of its own, signed in as the account the
/// web host would have signed in (its id, e-mail and scope), or as the system for municipalities that have no account.
/// </summary>
internal sealed class ShowcaseActors(IServiceScopeFactory scopes, IReadOnlyDictionary<string, (string Id, AccessScope Scope)> accounts)
{
    public const string Secretariat = "secretaria.tecnica@cusco.demo.pe";

    public static async Task<ShowcaseActors> LoadAsync(IServiceScopeFactory scopes, AppDbContext db, CancellationToken cancellationToken)
    {
        var emails = DemoData.Users.Select(u => u.Email).ToList();
        var ids = await db.Users.Where(u => emails.Contains(u.Email!)).ToDictionaryAsync(u => u.Email!, u => u.Id, StringComparer.Ordinal, cancellationToken);
        return new ShowcaseActors(scopes, DemoData.Users.Where(u => ids.ContainsKey(u.Email))
            .ToDictionary(u => u.Email, u => (ids[u.Email], new AccessScope(u.Role, u.RegionCode, u.Ubigeo)), StringComparer.Ordinal));
    }

    /// <summary>The e-mail of the demo account holding <paramref name="role"/> for <paramref name="ubigeo"/>, if there is one.</summary>
    public string? AccountOf(string role, string ubigeo) =>
        accounts.FirstOrDefault(a => a.Value.Scope.Role == role && a.Value.Scope.Ubigeo == ubigeo).Key;

    public async Task<T> SendAs<T>(string? email, IRequest<T> request, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var user = scope.ServiceProvider.GetRequiredService<CurrentUser>();
        if (email is null)
        {
            user.ActAsSystem();
        }
        else
        {
            var (id, access) = accounts[email];
            user.SignIn(id, email, access, Guid.NewGuid());
        }

        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, cancellationToken);
    }

    public Task<T> SendAsSystem<T>(IRequest<T> request, CancellationToken cancellationToken) => SendAs(null, request, cancellationToken);

    /// <summary>Runs a query or a direct write on a context of its own.</summary>
    public async Task<T> WithDatabase<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
