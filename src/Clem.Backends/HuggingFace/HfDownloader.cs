using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Clem.Backends.HuggingFace;

/// <summary>
/// Where Hugging Face files come from and go to. Like Hugging Face's own tools: $HF_ENDPOINT (default
/// https://huggingface.co), $HF_TOKEN (or $HUGGING_FACE_HUB_TOKEN) for gated/private repositories,
/// $HF_HUB_OFFLINE=1 to use the cache only. Cache: $CLEM_MODEL_CACHE, else $XDG_CACHE_HOME/clem/models,
/// else ~/.cache/clem/models.
/// </summary>
public sealed record HfOptions(string Endpoint, string? Token, string CacheDirectory, bool Offline = false)
{
    public const string DefaultEndpoint = "https://huggingface.co";

    public static HfOptions FromEnvironment(Func<string, string?> env)
    {
        string? Get(string name) => env(name) is { Length: > 0 } v ? v : null;
        var cacheRoot = Get("XDG_CACHE_HOME") ?? Path.Combine(Get("HOME") ?? Path.GetTempPath(), ".cache");
        return new HfOptions(
            (Get("HF_ENDPOINT") ?? DefaultEndpoint).TrimEnd('/'),
            Get("HF_TOKEN") ?? Get("HUGGING_FACE_HUB_TOKEN"),
            Get("CLEM_MODEL_CACHE") ?? Path.Combine(cacheRoot, "clem", "models"),
            Get("HF_HUB_OFFLINE") is "1" or "true" or "TRUE" or "yes");
    }
}

/// <summary>A file of a Hugging Face repository as the tree API lists it.</summary>
public sealed record HfFile(string Path, long? Size, string? Sha256);

/// <summary>
/// Downloads one file of a model repository into the local cache, once: the file is chosen by glob (as
/// clembench's registry "filename": "*Q4_K_M.gguf"), streamed to "&lt;name&gt;.incomplete" and resumed
/// with an HTTP Range request after an interruption, and checked against the sha256 the Hub lists for it
/// before it is moved into place. The token is sent as a bearer header only (and not across redirects).
/// </summary>
public sealed class HfDownloader(HfOptions options, HttpMessageHandler? handler = null, TextWriter? progress = null)
{
    readonly HttpClient _http = new(handler ?? new SocketsHttpHandler { AllowAutoRedirect = true }, disposeHandler: handler == null) { Timeout = TimeSpan.FromHours(6) };

    public HfOptions Options { get; } = options;

    /// <summary>Tries per file: an interrupted download resumes from what it has.</summary>
    public const int MaxAttempts = 3;

    public string RepoDirectory(string repoId, string revision) =>
        Path.Combine(Options.CacheDirectory, repoId.Replace("/", "--"), revision);

