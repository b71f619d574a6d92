using System.Buffers;
using System.Net;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using IncentiveCompliance.Core.Common.Errors;
using IncentiveCompliance.Core.Common.Files;
using Microsoft.Extensions.Logging;

namespace IncentiveCompliance.Infrastructure.Files;

/// <summary>
/// Files as objects <c>yyyy/MM/&lt;guid&gt;</c> in an S3-compatible bucket (docs/decisions/0017-object-storage.md). An
/// upload streams through one part buffer of <see cref="PartBytes"/>: hashed, measured and sent part by part (a single
/// PUT when it fits in one), so a file is never whole in memory; past the limit or on any failure the multipart upload
/// is aborted and nothing is kept. A download streams the object's response. A store that does not answer, or answers
/// with an error, becomes a <see cref="StorageUnavailableException"/> (503).
/// </summary>
internal sealed partial class S3FileStore(StorageOptions options, TimeProvider clock, ILogger<S3FileStore> logger) : IFileStore, IDisposable
{
    /// <summary>5 MiB, the smallest part S3 accepts (but for the last): the memory one upload holds at a time.</summary>
    internal const int PartBytes = 5 * 1024 * 1024;

    private readonly AmazonS3Client client = ClientFor(options.S3);
    private readonly string bucket = options.S3.Bucket!;
    private readonly ILogger logger = logger;

    private static AmazonS3Client ClientFor(S3StorageOptions s3) => new(new BasicAWSCredentials(s3.AccessKey, s3.SecretKey), new AmazonS3Config
    {
        ServiceURL = s3.ServiceUrl,
        ForcePathStyle = s3.ForcePathStyle,
        AuthenticationRegion = s3.Region,

        // The SDK adds CRC checksums to every request and checks them on every answer by default; stores that predate
        // them (s3rver, older MinIO) neither send nor accept them. The SHA-256 kept in the database covers the content.
        RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
        ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        ConnectTimeout = TimeSpan.FromSeconds(5),
        MaxErrorRetry = 2,
    });

    public Task<StoredFile> SaveAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return WriteAsync($"{now:yyyy}/{now:MM}/{Guid.NewGuid():N}", content, maxBytes, cancellationToken);
    }

    public Task<StoredFile> RestoreAsync(string key, Stream content, CancellationToken cancellationToken) =>
        WriteAsync(key, content, long.MaxValue, cancellationToken);

    public async IAsyncEnumerable<string> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = new ListObjectsV2Request { BucketName = bucket };
        ListObjectsV2Response page;
        do
        {
            page = await Guarded(() => client.ListObjectsV2Async(request, cancellationToken), cancellationToken);
            foreach (var item in page.S3Objects ?? [])
            {
                yield return item.Key;
            }

            request.ContinuationToken = page.NextContinuationToken;
        }
        while (page.IsTruncated == true);
    }

    private async Task<StoredFile> WriteAsync(string key, Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var upload = new Upload(this, key);
        var buffer = ArrayPool<byte>.Shared.Rent(PartBytes);
        try
        {
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var detection = new StreamedTypeDetection();
            long size = 0;
            int filled;
            do
            {
                filled = await content.ReadAtLeastAsync(buffer.AsMemory(0, PartBytes), PartBytes, throwOnEndOfStream: false, cancellationToken);
                size += filled;
                if (size > maxBytes)
                {
                    throw new PayloadTooLargeException(maxBytes);
                }

                sha.AppendData(buffer, 0, filled);
                detection.Append(buffer.AsSpan(0, filled));
                await upload.SendAsync(buffer, filled, last: filled < PartBytes, cancellationToken);
            }
            while (filled == PartBytes);

            return new StoredFile(upload.Key, size, Convert.ToHexStringLower(sha.GetHashAndReset()), detection.Detect());
        }
        catch
        {
            await upload.AbortAsync();
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public async Task<Stream> OpenAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var response = await Guarded(() => client.GetObjectAsync(bucket, key, cancellationToken), cancellationToken);
            return response.ResponseStream;
        }
        catch (StorageUnavailableException e) when (e.InnerException is AmazonS3Exception { StatusCode: HttpStatusCode.NotFound })
        {
            throw new FileNotFoundException($"No está en el almacenamiento el archivo «{key}».", key, e);
        }
    }

    public Task DeleteAsync(string key) => Guarded(() => client.DeleteObjectAsync(bucket, key), CancellationToken.None);

    public void Dispose() => client.Dispose();

    /// <summary>
    /// The store's own failures (no answer, an error status) as a 503, logged with their cause for the operator (a wrong
    /// bucket or key looks the same to the user as a store that is down); the caller's cancellation passes on.
    /// </summary>
    private async Task<T> Guarded<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (e is AmazonClientException or AmazonServiceException or HttpRequestException or IOException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            if (e is not AmazonS3Exception { StatusCode: HttpStatusCode.NotFound })
            {
                StoreFailed(logger, bucket, e);
            }

            throw new StorageUnavailableException(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Object store failed (bucket {Bucket})")]
    private static partial void StoreFailed(ILogger logger, string bucket, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not abort multipart upload {UploadId} of {Key}; the bucket's lifecycle rule must remove its parts")]
    private static partial void AbortFailed(ILogger logger, string uploadId, string key, Exception exception);

    /// <summary>One object on its way: a single PUT when the content fits in one part, else a multipart upload.</summary>
    private sealed class Upload(S3FileStore store, string key)
    {
        private readonly List<PartETag> parts = [];
        private string? uploadId;
        private bool completed;

        public string Key => key;

        public async Task SendAsync(byte[] buffer, int count, bool last, CancellationToken cancellationToken)
        {
            if (uploadId is null && last)
            {
                await store.Guarded(() => store.client.PutObjectAsync(new PutObjectRequest
                {
                    BucketName = store.bucket, Key = key, InputStream = new MemoryStream(buffer, 0, count, writable: false), UseChunkEncoding = false,
                }, cancellationToken), cancellationToken);
                completed = true;
                return;
            }

            uploadId ??= (await store.Guarded(() => store.client.InitiateMultipartUploadAsync(store.bucket, key, cancellationToken), cancellationToken)).UploadId;
            if (count > 0)
            {
                var number = parts.Count + 1;
                var part = await store.Guarded(() => store.client.UploadPartAsync(new UploadPartRequest
                {
                    BucketName = store.bucket, Key = key, UploadId = uploadId, PartNumber = number, PartSize = count,
                    InputStream = new MemoryStream(buffer, 0, count, writable: false), UseChunkEncoding = false,
                }, cancellationToken), cancellationToken);
                parts.Add(new PartETag(number, part.ETag));
            }

            if (last)
            {
                await store.Guarded(() => store.client.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
                {
                    BucketName = store.bucket, Key = key, UploadId = uploadId, PartETags = parts,
                }, cancellationToken), cancellationToken);
                completed = true;
            }
        }

        /// <summary>Drops what was sent of an upload that will not be completed (best effort: the store may be down).</summary>
        public async Task AbortAsync()
        {
            if (uploadId is null || completed)
            {
                return;
            }

            try
            {
                await store.client.AbortMultipartUploadAsync(store.bucket, key, uploadId);
            }
            catch (Exception e) when (e is AmazonClientException or AmazonServiceException or HttpRequestException or IOException)
            {
                AbortFailed(store.logger, uploadId, key, e);
            }
        }
    }
}
