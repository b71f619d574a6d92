using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace IncentiveCompliance.Infrastructure.Files;

/// <summary>
/// Section <c>Storage</c>, where files are kept: <c>Provider</c> <c>Local</c> (default: a folder under IC_DATA_DIR) or
/// <c>S3</c> (any S3-compatible object store, section <c>Storage:S3</c>: <c>ServiceUrl</c>, <c>Bucket</c>,
/// <c>AccessKey</c>, <c>SecretKey</c>, <c>Region</c> (us-east-1) and <c>ForcePathStyle</c> (true: the bucket in the
/// path, as MinIO and most stores other than AWS expect)). With S3 no node keeps files of its own, so several nodes
/// share them.
/// </summary>
public sealed partial class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";

    public string Provider { get; set; } = "Local";

    public S3StorageOptions S3 { get; set; } = new();

    public bool UsesS3 => string.Equals(Provider, "S3", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!UsesS3 && !string.Equals(Provider, "Local", StringComparison.OrdinalIgnoreCase))
        {
            yield return Failure($"Storage:Provider «{Provider}» no es válido: use Local (carpeta en IC_DATA_DIR) o S3 (almacenamiento de objetos).");
            yield break;
        }

        if (!UsesS3)
        {
            yield break;
        }

        if (!Uri.TryCreate(S3.ServiceUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            yield return Failure($"Con Storage:Provider=S3, Storage:S3:ServiceUrl debe ser la dirección http(s) del almacenamiento (p. ej. https://minio.interno:9000); se recibió «{S3.ServiceUrl}».");
        }

        if (!BucketName().IsMatch(S3.Bucket ?? ""))
        {
            yield return Failure($"Storage:S3:Bucket debe ser el nombre de un bucket S3 (3 a 63 letras minúsculas, dígitos, puntos o guiones); se recibió «{S3.Bucket}».");
        }

        if (string.IsNullOrWhiteSpace(S3.AccessKey) || string.IsNullOrWhiteSpace(S3.SecretKey))
        {
            yield return Failure("Con Storage:Provider=S3 hacen falta Storage:S3:AccessKey y Storage:S3:SecretKey (las credenciales del bucket).");
        }

        if (string.IsNullOrWhiteSpace(S3.Region))
        {
            yield return Failure("Storage:S3:Region no puede quedar vacío (us-east-1 si el almacenamiento no usa regiones).");
        }
    }

    private static ValidationResult Failure(string message) => new(message, [nameof(Provider)]);

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BucketName();
}

/// <summary>Section <c>Storage:S3</c>: the object store's address, bucket and credentials.</summary>
public sealed class S3StorageOptions
{
    public string? ServiceUrl { get; set; }

    public string? Bucket { get; set; }

    public string? AccessKey { get; set; }

    public string? SecretKey { get; set; }

    public string Region { get; set; } = "us-east-1";

    public bool ForcePathStyle { get; set; } = true;
}
