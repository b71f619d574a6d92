using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentAssertions;
using IncentiveCompliance.Infrastructure.Persistence;
using IncentiveCompliance.TestSupport;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IncentiveCompliance.IntegrationTests.Http;

/// <summary>
/// The API's description (/openapi/v1.json) as integrators generate clients from it: every operation named, explained,
/// secured and answered with a schema, and every endpoint described. What the tests really receive is held to it by
/// <see cref="DescribedAnswers"/>.
/// </summary>
public sealed partial class ApiDescriptionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly string[] ProblemSchemas = ["#/components/schemas/ProblemDetails", "#/components/schemas/HttpValidationProblemDetails"];

    [Fact]
    public void Every_operation_is_named_explained_secured_and_answered_with_a_schema_and_its_parameters_explained()
    {
        var anonymous = ApiEndpoints().Where(e => e.Anonymous).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var failures = new List<string>();
        var ids = new List<string>();
        foreach (var (key, operation) in Operations())
        {
            var id = Text(operation, "operationId");
            ids.Add(id);
            Check(failures, key, OperationId().IsMatch(id), "an operationId in PascalCase, named after its mediator request");
            Check(failures, key, Text(operation, "summary").Length >= 10, "a summary");
            Check(failures, key, Text(operation, "description").Length >= 10, "a description");
            Check(failures, key, operation.TryGetProperty("tags", out var tags) && tags.GetArrayLength() == 1, "one tag");
            var security = operation.TryGetProperty("security", out var s) ? s : default;
            Check(failures, key, anonymous.Contains(key)
                ? security.ValueKind == JsonValueKind.Array && security.GetArrayLength() == 0
                : security.ValueKind == JsonValueKind.Array && security.EnumerateArray().Any(r => r.TryGetProperty("bearer", out _)),
                anonymous.Contains(key) ? "an explicitly empty security (it is anonymous)" : "the bearer security requirement");
            foreach (var parameter in operation.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateArray() : default)
            {
                Check(failures, $"{key} ?{Text(parameter, "name")}", Text(parameter, "description").Length > 0, "a description of the parameter");
            }

            foreach (var answer in operation.GetProperty("responses").EnumerateObject())
            {
                CheckAnswer(failures, key, answer);
            }
        }

        failures.Should().BeEmpty();
        ids.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Every_api_endpoint_is_described()
    {
        var described = Operations().Select(o => o.Key).ToList();

        described.Should().BeEquivalentTo(ApiEndpoints().Select(e => e.Key));
    }

    [Fact]
    public void No_two_types_of_the_api_share_a_schema_name()
    {
        // The description names a schema after its type's name alone: two types of one name would become one schema.
        var explorer = api.Factory(DatabaseProvider.Sqlite).Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>();
        var types = new HashSet<Type>();
        foreach (var description in explorer.ApiDescriptionGroups.Items.SelectMany(g => g.Items))
        {
            foreach (var type in description.ParameterDescriptions.Select(p => p.Type).Concat(description.SupportedResponseTypes.Select(r => r.Type)).OfType<Type>())
            {
                Collect(type, types);
            }
        }

        types.GroupBy(t => t.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => string.Join(" and ", g.Select(t => t.FullName)))
            .Should().BeEmpty();
    }

    [Fact]
    public void The_document_says_who_answers_for_it_how_to_sign_in_and_what_each_area_is()
    {
        var document = api.Description.Document;
        var info = document.GetProperty("info");
        Text(info.GetProperty("contact"), "name").Should().NotBeEmpty();
        Text(info.GetProperty("license"), "name").Should().NotBeEmpty();
        Text(info, "description").Should().Contain("Bearer").And.Contain("If-Match").And.Contain("limit");
        var bearer = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer");
        Text(bearer, "type").Should().Be("http");
        Text(bearer, "scheme").Should().Be("bearer");
        var declared = document.GetProperty("tags").EnumerateArray().ToDictionary(t => Text(t, "name"), t => Text(t, "description"), StringComparer.Ordinal);
        declared.Values.Should().AllSatisfy(d => d.Should().NotBeEmpty());
        Operations().SelectMany(o => o.Value.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!)).Distinct(StringComparer.Ordinal)
            .Should().BeSubsetOf(declared.Keys);
    }

    [Theory]
    [ClassData(typeof(AllProviders))]
    public async Task An_answer_the_description_does_not_list_fails_the_test_that_meets_it(DatabaseProvider provider)
    {
        var signedIn = await api.SignedIn(provider, DemoEmails.Admin);
        var missing = $"/api/v1/submissions/{Guid.NewGuid()}";
        (await signedIn.GetAsync(missing)).StatusCode.Should().Be(HttpStatusCode.NotFound, "the description lists 404 for GetSubmission");

        var strict = api.Anonymous(provider, api.Description.Without("GetSubmission", HttpStatusCode.NotFound));
        strict.DefaultRequestHeaders.Authorization = signedIn.DefaultRequestHeaders.Authorization;
        var meeting = () => strict.GetAsync(missing);

        (await meeting.Should().ThrowAsync<UndescribedAnswerException>()).Which.Message.Should().Contain("GetSubmission").And.Contain("404");
    }

    /// <summary>A type of our own and the types of its properties, as the description's schemas hold them.</summary>
    private static void Collect(Type type, HashSet<Type> types)
    {
        var element = Nullable.GetUnderlyingType(type) ?? (type.IsGenericType ? type.GetGenericArguments().Last() : type.IsArray ? type.GetElementType()! : type);
        if (element != type)
        {
            Collect(element, types);
            return;
        }

        if (type.Namespace?.StartsWith("IncentiveCompliance", StringComparison.Ordinal) != true || !types.Add(type))
        {
            return;
        }

        foreach (var property in type.GetProperties())
        {
            Collect(property.PropertyType, types);
        }
    }

    private static void CheckAnswer(List<string> failures, string key, JsonProperty answer)
    {
        var content = answer.Value.TryGetProperty("content", out var c) ? c.EnumerateObject().ToList() : [];
        Check(failures, $"{key} {answer.Name}", Text(answer.Value, "description").Length > 0, "a description of the answer");
        if (answer.Name == "204")
        {
            return;
        }

        Check(failures, $"{key} {answer.Name}", content.Count > 0 && content.All(m => m.Value.TryGetProperty("schema", out _)), "a schema for each media type");
        if (answer.Name[0] is '4' or '5')
        {
            Check(failures, $"{key} {answer.Name}",
                content.Count == 1 && content[0].Name == "application/problem+json" && ProblemSchemas.Contains(Text(content[0].Value.GetProperty("schema"), "$ref")),
                "a problem-details schema");
        }
    }

    private static void Check(List<string> failures, string where, bool holds, string what)
    {
        if (!holds)
        {
            failures.Add($"{where} lacks {what}");
        }
    }

    private IEnumerable<KeyValuePair<string, JsonElement>> Operations() =>
        api.Description.Document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(o => KeyValuePair.Create($"{o.Name.ToUpperInvariant()} {path.Name}", o.Value)));

    private IEnumerable<(string Key, bool Anonymous)> ApiEndpoints() =>
        api.Factory(DatabaseProvider.Sqlite).Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/v1/", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m =>
                ($"{m} {RouteConstraint().Replace(e.RoutePattern.RawText!, "}")}", e.Metadata.GetMetadata<IAllowAnonymous>() is not null)));

    private static string Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    [GeneratedRegex("^[A-Z][A-Za-z0-9]+$")]
    private static partial Regex OperationId();

    /// <summary>A route's constraint (<c>{id:guid}</c>), which the description leaves out.</summary>
    [GeneratedRegex(@":[^}]+\}")]
    private static partial Regex RouteConstraint();
}
