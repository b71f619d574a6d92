using IncentiveCompliance.Core.Features.Territory;
using IncentiveCompliance.Web.Api;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using IncentiveCompliance.Web.Security;

namespace IncentiveCompliance.Web.Pages.Municipalidades;

[RequestSizeLimit(ImportMunicipalities.MaxBytes + UploadedFile.MultipartOverhead)]
[UploadAccess(Upload.Directory)]
public sealed class ImportarModel(IMediator mediator) : PageModel
{
    public ImportMunicipalitiesResult? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        await using var content = UploadedFile.Open(file);
        Result = await mediator.Send(new ImportMunicipalities(content), ct);
    }
}
