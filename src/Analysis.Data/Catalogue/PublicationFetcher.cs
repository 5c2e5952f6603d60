using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace Analysis.Data.Catalogue;

/// <summary>
/// Downloads one edition of a publication into a local cache folder. A download streams into a <c>.partial</c>
/// file that is renamed only when complete, so a good file is never replaced by a broken one; an interrupted
/// download resumes from where it stopped (HTTP Range); every file's SHA-256 is recorded in the cache's manifest,
/// and a file whose checksum still matches is not downloaded again.
/// </summary>
public sealed class PublicationFetcher
{
    private const string PartialSuffix = ".partial";

    private readonly HttpClient _http;
    private readonly TimeProvider _time;

    /// <summary>Creates a fetcher that downloads with <paramref name="http"/> and stamps manifest entries with <paramref name="time"/>.</summary>
    public PublicationFetcher(HttpClient http, TimeProvider time)
    {
        _http = http;
        _time = time;
    }

    /// <summary>
    /// Fetches <paramref name="period"/> of <paramref name="publication"/> into <paramref name="cacheFolder"/>, from
    /// <paramref name="source"/> (a folder URL holding the files under their published names) or, without one, from
    /// the publisher's own address where the catalogue knows a stable one.
    /// </summary>
    /// <exception cref="FetchException">The publication is not published, no address is known, the server has no such
    /// file, or the download failed (the message says whether running again will resume it).</exception>
    public async Task<FetchedFile> FetchAsync(Publication publication, CataloguePeriod period, string cacheFolder, Uri? source,
        CancellationToken cancellationToken = default)
    {
        if (!publication.IsPublished)
        {
            throw new FetchException($"{publication.Kind} is not published, so it cannot be fetched. {publication.Note}");
        }

        var manifest = FetchManifest.Load(cacheFolder);
        var candidates = publication.Files.Select(f => Candidate(publication, period, f, source)).ToList();
        foreach (var candidate in candidates)
        {
            if (Cached(cacheFolder, manifest, candidate.Relative) is { } entry)
            {
                return new FetchedFile(publication.Kind, period.Label, Path.Combine(cacheFolder, candidate.Relative), entry.Url,
                    entry.Sha256, entry.Bytes, FetchOutcome.AlreadyCached);
            }
        }

        var tried = new List<string>();
        foreach (var candidate in candidates)
        {
            if (candidate.Url is not { } url)
            {
                tried.Add($"{candidate.Name} (the publisher gives it no stable address; pass --source with a folder URL that holds it)");
                continue;
            }

            var target = Path.Combine(cacheFolder, candidate.Relative);
            if (await DownloadAsync(url, target, cancellationToken).ConfigureAwait(false) is not { } done)
            {
                tried.Add(string.Create(CultureInfo.InvariantCulture, $"{url} ({(int)HttpStatusCode.NotFound} Not Found)"));
                continue;
            }

            var entry = new ManifestEntry(publication.Kind, period.Label, candidate.Relative, url, done.Sha256, done.Bytes, _time.GetUtcNow());
            manifest.With(entry).Save(cacheFolder);
            return new FetchedFile(publication.Kind, period.Label, target, url, done.Sha256, done.Bytes, done.Outcome);
        }

        throw new FetchException(
            $"no {publication.Kind} file found for {period.Label}. Tried: {string.Join("; ", tried)}. " +
            $"The publication's page lists its files: {period.Expand(publication.LandingPage)}");
    }

    /// <summary>The lower-case hexadecimal SHA-256 of a file.</summary>
    public static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static (string Name, string Relative, Uri? Url) Candidate(Publication publication, CataloguePeriod period, PublicationFile file, Uri? source)
    {
        var name = period.Expand(file.Name);
        var relative = string.Join('/', publication.Kind.ToString(), period.Label, name);
        Uri? url = source is not null
            ? new Uri(AsFolder(source), Uri.EscapeDataString(name))
            : file.Url is { } template ? new Uri(period.Expand(template)) : null;
        return (name, relative, url);
    }

    private static Uri AsFolder(Uri source) =>
        source.AbsoluteUri.EndsWith('/') ? source : new Uri(source.AbsoluteUri + "/");

    private static ManifestEntry? Cached(string cacheFolder, FetchManifest manifest, string relative)
    {
        var path = Path.Combine(cacheFolder, relative);
        return manifest.Find(relative) is { } entry && File.Exists(path) && Sha256Of(path) == entry.Sha256 ? entry : null;
    }

    // Null when the server has no such file, so the caller can try the next published name.
    private async Task<(string Sha256, long Bytes, FetchOutcome Outcome)?> DownloadAsync(Uri url, string target, CancellationToken cancellationToken)
    {
        var partial = target + PartialSuffix;
        for (var attempt = 0; ; attempt++)
        {
            var have = File.Exists(partial) ? new FileInfo(partial).Length : 0;
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (have > 0)
            {
                request.Headers.Range = new RangeHeaderValue(have, null);
            }

            using var response = await SendAsync(request, url, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            // The partial file no longer fits the server's copy (it changed, or was already whole): start again once.
            if (response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable && attempt == 0)
            {
                File.Delete(partial);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new FetchException(string.Create(CultureInfo.InvariantCulture,
                    $"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}"), url);
            }

            var resuming = have > 0 && response.StatusCode == HttpStatusCode.PartialContent;
            if (resuming && response.Content.Headers.ContentRange?.From != have)
            {
                throw new FetchException(string.Create(CultureInfo.InvariantCulture,
                    $"{url} answered a range request for bytes {have}- with {response.Content.Headers.ContentRange}"), url);
            }

            await SaveAsync(response, url, partial, resuming, cancellationToken).ConfigureAwait(false);
            var sha = Sha256Of(partial);
            var bytes = new FileInfo(partial).Length;
            File.Move(partial, target, overwrite: true);
            return (sha, bytes, resuming ? FetchOutcome.Resumed : FetchOutcome.Downloaded);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, Uri url, CancellationToken cancellationToken)
    {
        try
        {
            return await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new FetchException($"could not reach {url}: {e.Message}", url, e);
        }
    }

    private static async Task SaveAsync(HttpResponseMessage response, Uri url, string partial, bool resuming, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(partial)!);
        var expected = response.Content.Headers.ContentLength;
        var output = new FileStream(partial, resuming ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.None);
        await using (output.ConfigureAwait(false))
        {
            var start = output.Length;
            try
            {
                var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                await using (body.ConfigureAwait(false))
                {
                    await body.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (e is IOException or HttpRequestException)
            {
                throw Interrupted(url, output.Length, e);
            }

            if (expected is { } length && output.Length - start != length)
            {
                throw Interrupted(url, output.Length, null);
            }
        }
    }

    private static FetchException Interrupted(Uri url, long kept, Exception? inner) =>
        new(string.Create(CultureInfo.InvariantCulture,
            $"the download of {url} stopped after {kept} bytes; they are kept, and running the same fetch again resumes it"), url, inner);
}
