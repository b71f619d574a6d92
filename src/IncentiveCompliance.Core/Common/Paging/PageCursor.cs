using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace IncentiveCompliance.Core.Common.Paging;

/// <summary>
/// The opaque cursor of one list: base64url of the list's name, the sort key of the last item of a page (as JSON) and a
/// checksum. The checksum and the name make a mistyped, cut, altered or other list's cursor fail as invalid input rather
/// than land somewhere unexpected. It is not a secret: whoever forges a key only moves within what the request's scope
/// lets them see, since every list filters by that scope before it applies the key.
/// </summary>
public sealed class PageCursor<TKey>(string list)
    where TKey : class
{
    /// <summary>A cursor is a few dozen characters; anything much longer is not one of ours.</summary>
    public const int MaxLength = 512;

    private const int ChecksumBytes = 8;

    /// <summary>Strict: a key with a member missing, unknown or null where none may be is not this list's key.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    private readonly byte[] prefix = Encoding.UTF8.GetBytes(list + "\n");

    public string Encode(TKey key)
    {
        var body = prefix.Concat(JsonSerializer.SerializeToUtf8Bytes(key, Json)).ToArray();
        return Base64Url.EncodeToString([.. body, .. Checksum(body)]);
    }

    public bool TryDecode(string? cursor, [NotNullWhen(true)] out TKey? key)
    {
        key = null;
        if (string.IsNullOrEmpty(cursor) || cursor.Length > MaxLength || !Base64Url.IsValid(cursor))
        {
            return false;
        }

        var bytes = Base64Url.DecodeFromChars(cursor);
        if (bytes.Length <= prefix.Length + ChecksumBytes)
        {
            return false;
        }

        var body = bytes.AsSpan(0, bytes.Length - ChecksumBytes);
        if (!body.StartsWith(prefix) || !CryptographicOperations.FixedTimeEquals(Checksum(body), bytes.AsSpan(body.Length)))
        {
            return false;
        }

        try
        {
            key = JsonSerializer.Deserialize<TKey>(body[prefix.Length..], Json);
        }
        catch (JsonException)
        {
            return false;
        }

        return key is not null;
    }

    /// <summary>The key a validated request's cursor carries; null for the first page.</summary>
    public TKey? After(IPagedRequest request) =>
        string.IsNullOrEmpty(request.Cursor) ? null
        : TryDecode(request.Cursor, out var key) ? key
        : throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure(nameof(IPagedRequest.Cursor), PageRules.InvalidCursor)]);

    private static byte[] Checksum(ReadOnlySpan<byte> body) => SHA256.HashData(body)[..ChecksumBytes];
}
