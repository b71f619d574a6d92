using IncentiveCompliance.Core.Common.Security;
using MediatR;

namespace IncentiveCompliance.Core.Common.Behaviours;

/// <summary>Every request passes <see cref="RequestAuthorization"/> before validation and its handler.</summary>
public sealed class AuthorizationBehaviour<TRequest, TResponse>(RequestAuthorization authorization)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        await authorization.CheckAsync(request!, cancellationToken);
        return await next();
    }
}
