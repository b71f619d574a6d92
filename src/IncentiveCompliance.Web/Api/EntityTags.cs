using Microsoft.Net.Http.Headers;

namespace IncentiveCompliance.Web.Api;

/// <summary>
/// A record's version in HTTP terms: the <c>ETag</c> of a read, and the <c>If-Match</c> of a write that must find the
/// record as it was read (412 otherwise, see <see cref="Errors.ApiExceptionHandler"/>).
/// </summary>
public static class EntityTags
{
    /// <summary>What an <c>If-Match</c> that names no version of ours stands for: no record ever has it.</summary>
    private const int NoVersion = -1;

    public static void Set(HttpResponse response, int version) =>
        response.Headers.ETag = new EntityTagHeaderValue($"\"{version}\"").ToString();

    /// <summary>The version the caller read: null without <c>If-Match</c> (or with <c>*</c>); a weak or foreign tag never matches.</summary>
    public static int? IfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch;
        if (header.Count == 0)
        {
            return null;
        }

        if (!EntityTagHeaderValue.TryParseList(header, out var tags) || tags.Count == 0)
        {
            return NoVersion;
        }

        var tag = tags[0];
        if (tag.Equals(EntityTagHeaderValue.Any))
        {
            return null;
        }

        return !tag.IsWeak && int.TryParse(tag.Tag.AsSpan(1, tag.Tag.Length - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version)
            ? version
            : NoVersion;
    }

    /// <summary>The write named the version it read in <c>If-Match</c>: a stale version answers 412, not 409.</summary>
    public static bool Named(HttpRequest request) => request.Headers.IfMatch.Count > 0;
}
