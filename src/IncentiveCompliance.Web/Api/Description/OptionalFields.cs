using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace IncentiveCompliance.Web.Api.Description;

/// <summary>
/// A request body's field that may be null may also be left out (the API reads a missing field as null): the description
/// does not call it required. Answers keep every field, null or not, so theirs stay required.
/// </summary>
public sealed class OptionalFields : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.ParameterDescription is not null && schema is { Required.Count: > 0, Properties: { } properties })
        {
            foreach (var name in schema.Required.Where(name => properties.TryGetValue(name, out var property) && property.Type is { } type && type.HasFlag(JsonSchemaType.Null)).ToList())
            {
                schema.Required.Remove(name);
            }
        }

        return Task.CompletedTask;
    }
}
