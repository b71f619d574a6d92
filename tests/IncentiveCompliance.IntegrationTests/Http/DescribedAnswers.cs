namespace IncentiveCompliance.IntegrationTests.Http;

/// <summary>
/// Holds every answer the API gives a test to its description: a status the answering operation does not list fails
/// the test that met it, naming the operation and the status. The API tests' clients all go through it (<see cref="ApiFixture"/>).
/// </summary>
public sealed class DescribedAnswers(DescribedOperations description) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var path = request.RequestUri!.AbsolutePath;
        if (path.StartsWith("/api/", StringComparison.Ordinal) && description.Find(request.Method, path) is { } operation && !operation.Describes(response.StatusCode))
        {
            throw new UndescribedAnswerException(
                $"{request.Method} {path} ({operation.Id}) answered {(int)response.StatusCode}, which /openapi/v1.json does not list for it (it lists {string.Join(", ", operation.Statuses.Order(StringComparer.Ordinal))}).");
        }

        return response;
    }
}

public sealed class UndescribedAnswerException(string message) : Exception(message);
