using Microsoft.AspNetCore.Mvc;

namespace IncentiveCompliance.Web.Errors;

/// <summary>Spanish titles for problems that carry only a status (no token, unknown route, body too large…).</summary>
public static class StatusTitles
{
    public static string? Spanish(ProblemDetails problem) => problem.Status switch
    {
        _ when problem.Title is { } title && !IsDefault(title) => title,
        StatusCodes.Status400BadRequest => "La solicitud no es válida.",
        StatusCodes.Status401Unauthorized => "Falta el token de acceso o venció: pida uno en /api/v1/auth/token.",
        StatusCodes.Status403Forbidden => "No tiene permiso para esta operación.",
        StatusCodes.Status404NotFound => "La ruta no existe.",
        StatusCodes.Status405MethodNotAllowed => "Método no permitido en esta ruta.",
        StatusCodes.Status413PayloadTooLarge => "El archivo es demasiado grande.",
        StatusCodes.Status415UnsupportedMediaType => "Tipo de contenido no admitido: envíe JSON (Content-Type: application/json) o el formulario que pide la ruta.",
        StatusCodes.Status429TooManyRequests => "Demasiados intentos desde esta dirección. Espere el tiempo que indica Retry-After (en segundos) y vuelva a intentar.",
        StatusCodes.Status503ServiceUnavailable => "El servicio no está disponible en este momento; intente de nuevo en unos minutos.",
        _ => problem.Title,
    };

    // The framework's English reason phrases ("Unauthorized", "Content Too Large"…) are replaced.
    private static bool IsDefault(string title) => title.All(c => char.IsAsciiLetter(c) || c == ' ');
}
