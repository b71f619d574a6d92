using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace IncentiveCompliance.Web.Api.Description;

/// <summary>
/// What each operation says beyond its endpoint's metadata: the bearer token it needs (none when anonymous), a binary
/// schema for the files it sends (PDF, CSV, XLSX), the Spanish descriptions of its answers and its request example.
/// </summary>
public sealed class ApiOperations(IOptions<JsonOptions> json) : IOpenApiOperationTransformer
{
    private readonly JsonSerializerOptions examples = new(json.Value.SerializerOptions) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private static readonly Dictionary<string, string> AnswerWords = new(StringComparer.Ordinal)
    {
        ["200"] = "Correcto.",
        ["201"] = "Creado.",
        ["202"] = "Aceptado: se procesa en segundo plano.",
        ["204"] = "Hecho; sin contenido.",
        ["400"] = "Solicitud inválida: `errors` nombra cada campo con sus motivos.",
        ["401"] = "Falta el token o ya no es válido (venció, se revocó, la cuenta se desactivó).",
        ["403"] = "El rol o el ámbito (región, municipalidad) de quien llama no alcanza este registro, o su sesión debe completar un paso (cambio de contraseña, segundo factor).",
        ["404"] = "No existe el registro que nombra la ruta.",
        ["409"] = "Conflicto con el estado del registro: ya existe, cambió mientras tanto o su estado no lo permite.",
        ["412"] = "El registro cambió desde que se leyó: el `If-Match` ya no corresponde a su `ETag`. Léalo otra vez.",
        ["413"] = "El cuerpo excede el tamaño permitido.",
        ["415"] = "El cuerpo no es JSON: envíelo con `Content-Type: application/json`.",
        ["429"] = "Demasiados intentos: espere los segundos que indica `Retry-After`.",
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        operation.Security = metadata.OfType<IAllowAnonymous>().Any()
            ? []
            : [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiDocument.BearerScheme, context.Document)] = [] }];

        var path = context.Description.RelativePath ?? "";
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            parameter.Description ??= ParameterWords(parameter.Name, path);
        }

        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (response is OpenApiResponse answer && AnswerWords.TryGetValue(status, out var words))
            {
                answer.Description = words;
            }

        }

        AddFiles(operation, metadata);
        if (metadata.OfType<RequestExample>().LastOrDefault() is { } example && operation.RequestBody?.Content is { } bodies)
        {
            var node = JsonSerializer.SerializeToNode(example.Value, examples);
            foreach (var media in bodies.Values)
            {
                media.Example = node;
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>What a parameter means: the API gives each name one meaning (a route's <c>code</c> is a region's unless it names a requirement).</summary>
    private static string? ParameterWords(string? name, string path) => name switch
    {
        "limit" => "Elementos por página: 50 si no se indica, hasta 500.",
        "cursor" => "La página siguiente: tome el enlace `next` de la respuesta anterior, que ya lo trae.",
        "year" => "El año del programa; si no se indica, el año en curso en Lima.",
        "format" => "`xlsx` para Excel; si no se indica, CSV (UTF-8).",
        "code" when path.Contains("requirements/{code}", StringComparison.Ordinal) => "Código del requisito en el catálogo del año (p. ej. `H1`).",
        "code" or "region" => "Código de la región: los 2 primeros dígitos del ubigeo (p. ej. `08`, Cusco).",
        "ubigeo" => "Ubigeo del INEI de la municipalidad (6 dígitos, p. ej. `080108`, Wanchaq).",
        "province" => "Código de la provincia (4 dígitos del ubigeo).",
        "search" => "Parte del nombre, de la provincia (sin distinguir tildes ni mayúsculas) o el comienzo del ubigeo.",
        "status" => "Estado del avance: `submitted` (por defecto), `observed`, `approved`, `rejected` o `draft`.",
        "dueBefore" => "Solo los que vencen hasta esta fecha (AAAA-MM-DD).",
        "unread" => "`true`: solo las no leídas.",
        "month" => "El mes (1 a 12).",
        "date" => "La fecha (AAAA-MM-DD).",
        "id" or "fileId" or "attendeeId" => "El id del registro, como lo devolvió la API.",
        _ => null,
    };

    /// <summary>A file answer (declared with a media type and no type, <see cref="ApiFiles"/>): binary content of each type.</summary>
    private static void AddFiles(OpenApiOperation operation, IList<object> metadata)
    {
        foreach (var file in metadata.OfType<IProducesResponseTypeMetadata>().Where(p => p.Type is null && p.ContentTypes.Any()))
        {
            var status = file.StatusCode.ToString(CultureInfo.InvariantCulture);
            if (operation.Responses?.TryGetValue(status, out var found) == true && found is OpenApiResponse response)
            {
                response.Content ??= new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal);
                foreach (var contentType in file.ContentTypes)
                {
                    response.Content[contentType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } };
                }

                response.Description = "El archivo.";
            }
        }
    }
}
