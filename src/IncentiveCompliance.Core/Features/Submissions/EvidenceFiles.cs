using FluentValidation;
using FluentValidation.Results;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Files;
using IncentiveCompliance.Core.Domain.Catalogue;
using IncentiveCompliance.Core.Domain.Submissions;

namespace IncentiveCompliance.Core.Features.Submissions;

/// <summary>Stores uploaded evidence, keeping only files whose content is of a type the requirement accepts.</summary>
internal static class EvidenceFiles
{
    public static async Task<List<EvidenceFile>> StoreAsync(IFileStore store, IReadOnlyList<EvidenceUpload> uploads, Requirement requirement, CancellationToken cancellationToken)
    {
        var stored = new List<EvidenceFile>();
        try
        {
            foreach (var upload in uploads)
            {
                var saved = await store.SaveAsync(upload.Content, SubmitProgress.MaxFileBytes, cancellationToken);
                stored.Add(new EvidenceFile
                {
                    FileName = Path.GetFileName(upload.FileName),
                    ContentType = saved.Type?.ContentType ?? "application/octet-stream",
                    Size = saved.Size,
                    Sha256 = saved.Sha256,
                    StorageKey = saved.Key,
                });
                if (saved.Type is null || !requirement.EvidenceFileTypes.Contains(saved.Type.Extension))
                {
                    var accepted = string.Join(", ", requirement.EvidenceFileTypes);
                    throw new ValidationException([new ValidationFailure("files", saved.Type is null
                        ? $"«{upload.FileName}» no es un archivo admitido por su contenido ({accepted})."
                        : $"«{upload.FileName}» es {saved.Type.Extension}; este requisito acepta {accepted}.")]);
                }
            }

            return stored;
        }
        catch (StorageUnavailableException e)
        {
            await DeleteAsync(store, stored);
            throw e.NothingSaved();
        }
        catch
        {
            await DeleteAsync(store, stored);
            throw;
        }
    }

    /// <summary>
    /// Best effort: files no row names any longer (a failed submission's, a replaced draft's). A store that fails here leaves
    /// an orphan (the store logs it), never an error for a submission that is already saved or that failed for another reason.
    /// </summary>
    public static async Task DeleteAsync(IFileStore store, IEnumerable<EvidenceFile> files)
    {
        foreach (var file in files)
        {
            try
            {
                await store.DeleteAsync(file.StorageKey);
            }
            catch (Exception e) when (e is StorageUnavailableException or IOException or UnauthorizedAccessException)
            {
                // left behind: see the summary
            }
        }
    }
}
