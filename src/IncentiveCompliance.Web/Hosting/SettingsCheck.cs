using Microsoft.Extensions.Options;

namespace IncentiveCompliance.Web.Hosting;

/// <summary>
/// The settings' validation (<c>ValidateOnStart</c>) run by <c>Program</c> before anything else, so that a bad value
/// stops the web application and the command line alike (the command line never starts the host) with one sentence per
/// setting instead of a stack trace. A host started without <c>Program</c> (the test harness) meets the same checks as
/// an <see cref="OptionsValidationException"/> when it starts.
/// </summary>
public static class SettingsCheck
{
    public static string? Problem(IServiceProvider services)
    {
        try
        {
            services.GetRequiredService<IStartupValidator>().Validate();
            return null;
        }
        catch (OptionsValidationException e)
        {
            return Sentence(e.Failures);
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is OptionsValidationException))
        {
            return Sentence(e.InnerExceptions.SelectMany(i => ((OptionsValidationException)i).Failures));
        }
    }

    private static string Sentence(IEnumerable<string> failures) =>
        "La configuración no es válida: " + string.Join(" ", failures);
}
