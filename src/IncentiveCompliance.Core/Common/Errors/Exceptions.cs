namespace IncentiveCompliance.Core.Common.Errors;

/// <summary>No one is signed in (401).</summary>
public sealed class UnauthenticatedException(string message = "Debe iniciar sesión.") : Exception(message);

/// <summary>The caller's role or scope does not reach what was asked (403).</summary>
public sealed class ForbiddenException(string message = "No tiene permiso para esta operación.") : Exception(message);

/// <summary>The thing asked for does not exist (404).</summary>
public sealed class NotFoundException(string what, object key) : Exception($"No existe {what} «{key}».");

/// <summary>Someone else changed the data first, or it clashes with what exists (409).</summary>
public sealed class ConflictException(string message) : Exception(message);

/// <summary>
/// The record changed since the caller read the version it names (409; 412 to an API call that named it in If-Match).
/// </summary>
public sealed class StaleVersionException(string message) : Exception(message);

/// <summary>An upload is larger than the use case accepts (413).</summary>
public sealed class PayloadTooLargeException(long maxBytes)
    : Exception($"El archivo supera el tamaño máximo de {maxBytes / (1024 * 1024)} MB.")
{
    public long MaxBytes { get; } = maxBytes;
}

/// <summary>A file was rejected as a whole; each bad row is listed (400).</summary>
public sealed class RowErrorsException(IReadOnlyList<RowError> rows)
    : Exception("El archivo tiene errores; no se importó nada.")
{
    public IReadOnlyList<RowError> Rows { get; } = rows;
}

/// <summary>One rejected row of an imported file: its number in the file (the header is row 1) and why.</summary>
public sealed record RowError(int Row, string Reason);

/// <summary>Too many attempts: the caller may try again after <see cref="RetryAfter"/> (HTTP 429 with Retry-After).</summary>
public sealed class TooManyAttemptsException(string message, TimeSpan retryAfter) : Exception(message)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}

/// <summary>
/// The file store (object storage) did not answer or failed; the caller may try again later (503). Met while an upload
/// was stored, <see cref="NothingSaved"/> says so to the user; a download or a clean-up keeps the plain message.
/// </summary>
public sealed class StorageUnavailableException(string message, Exception cause) : Exception(message, cause)
{
    private const string Unavailable = "El almacenamiento de archivos no está disponible en este momento";

    public StorageUnavailableException(Exception cause)
        : this($"{Unavailable}. Intente de nuevo en unos minutos.", cause)
    {
    }

    /// <summary>The same failure, for an upload of which nothing was kept.</summary>
    public StorageUnavailableException NothingSaved() => new($"{Unavailable}; no se guardó nada. Intente de nuevo en unos minutos.", InnerException!);
}
