using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IncentiveCompliance.Infrastructure;

/// <summary>
/// Settings as options classes: bound from their configuration section and checked against their data annotations when
/// the host starts (<c>ValidateOnStart</c>), so a bad value stops the start with the annotation's own sentence, which
/// names the key (e.g. «Jobs:Workers debe ser un entero entre 1 y 100.»).
/// </summary>
public static class Settings
{
    public static IServiceCollection AddSettings<T>(this IServiceCollection services, string section)
        where T : class
    {
        services.AddOptions<T>().BindConfiguration(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<T>, Annotations<T>>();
        return services;
    }

    /// <summary>The validated value of a settings class.</summary>
    public static T Setting<T>(this IServiceProvider services)
        where T : class =>
        services.GetRequiredService<IOptions<T>>().Value;

    /// <summary>Like the framework's <c>ValidateDataAnnotations</c>, but failing with the annotations' messages alone.</summary>
    private sealed class Annotations<T> : IValidateOptions<T>
        where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            if (name != Options.DefaultName)
            {
                return ValidateOptionsResult.Skip;
            }

            var failures = new List<ValidationResult>();
            return Validator.TryValidateObject(options, new ValidationContext(options), failures, validateAllProperties: true)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(failures.Select(f => f.ErrorMessage ?? string.Join(", ", f.MemberNames)));
        }
    }
}
