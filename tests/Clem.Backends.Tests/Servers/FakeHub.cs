using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Clem.Backends.Tests.Servers;

/// <summary>
/// A Hugging Face Hub stand-in on 127.0.0.1: the tree API (/api/models/{owner}/{repo}/tree/{rev}) and file
/// downloads (/{owner}/{repo}/resolve/{rev}/{path}) with Range support, serving real files. It can require a
/// token, cut the first download off halfway (to test resume) or list a wrong sha256.
/// </summary>
public sealed class FakeHub : IAsyncDisposable
{
    readonly LocalServer _server;
    readonly Dictionary<string, string> _files; // repo path → local file

    FakeHub(LocalServer server, Dictionary<string, string> files) => (_server, _files) = (server, files);

    public string Url => _server.Url;
    public string Repo { get; } = "ggml-org/models";
    public string? RequiredToken { get; set; }
    public bool CutFirstDownload { get; set; }
    public bool WrongSha { get; set; }
    public List<(string Path, string? Range, string? Authorization)> Requests { get; } = [];
    int _downloads;

    public static async Task<FakeHub> StartAsync(Dictionary<string, string> files)
    {
        FakeHub? self = null;
        var server = await LocalServer.StartAsync(app =>
        {
            app.MapGet("/api/models/{owner}/{repo}/tree/{rev}", (HttpContext c, string owner, string repo) => self!.Tree(c, $"{owner}/{repo}"));
            app.MapGet("/{owner}/{repo}/resolve/{rev}/{**path}", (HttpContext c, string owner, string repo, string path) => self!.Resolve(c, $"{owner}/{repo}", path));
        });
        self = new FakeHub(server, files);
        return self;
    }

    bool Authorized(HttpContext c)
    {
        lock (Requests) Requests.Add((c.Request.Path, c.Request.Headers.Range.FirstOrDefault(), c.Request.Headers.Authorization.FirstOrDefault()));
        if (RequiredToken == null || c.Request.Headers.Authorization.FirstOrDefault() == $"Bearer {RequiredToken}") return true;
        c.Response.StatusCode = 401;
        return false;
    }

    async Task Tree(HttpContext c, string repo)
    {
        if (!Authorized(c)) return;
        if (repo != Repo) { c.Response.StatusCode = 404; return; }
        var list = new JsonArray { new JsonObject { ["type"] = "directory", ["path"] = "tinyllamas" }, new JsonObject { ["type"] = "file", ["path"] = "README.md", ["size"] = 10 } };
        foreach (var (path, local) in _files)
        {
            var sha = WrongSha ? new string('0', 64) : Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(local)));
            var size = new FileInfo(local).Length;
            list.Add(new JsonObject { ["type"] = "file", ["path"] = path, ["size"] = size, ["lfs"] = new JsonObject { ["oid"] = sha, ["size"] = size } });
        }
        c.Response.ContentType = "application/json";
        await c.Response.WriteAsync(list.ToJsonString());
    }

    async Task Resolve(HttpContext c, string repo, string path)
    {
        if (!Authorized(c)) return;
        if (repo != Repo || !_files.TryGetValue(path, out var local)) { c.Response.StatusCode = 404; return; }
        var bytes = await File.ReadAllBytesAsync(local);
        long from = 0;
        if (c.Request.Headers.Range.FirstOrDefault() is { } range && range.StartsWith("bytes=") && long.TryParse(range[6..].TrimEnd('-'), out var start))
        {
            from = start;
            c.Response.StatusCode = 206;
            c.Response.Headers.ContentRange = $"bytes {start}-{bytes.Length - 1}/{bytes.Length}";
        }
        var first = Interlocked.Increment(ref _downloads) == 1;
        c.Response.ContentType = "application/octet-stream";
        if (first && CutFirstDownload)
        {
            // Send half of the file, then drop the connection as a broken network would.
            c.Response.ContentLength = bytes.Length - from;
            await c.Response.Body.WriteAsync(bytes.AsMemory((int)from, (bytes.Length - (int)from) / 2));
            await c.Response.Body.FlushAsync();
            c.Abort();
            return;
        }
        c.Response.ContentLength = bytes.Length - from;
        await c.Response.Body.WriteAsync(bytes.AsMemory((int)from));
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
