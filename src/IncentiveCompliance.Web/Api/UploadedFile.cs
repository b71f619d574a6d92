using FluentValidation;
using FluentValidation.Results;

namespace IncentiveCompliance.Web.Api;

/// <summary>The multipart field <c>file</c> of an upload, or a clear error when it is missing.</summary>
public static class UploadedFile
{
    /// <summary>Room for the multipart boundaries and headers around the file itself.</summary>
    public const long MultipartOverhead = 64 * 1024;

    public static Stream Open(IFormFile? file) =>
        file is { Length: > 0 }
            ? file.OpenReadStream()
            : throw new ValidationException([new ValidationFailure("file", "Adjunte un archivo no vacío en el campo «file».")]);
}
