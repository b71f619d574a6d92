using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using IncentiveCompliance.Core.Features.Submissions;

namespace IncentiveCompliance.Web.Api;

/// <summary>The multipart form of a submission, read with field-by-field Spanish errors for values that do not parse.</summary>
public sealed record SubmissionForm(string? Note, decimal? Value, DateOnly? PeriodFrom, DateOnly? PeriodTo, DateOnly? EvidenceDate, bool Draft, IReadOnlyList<IFormFile> Files)
{
    /// <summary>Every file at its largest, and room for the form around them.</summary>
    public const long MaxRequestBytes = (SubmitProgress.MaxFiles * SubmitProgress.MaxFileBytes) + (1024 * 1024);

    public static async Task<SubmissionForm> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            throw new ValidationException([new ValidationFailure("files", "Envíe el avance como multipart/form-data.")]);
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var failures = new List<ValidationFailure>();
        var result = new SubmissionForm(
            form["note"].ToString(),
            Parse(form, "value", failures, "un número (use punto decimal, p. ej. 70.5)", s => decimal.Parse(s.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture)),
            Parse(form, "periodFrom", failures, "una fecha AAAA-MM-DD", s => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture)),
            Parse(form, "periodTo", failures, "una fecha AAAA-MM-DD", s => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture)),
            Parse(form, "evidenceDate", failures, "una fecha AAAA-MM-DD", s => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture)),
            string.Equals(form["draft"], "true", StringComparison.OrdinalIgnoreCase),
            form.Files.GetFiles("files").Where(f => f.Length > 0).ToList());
        return failures.Count == 0 ? result : throw new ValidationException(failures);
    }

    public SubmitProgress ToRequest(string ubigeo, int year, string requirementCode) =>
        new(ubigeo, year, requirementCode, Note, Value, PeriodFrom, PeriodTo, EvidenceDate,
            Files.Select(f => new EvidenceUpload(f.FileName, f.OpenReadStream())).ToList(), Draft);

    private static T? Parse<T>(IFormCollection form, string field, List<ValidationFailure> failures, string expected, Func<string, T> parse)
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
            failures.Add(new ValidationFailure(field, $"«{text}» no es {expected}."));
            return null;
        }
    }
}
