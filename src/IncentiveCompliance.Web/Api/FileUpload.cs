using System.ComponentModel;

namespace IncentiveCompliance.Web.Api;

/// <summary>The form of an upload of one file, as the API's description shows it: the multipart field <c>file</c>.</summary>
public sealed record FileUpload([property: Description("El archivo; la operación dice qué formatos y tamaños admite.")] IFormFile File);
