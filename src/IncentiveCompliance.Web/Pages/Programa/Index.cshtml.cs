using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Security;
using IncentiveCompliance.Core.Features.Catalogue;
using IncentiveCompliance.Web.Api;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using IncentiveCompliance.Web.Security;

namespace IncentiveCompliance.Web.Pages.Programa;

[RequestSizeLimit(LoadCatalogue.MaxBytes + UploadedFile.MultipartOverhead)]
[UploadAccess(Upload.Catalogue)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user, TimeProvider clock) : PageModel
{
    [FromQuery(Name = "anio")]
    public int? YearAsked { get; set; }

    public int Year => Years.OrCurrent(YearAsked, clock);

    public ProgramCatalogue? Catalogue { get; private set; }

    public LoadCatalogueResult? Loaded { get; private set; }

    public bool CanLoad => RequestAuthorization.RoleAllows<LoadCatalogue>(user.Scope);

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(Year, ct);

    public async Task OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        await LoadAsync(Year, ct);
        await using var content = UploadedFile.Open(file);
        Loaded = await mediator.Send(new LoadCatalogue(content), ct);
        YearAsked = Loaded.Year;
        await LoadAsync(Loaded.Year, ct);
    }

    private async Task LoadAsync(int year, CancellationToken ct)
    {
        try
        {
            Catalogue = await mediator.Send(new GetProgramCatalogue(year), ct);
        }
        catch (NotFoundException)
        {
            Catalogue = null;
        }
    }
}
