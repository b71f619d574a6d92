using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace IncentiveCompliance.Web.Api;

/// <summary>
/// The multipart field <c>file</c> read straight from the request body, never buffered: for files of gigabytes.
/// The callback gets the file's name and content (null when the field is missing, for the request's own Spanish error).
/// </summary>
public static class StreamedUpload
{
    public static async Task<T> ReadAsync<T>(HttpRequest request, Func<string, Stream?, Task<T>> use, CancellationToken cancellationToken)
    {
        var boundary = request.ContentType is { } type && MediaTypeHeaderValue.TryParse(type, out var media)
            ? HeaderUtilities.RemoveQuotes(media.Boundary).Value
            : null;
        if (string.IsNullOrEmpty(boundary))
        {
            return await use("", null);
        }

        var reader = new MultipartReader(boundary, request.Body);
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                && disposition.Name.Value == UploadedFile.Field && disposition.FileName.HasValue)
            {
                return await use(HeaderUtilities.RemoveQuotes(disposition.FileName).Value ?? "", section.Body);
            }
        }

        return await use("", null);
    }
}
