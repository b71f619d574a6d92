using System.Globalization;
using FluentValidation.Results;
using IncentiveCompliance.Core.Features.Submissions;

namespace IncentiveCompliance.Web.Api;

/// <summary>
/// The multipart form of a submission. Values that do not parse become field errors carried by the request, so the
/// caller is authorized before being told about them.
/// </summary>
public sealed record SubmissionForm(string? Note, decimal? Value, DateOnly? PeriodFrom, DateOnly? PeriodTo, DateOnly? EvidenceDate, bool Draft,
    IReadOnlyList<IFormFile> Files, IReadOnlyList<ValidationFailure> Errors)
{
    /// <summary>Every file at its largest, and room for the form around them.</summary>
    public const long MaxRequestBytes = (SubmitProgress.MaxFiles * SubmitProgress.MaxFileBytes) + (1024 * 1024);

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
            Parse(form, "value", errors, "un número (use punto decimal, p. ej. 70.5)", s => decimal.Parse(s.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture)),
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
        catch (FormatException)
        {
            errors.Add(new ValidationFailure(field, $"«{text}» no es {expected}."));
            return null;
        }
    }
}
