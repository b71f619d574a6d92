using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IncentiveCompliance.Web.Pages;

/// <summary>The page shown for an error status (404, 403…) on the web UI.</summary>
[AllowAnonymous]
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public sealed class EstadoModel : PageModel
{
    public string Title { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public void OnGet() => (Title, Explanation) = Describe(Code);

    // No parameter to bind: a refused upload re-executed here must not have its form read after all.
    public void OnPost() => (Title, Explanation) = Describe(Code);

    private int Code => int.TryParse(RouteData.Values["code"]?.ToString(), CultureInfo.InvariantCulture, out var code) ? code : 500;

    private static (string, string) Describe(int code) => code switch
    {
        400 => ("Solicitud no válida", "El enlace tiene un dato mal escrito (por ejemplo, un ubigeo que no tiene 6 dígitos)."),
        403 => ("Acceso denegado", "Su usuario no tiene permiso para ver esta página o estos datos."),
        404 => ("No encontrado", "La página o el dato que busca no existe."),
        413 => ("Archivo demasiado grande", "El archivo supera el tamaño permitido."),
        429 => ("Demasiados intentos", "Se hicieron demasiados intentos desde esta dirección (de ingreso, o de consulta de las páginas públicas). Espere un minuto y vuelva a intentar."),
        503 => ("No disponible por un momento", "El almacenamiento de archivos o la base de datos no responde. Intente de nuevo en unos minutos."),
        _ => ($"Error {code}", "No se pudo atender la solicitud."),
    };
}
