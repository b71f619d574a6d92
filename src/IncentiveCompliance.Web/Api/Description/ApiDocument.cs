using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace IncentiveCompliance.Web.Api.Description;

/// <summary>What the description says of the whole API: who publishes it, under which licence, how to sign in, its areas.</summary>
public sealed class ApiDocument(IOptions<ApiDocumentOptions> options) : IOpenApiDocumentTransformer
{
    public const string BearerScheme = "bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var terms = options.Value;
        document.Info = new OpenApiInfo
        {
            Title = "API de IncentiveCompliance",
            Version = "v1",
            Summary = "Seguimiento de la meta de seguridad ciudadana del Programa de Incentivos y del programa presupuestal 0030.",
            Description = """
                API JSON de IncentiveCompliance para ministerios, gobiernos regionales, municipalidades y observatorios.

                **Acceso.** Pida un token con `POST /api/v1/auth/token` (correo y contraseña) y envíelo en cada solicitud
                como `Authorization: Bearer <token>`. La API no acepta las cookies de la interfaz web. Cada solicitud se
                revisa contra el rol y el ámbito (región o municipalidad) de quien llama.

                **Errores.** Toda respuesta de error es `application/problem+json` (RFC 9457) con un título en español; un 400
                trae en `errors` cada campo con sus motivos.

                **Listas.** Las listas se entregan por páginas: `limit` (50 por defecto, hasta 500) y el cursor opaco que
                trae `next`, el enlace a la página siguiente (`null` en la última).

                **Concurrencia.** Las lecturas de registros editables traen `ETag`; envíelo en `If-Match` al modificar y
                recibirá 412 si otra persona lo cambió antes.
                """,
            Contact = new OpenApiContact { Name = terms.ContactName, Email = terms.ContactEmail, Url = Address(terms.ContactUrl) },
            License = new OpenApiLicense { Name = terms.LicenseName, Url = Address(terms.LicenseUrl) },
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "El token que entrega `POST /api/v1/auth/token`, en la cabecera `Authorization: Bearer <token>`. Las cookies de la interfaz web no abren la API.",
        };
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/'); // the address the document was asked at, without its last slash
        }

        document.Tags = new HashSet<OpenApiTag>(ApiTags.All.Select(t => new OpenApiTag { Name = t.Name, Description = t.Description }));
        return Task.CompletedTask;
    }

    private static Uri? Address(string? url) => url is null ? null : new Uri(url);
}
