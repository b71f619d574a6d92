using IncentiveCompliance.Core.Common.Errors;
using Microsoft.EntityFrameworkCore;

namespace IncentiveCompliance.Web.Errors;

/// <summary>The one table from an exception to an HTTP status and a Spanish title, used by the API and the pages.</summary>
public static class ErrorMapping
{
    public static (int Status, string Title)? Of(Exception exception) => exception switch
    {
        FluentValidation.ValidationException => (StatusCodes.Status400BadRequest, "Los datos enviados no son válidos."),
        RowErrorsException e => (StatusCodes.Status400BadRequest, e.Message),
        UnauthenticatedException e => (StatusCodes.Status401Unauthorized, e.Message),
        ForbiddenException e => (StatusCodes.Status403Forbidden, e.Message),
        NotFoundException e => (StatusCodes.Status404NotFound, e.Message),
        ConflictException e => (StatusCodes.Status409Conflict, e.Message),
        StaleVersionException e => (StatusCodes.Status409Conflict, e.Message),
        DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, "Otra persona modificó estos datos; vuelva a cargarlos."),
        DbUpdateException { InnerException: Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation } or Microsoft.Data.Sqlite.SqliteException { SqliteExtendedErrorCode: 2067 }
            or Microsoft.Data.SqlClient.SqlException { Number: 2601 or 2627 } }
            => (StatusCodes.Status409Conflict, "Otra solicitud registró lo mismo al mismo tiempo; vuelva a cargar la página."),
        PayloadTooLargeException e => (StatusCodes.Status413PayloadTooLarge, e.Message),
        TooManyAttemptsException e => (StatusCodes.Status429TooManyRequests, e.Message),
        Core.Common.Documents.PdfUnavailableException e => (StatusCodes.Status503ServiceUnavailable, e.Message),
        StorageUnavailableException e => (StatusCodes.Status503ServiceUnavailable, e.Message),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (StatusCodes.Status413PayloadTooLarge, "El archivo es demasiado grande."),
        BadHttpRequestException e => (e.StatusCode, "La solicitud no es válida."),
        InvalidDataException => (StatusCodes.Status400BadRequest, "El formulario o el archivo enviado no es válido."),
        _ => null,
    };

    /// <summary>What an answer adds besides status and title: when to try again after too many attempts.</summary>
    public static void AddHeaders(HttpResponse response, Exception exception)
    {
        if (exception is TooManyAttemptsException tooMany)
        {
            response.Headers.RetryAfter = ((int)Math.Ceiling(tooMany.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
