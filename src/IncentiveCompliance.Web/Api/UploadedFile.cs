namespace IncentiveCompliance.Web.Api;

/// <summary>The multipart field <c>file</c> of an upload; null when absent or empty (the request's validator says so, after authorization).</summary>
public static class UploadedFile
{
    public const string Field = "file";

    /// <summary>Room for the multipart boundaries and headers around the file itself.</summary>
    public const long MultipartOverhead = 64 * 1024;

    /// <summary>Reads the form here rather than by parameter binding, so a missing file gets the request's own Spanish error.</summary>
    public static async Task<Stream?> OpenAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var file = request.HasFormContentType ? (await request.ReadFormAsync(cancellationToken)).Files[Field] : null;
        return Open(file);
    }

    public static Stream? Open(IFormFile? file) => file is { Length: > 0 } ? file.OpenReadStream() : null;
}