    /// <summary>The local path of the one file matching <paramref name="pattern"/>, downloading it if needed.</summary>
    public async Task<string> DownloadAsync(string repoId, string pattern, string revision = "main", CancellationToken cancellationToken = default)
    {
        if (!repoId.Contains('/') || repoId.Contains("..")) throw new ClemUserException($"'{repoId}' is not a Hugging Face repository id (owner/name)");
        var dir = RepoDirectory(repoId, revision);
        if (Options.Offline) return FromCache(repoId, pattern, dir);

        var files = await ListAsync(repoId, revision, cancellationToken).ConfigureAwait(false);
        var matches = files.Where(f => Glob.IsMatch(f.Path, pattern)).ToList();
        if (matches.Count == 0)
            throw new ClemUserException($"{repoId}: no file matches '{pattern}' (files: {string.Join(", ", files.Select(f => f.Path).Where(p => p.EndsWith(".gguf", StringComparison.OrdinalIgnoreCase)).DefaultIfEmpty("none").Take(20))})");
        if (matches.Count > 1)
            throw new ClemUserException($"{repoId}: '{pattern}' matches several files ({string.Join(", ", matches.Select(m => m.Path))}); make the registry's \"filename\" more specific");
        var file = matches[0];
        var target = Path.GetFullPath(Path.Combine(dir, file.Path));
        if (!target.StartsWith(Path.GetFullPath(dir), StringComparison.Ordinal)) throw new ClemUserException($"{repoId}: unsafe file path '{file.Path}'");
        if (File.Exists(target) && (file.Size == null || new FileInfo(target).Length == file.Size)) return target;
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                await FetchAsync(repoId, revision, file, target, cancellationToken).ConfigureAwait(false);
                return target;
            }
            catch (Exception e) when (e is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
            {
                var have = File.Exists(target + ".incomplete") ? new FileInfo(target + ".incomplete").Length : 0;
                if (attempt >= MaxAttempts)
                    throw new ClemUserException($"{repoId}/{file.Path}: download interrupted after {have / 1e6:0.#} MB ({e.Message}); run again to resume", e);
                progress?.WriteLine($"download of {repoId}/{file.Path} interrupted at {have / 1e6:0.#} MB ({e.Message}); resuming");
            }
        }
    }

    string FromCache(string repoId, string pattern, string dir)
    {
        var cached = Directory.Exists(dir)
            ? Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(".incomplete", StringComparison.Ordinal))
                .Where(f => Glob.IsMatch(Path.GetRelativePath(dir, f).Replace('\\', '/'), pattern)).ToList()
            : [];
        return cached.Count == 1 ? cached[0]
            : throw new ClemUserException($"{repoId}: '{pattern}' is not in the model cache ({dir}) and HF_HUB_OFFLINE is set");
    }

    /// <summary>The repository's files (tree API, following pagination links).</summary>
    public async Task<IReadOnlyList<HfFile>> ListAsync(string repoId, string revision, CancellationToken cancellationToken)
    {
        var files = new List<HfFile>();
        string? url = $"{Options.Endpoint}/api/models/{repoId}/tree/{Uri.EscapeDataString(revision)}?recursive=true";
        while (url != null)
        {
            using var request = Request(HttpMethod.Get, url);
            using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            await EnsureOk(response, repoId, "list files").ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            JsonArray list;
            try { list = JsonNode.Parse(body) as JsonArray ?? throw new JsonException("not a list"); }
            catch (JsonException e) { throw new ClemUserException($"{repoId}: the Hub's file list is not valid JSON ({e.Message})"); }
            foreach (var item in list.OfType<JsonObject>())
            {
                if (item["type"]?.GetValue<string>() != "file" || item["path"]?.GetValue<string>() is not { } path) continue;
                var lfs = item["lfs"] as JsonObject;
                files.Add(new HfFile(path, (lfs?["size"] ?? item["size"])?.GetValue<long>(), lfs?["oid"]?.GetValue<string>()));
            }
            url = NextLink(response.Headers);
        }
        return files;
    }

    static string? NextLink(HttpResponseHeaders headers)
    {
        if (!headers.TryGetValues("Link", out var values)) return null;
        foreach (var part in values.SelectMany(v => v.Split(',')))
            if (part.Contains("rel=\"next\"", StringComparison.Ordinal) && part.IndexOf('<') is var a and >= 0 && part.IndexOf('>', a) is var b and > 0)
                return part[(a + 1)..b];
        return null;
    }

    async Task FetchAsync(string repoId, string revision, HfFile file, string target, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var partial = target + ".incomplete";
        var url = $"{Options.Endpoint}/{repoId}/resolve/{Uri.EscapeDataString(revision)}/{string.Join('/', file.Path.Split('/').Select(Uri.EscapeDataString))}";
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long have = File.Exists(partial) ? new FileInfo(partial).Length : 0;
        if (file.Size is { } size && have > size) { File.Delete(partial); have = 0; }

        using var request = Request(HttpMethod.Get, url);
        if (have > 0) request.Headers.Range = new RangeHeaderValue(have, null);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (have > 0 && response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable) { File.Delete(partial); have = 0; }
        else await EnsureOk(response, repoId, $"download {file.Path}").ConfigureAwait(false);
        var resumed = have > 0 && response.StatusCode == HttpStatusCode.PartialContent;
        if (!resumed) have = 0;
        progress?.WriteLine($"downloading {repoId}/{file.Path}{(file.Size is { } s ? $" ({s / 1e6:0.#} MB)" : "")}{(resumed ? $", resuming at {have / 1e6:0.#} MB" : "")} → {target}");

        if (resumed)
        {
            await using var existing = File.OpenRead(partial);
            var buffer = new byte[1 << 20];
            int read;
            while ((read = await existing.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0) sha.AppendData(buffer, 0, read);
        }
        await using (var output = new FileStream(partial, resumed ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        await using (var input = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false))
        {
            var buffer = new byte[1 << 20];
            int read;
            while ((read = await input.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                sha.AppendData(buffer, 0, read);
                await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }
        }

        var length = new FileInfo(partial).Length;
        if (file.Size is { } expected && length != expected)
            throw new ClemUserException($"{repoId}/{file.Path}: download incomplete ({length} of {expected} bytes); run again to resume");
        var digest = Convert.ToHexStringLower(sha.GetHashAndReset());
        if (file.Sha256 != null && !string.Equals(digest, file.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            File.Delete(partial);
            throw new ClemUserException($"{repoId}/{file.Path}: sha256 mismatch (got {digest}, the Hub lists {file.Sha256}); the partial file was removed");
        }
        File.Move(partial, target, overwrite: true);
        progress?.WriteLine($"downloaded {repoId}/{file.Path}: {length / 1e6:0.#} MB, sha256 {(file.Sha256 != null ? "verified" : "not listed")}");
    }

    HttpRequestMessage Request(HttpMethod method, string url)
    {
        var request = new HttpRequestMessage(method, url);
        if (Options.Token != null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Options.Token);
        return request;
    }

    async Task EnsureOk(HttpResponseMessage response, string repoId, string what)
    {
        if (response.IsSuccessStatusCode) return;
        var code = (int)response.StatusCode;
        var hint = code switch
        {
            401 or 403 => Options.Token == null ? "the repository is gated or private: set HF_TOKEN" : "HF_TOKEN has no access to it",
            404 => "repository, revision or file not found",
            _ => (await response.Content.ReadAsStringAsync().ConfigureAwait(false)).Trim() is { Length: > 0 } b ? b[..Math.Min(200, b.Length)] : "",
        };
        throw new ClemUserException($"{repoId}: cannot {what} from {Options.Endpoint} (HTTP {code}){(hint.Length > 0 ? ": " + hint : "")}");
    }
}
