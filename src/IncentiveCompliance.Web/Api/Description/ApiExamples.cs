namespace IncentiveCompliance.Web.Api.Description;

/// <summary>An example of an operation's request body, shown in the reference as the API would read it.</summary>
public sealed record RequestExample(object Value);

public static class ApiExamples
{
    public static RouteHandlerBuilder WithRequestExample(this RouteHandlerBuilder builder, object example) =>
        builder.WithMetadata(new RequestExample(example));
}
