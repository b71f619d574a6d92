using System.Globalization;
using FluentValidation.Results;
using IncentiveCompliance.Core.Features.Submissions;
using IncentiveCompliance.Web.Presentation;

namespace IncentiveCompliance.Web.Api;

/// <summary>
/// The multipart form of a submission. Values that do not parse become field errors carried by the request, so the
/// caller is authorized before being told about them.
/// </summary>
public sealed record SubmissionForm(string? Note, decimal? Value, DateOnly? PeriodFrom, DateOnly? PeriodTo, DateOnly? EvidenceDate, bool Draft,
    IReadOnlyList<IFormFile> Files, IReadOnlyList<ValidationFailure> Errors)
{
    /// <summary>A submission's files together are at most 25 MB, with room for the form around them.</summary>
    public const long MaxRequestBytes = SubmitProgress.MaxFileBytes + (1024 * 1024);

    public static async Task<SubmissionForm> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return new SubmissionForm(null, null, null, null, null, false, [], [new ValidationFailure("files", "Envíe el avance como multipart/form-data.")]);
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var errors = new List<ValidationFailure>();
        return new SubmissionForm(
            form["note"].ToString(),
            Number(form["value"], "value", errors),
            Parse(form, "periodFrom", errors, "una fecha AAAA-MM-DD", Date),
            Parse(form, "periodTo", errors, "una fecha AAAA-MM-DD", Date),
            Parse(form, "evidenceDate", errors, "una fecha AAAA-MM-DD", Date),
            string.Equals(form["draft"], "true", StringComparison.OrdinalIgnoreCase),
            form.Files.GetFiles("files").Where(f => f.Length > 0).ToList(),
            errors);
    }

    public SubmitProgress ToRequest(string ubigeo, int year, string requirementCode) =>
        new(ubigeo, year, requirementCode, Note, Value, PeriodFrom, PeriodTo, EvidenceDate,
            Files.Select(f => new EvidenceUpload(f.FileName, f.OpenReadStream())).ToList(), Draft) { FormErrors = Errors };

    /// <summary>A number field, read as the pages read it.</summary>
    public static decimal? Number(string? text, string field, List<ValidationFailure> errors)
    {
        if (FormNumbers.TryParse(text, out var value))
        {
            return value;
        }

        errors.Add(new ValidationFailure(field, $"«{text?.Trim()}» no es un número (p. ej. 70.5 o 70,5)."));
        return null;
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static T? Parse<T>(IFormCollection form, string field, List<ValidationFailure> errors, string expected, Func<string, T> parse)
        where T : struct
    {
        var text = form[field].ToString().Trim();
        if (text.Length == 0)
        {
            return null;
        }

        try
        {
            return parse(text);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException)
        {
            errors.Add(new ValidationFailure(field, $"«{text}» no es {expected}."));
            return null;
        }
    }
}
