using IncentiveCompliance.Core.Common.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Errors;

/// <summary>
/// On a page, what the user can fix (invalid input, rejected rows, a conflict, a wrong password, a file
/// too large) comes back as form errors on the same page, and so does a service that is down for the moment (503, as
/// too many attempts keep their 429); not found and forbidden become status pages,
/// and so does invalid input in a link (a GET), which has no form to show it on.
/// </summary>
public sealed class DomainErrorPageFilter : IAsyncPageFilter
{
    public const string RowErrorsKey = "RowErrors";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is null || executed.ExceptionHandled || ErrorMapping.Of(executed.Exception) is not { } error)
        {
            return;
        }

        if (HttpMethods.IsGet(context.HttpContext.Request.Method) || executed.Exception is NotFoundException or ForbiddenException)
        {
            executed.Result = new StatusCodeResult(error.Status);
            executed.ExceptionHandled = true;
            return;
        }

        var modelState = context.ModelState;
        switch (executed.Exception)
        {
            case FluentValidation.ValidationException v:
                foreach (var failure in v.Errors)
                {
                    modelState.AddModelError($"Input.{failure.PropertyName}", failure.ErrorMessage);
                }

                break;
            case RowErrorsException rows:
                ((PageModel)context.HandlerInstance).ViewData[RowErrorsKey] = rows.Rows;
                modelState.AddModelError(string.Empty, rows.Message);
                break;
            default:
                modelState.AddModelError(string.Empty, error.Title);
                break;
        }

        executed.Result = new PageResult { StatusCode = error.Status is StatusCodes.Status429TooManyRequests or StatusCodes.Status503ServiceUnavailable ? error.Status : null };
        ErrorMapping.AddHeaders(context.HttpContext.Response, executed.Exception);
        executed.ExceptionHandled = true;
    }
}
