using FluentValidation;
using FluentValidation.Results;

namespace IncentiveCompliance.Web.Api;

/// <summary>The multipart field <c>file</c> of an upload, or a clear error when it is missing.</summary>
public static class UploadedFile
{
    /// <summary>Room for the multipart boundaries and headers around the file itself.</summary>
    public const long MultipartOverhead = 64 * 1024;

    /// <summary>Reads the form here rather than by parameter binding, so a missing or malformed form gets the same Spanish error.</summary>
    public static async Task<Stream> OpenAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var file = request.HasFormContentType ? (await request.ReadFormAsync(cancellationToken)).Files["file"] : null;
        return Open(file);
    }

    public static Stream Open(IFormFile? file) =>
        file is { Length: > 0 }
            ? file.OpenReadStream()
            : throw new ValidationException([new ValidationFailure("file", "Adjunte un archivo no vacío en el campo «file».")]);
}
