using IncentiveCompliance.Core.Common.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace IncentiveCompliance.Web.Security;

/// <summary>
/// A session that still owes a sign-in step (second factor, new password, authenticator setup) is sent to the page that
/// finishes it from any other page; it may still sign out. The requests themselves are refused in the core as well
/// (<see cref="RequestAuthorization"/>), for the API alike.
/// </summary>
public sealed class AccountStepPages : IAsyncPageFilter
{
    private const string SignOutPage = "/Cuenta/Salir";

    public static string PageOf(AccountStep step) => step switch
    {
        AccountStep.SecondFactor => "/Cuenta/Verificar",
        AccountStep.PasswordChange => "/Cuenta/Contrasena",
        AccountStep.SecondFactorEnrollment => "/Cuenta/DobleFactor",
        _ => "/Index",
    };

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var step = context.HttpContext.RequestServices.GetRequiredService<ICurrentUser>().Scope?.PendingStep ?? AccountStep.None;
        var page = context.ActionDescriptor.ViewEnginePath;
        var anonymous = context.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any();
        if (step != AccountStep.None && page != PageOf(step) && page != SignOutPage && !anonymous)
        {
            context.Result = new RedirectToPageResult(PageOf(step));
            return;
        }

        await next();
    }
}
