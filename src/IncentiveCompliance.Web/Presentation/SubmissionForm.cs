using System.Globalization;
using FluentValidation.Results;
using IncentiveCompliance.Core.Features.Submissions;

namespace IncentiveCompliance.Web.Presentation;

/// <summary>
/// The form of a submission («avance»), the one way in for the API and the requirement page: the same field names, read
/// the same way. A value that does not read (a date not written AAAA-MM-DD, a value that is no number) becomes a field
/// error carried by the request, so the caller is authorized before being told about it; the API answers it as a 400
/// validation problem, the page shows it beside the field.
/// </summary>
/// <param name="Value">The indicator's value as typed, shown again on the page; <see cref="Number"/> is what it reads as.</param>
public sealed record SubmissionForm(string? Note, string? Value, decimal? Number, DateOnly? PeriodFrom, DateOnly? PeriodTo, DateOnly? EvidenceDate, bool Draft,
    IReadOnlyList<IFormFile> Files, IReadOnlyList<ValidationFailure> Errors)
{
    /// <summary>A submission's files together are at most 25 MB, with room for the form around them.</summary>
    public const long MaxRequestBytes = SubmitProgress.MaxFileBytes + (1024 * 1024);

    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>The form before anything was typed.</summary>
    public static readonly SubmissionForm Empty = new(null, null, null, null, null, null, false, [], []);

    /// <summary>The fields' names, in the API's documentation and in the page's form alike.</summary>
    public static class Fields
    {
        public const string Note = "note";
        public const string Value = "value";
        public const string PeriodFrom = "periodFrom";
        public const string PeriodTo = "periodTo";
        public const string EvidenceDate = "evidenceDate";
        public const string Draft = "draft";
        public const string Files = "files";
    }

    public static async Task<SubmissionForm> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Empty with { Errors = [new ValidationFailure(Fields.Files, "Envíe el avance como multipart/form-data.")] };
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var errors = new List<ValidationFailure>();
        var value = form[Fields.Value].ToString();
        return new SubmissionForm(
            form[Fields.Note].ToString(),
            value,
            ReadNumber(value, errors),
            ReadDate(form, Fields.PeriodFrom, errors),
            ReadDate(form, Fields.PeriodTo, errors),
            ReadDate(form, Fields.EvidenceDate, errors),
            string.Equals(form[Fields.Draft], "true", StringComparison.OrdinalIgnoreCase),
            form.Files.GetFiles(Fields.Files).Where(f => f.Length > 0).ToList(),
            errors);
    }

    public SubmitProgress ToRequest(string ubigeo, int year, string requirementCode) =>
        new(ubigeo, year, requirementCode, Note, Number, PeriodFrom, PeriodTo, EvidenceDate,
            Files.Select(f => new EvidenceUpload(f.FileName, f.OpenReadStream())).ToList(), Draft) { FormErrors = Errors };

    /// <summary>A date as the page's date fields send it and the API documents it.</summary>
    public static string? DateText(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static decimal? ReadNumber(string text, List<ValidationFailure> errors)
    {
        if (FormNumbers.TryParse(text, out var value))
        {
            return value;
        }

        errors.Add(new ValidationFailure(Fields.Value, $"«{text.Trim()}» no es un número (p. ej. 70.5 o 70,5)."));
        return null;
    }

    private static DateOnly? ReadDate(IFormCollection form, string field, List<ValidationFailure> errors)
    {
        var text = form[field].ToString().Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(new ValidationFailure(field, $"«{text}» no es una fecha AAAA-MM-DD."));
        return null;
    }
}
