using System.ComponentModel.DataAnnotations;

namespace IncentiveCompliance.Web.Api.Description;

/// <summary>
/// Section <c>ApiDocument</c>: who answers for the API of this deployment and under which terms its description is
/// published, as the region or ministry that runs it decides (the <c>info</c> of <c>/openapi/v1.json</c>).
/// </summary>
public sealed class ApiDocumentOptions
{
    public const string Section = "ApiDocument";

    [Required(ErrorMessage = "ApiDocument:ContactName es obligatorio.")]
    public string ContactName { get; set; } = "Mesa de ayuda de IncentiveCompliance";

    [EmailAddress(ErrorMessage = "ApiDocument:ContactEmail debe ser un correo.")]
    public string? ContactEmail { get; set; }

    [Url(ErrorMessage = "ApiDocument:ContactUrl debe ser una dirección http(s).")]
    public string? ContactUrl { get; set; }

    [Required(ErrorMessage = "ApiDocument:LicenseName es obligatorio.")]
    public string LicenseName { get; set; } = "Uso reservado a las entidades públicas que despliegan IncentiveCompliance";

    [Url(ErrorMessage = "ApiDocument:LicenseUrl debe ser una dirección http(s).")]
    public string? LicenseUrl { get; set; }
}
