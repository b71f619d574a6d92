using System.Globalization;
using System.Text;
using QRCoder;

namespace IncentiveCompliance.Web.Presentation;

/// <summary>
/// A QR code as inline SVG, one path of dark modules, with no style attributes (the content policy allows no inline
/// styles) and a quiet zone around it.
/// </summary>
public static class QrCodeSvg
{
    public static string Of(string text, string label)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix;
        var size = modules.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (modules[y][x])
                {
                    path.Append(CultureInfo.InvariantCulture, $"M{x},{y}h1v1h-1z");
                }
            }
        }

        return $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" width="{size * 6}" height="{size * 6}" role="img" aria-label="{System.Net.WebUtility.HtmlEncode(label)}" shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#fff"/><path fill="#000" d="{path}"/></svg>""";
    }
}
