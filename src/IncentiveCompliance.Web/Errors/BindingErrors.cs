using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http.Metadata;

namespace IncentiveCompliance.Web.Errors;

/// <summary>
/// Turns what the framework says when a request does not bind (a list where text is expected, a date written
/// 14/05/2026, a body that is not JSON, a query value that is not a number) into a validation error that names the field
/// and what it expects, in Spanish, so it takes the same path as the validators' errors.
/// </summary>
public static partial class BindingErrors
{
    public static Exception Explain(Exception exception, HttpContext context) =>
        exception is BadHttpRequestException bad && Failure(bad, context) is { } failure
            ? new FluentValidation.ValidationException([failure])
            : exception;

    private static ValidationFailure? Failure(BadHttpRequestException bad, HttpContext context)
    {
        if (bad.InnerException is JsonException json)
        {
            // The framework names the record being built, not the field; the field's type comes from the body's declared type.
            var path = json.Path is { Length: > 2 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : null;
            var bodyType = Endpoint(context)?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
            return path is not null && ConvertedTo().IsMatch(json.Message)
                ? new ValidationFailure(path, $"Se esperaba {Expected(PropertyType(bodyType, path))}.")
                : new ValidationFailure("body", $"El cuerpo no es JSON válido (línea {json.LineNumber + 1}, posición {json.BytePositionInLine + 1}).");
        }

        if (BindParameter().Match(bad.Message) is { Success: true } parameter)
        {
            return new ValidationFailure(parameter.Groups["name"].Value,
                $"Se esperaba {Expected(ParameterType(context, parameter.Groups["name"].Value))}; llegó «{parameter.Groups["value"].Value}».");
        }

        if (RequiredParameter().Match(bad.Message) is { Success: true } required)
        {
            return new ValidationFailure(required.Groups["name"].Value, $"Falta este dato: se esperaba {Expected(ParameterType(context, required.Groups["name"].Value))}.");
        }

        return bad.Message.Contains("no body was provided", StringComparison.Ordinal)
            ? new ValidationFailure("body", "Falta el cuerpo de la solicitud: se esperaba un objeto JSON.")
            : null;
    }

    private static Type? PropertyType(Type? bodyType, string path)
    {
        var name = path.Split('.', '[')[0];
        return bodyType?.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
    }

    /// <summary>A route or query parameter's declared type, from the endpoint's handler.</summary>
    private static Type? ParameterType(HttpContext context, string name) =>
        Endpoint(context)?.Metadata.GetMetadata<MethodInfo>()?.GetParameters().FirstOrDefault(p => p.Name == name)?.ParameterType;

    /// <summary>The endpoint that failed: the exception handler has already cleared the request's own.</summary>
    private static Endpoint? Endpoint(HttpContext context) =>
        context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint();

    /// <summary>What a .NET type means to a person writing JSON or a query string.</summary>
    private static string Expected(Type? type) => (type is null ? null : Nullable.GetUnderlyingType(type) ?? type) switch
    {
        null => "otro tipo de valor",
        var t when t == typeof(DateOnly) => "una fecha con el formato AAAA-MM-DD (por ejemplo 2026-05-14)",
        var t when t == typeof(DateTime) || t == typeof(DateTimeOffset) => "una fecha y hora ISO 8601 (por ejemplo 2026-05-14T09:30:00-05:00)",
        var t when t == typeof(int) || t == typeof(long) || t == typeof(short) => "un número entero",
        var t when t == typeof(decimal) || t == typeof(double) || t == typeof(float) => "un número (con punto decimal, por ejemplo 70.5)",
        var t when t == typeof(bool) => "true o false",
        var t when t == typeof(Guid) => "un identificador (GUID)",
        var t when t == typeof(string) => "un texto",
        var t when typeof(System.Collections.IEnumerable).IsAssignableFrom(t) => "una lista",
        _ => "un objeto",
    };

    [GeneratedRegex("could not be converted to", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ConvertedTo();

    [GeneratedRegex("""Failed to bind parameter "\S+ (?<name>[^"]+)" from "(?<value>[^"]*)".""", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BindParameter();

    [GeneratedRegex("""Required parameter "\S+ (?<name>[^"]+)" was not provided""", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RequiredParameter();
}
