using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace Site.Serving;

/// <summary>
/// Answers every request: the events endpoint, the base-path redirect, files of the output folder (HTML with the
/// live-reload script added), folder URLs through their index.html, and the site's 404 page.
/// </summary>
public sealed class SiteRequestHandler(string output, SiteRebuilder rebuilder, LiveReloadHub hub)
{
    // Long enough for any rebuild of a real site; a request never hangs on a stuck build.
    private static readonly TimeSpan BuildWait = TimeSpan.FromSeconds(30);

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        var state = rebuilder.State;
        var basePath = state.BasePath;
        var path = request.Path.HasValue ? request.Path.Value : "/";
        if (path == basePath + LiveReloadScript.EventsPath)
        {
            await hub.ServeAsync(context, () => LiveReloadMessages.State(rebuilder.State));
            return;
        }

        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            if (path == "/" || path + "/" == basePath)
            {
                Redirect(context, basePath);
                return;
            }

            await NotFoundAsync(context, state);
            return;
        }

        if (RequestPath.Parse(path[basePath.Length..]) is not { } relative)
        {
            response.StatusCode = StatusCodes.Status400BadRequest;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync("Refused: the path must stay inside the site.\n", context.RequestAborted);
            return;
        }

        await ServePathAsync(context, state, path, relative);
    }

    private async Task ServePathAsync(HttpContext context, BuildState state, string path, RequestPath relative)
    {
        var found = await FindAsync(relative);
        if (found.Kind == OutputLookupKind.Folder)
        {
            if (!relative.EndsWithSlash)
            {
                Redirect(context, path + "/");
                return;
            }

            // No listings: a folder is its index.html or nothing.
            relative = relative.Append("index.html");
            found = await FindAsync(relative);
        }
        else if (found.Kind == OutputLookupKind.File && relative.EndsWithSlash)
        {
            found = OutputLookup.Missing;
        }

        if (found.Kind == OutputLookupKind.File)
        {
            // The file can vanish between the lookup and the open when a rebuild swaps the output folder just
            // then: wait for the build and open the new copy.
            var stream = OutputFiles.TryOpen(found.FullPath!);
            if (stream is null && await WaitForBuildAsync())
            {
                found = OutputFiles.Find(output, relative);
                stream = found.Kind == OutputLookupKind.File ? OutputFiles.TryOpen(found.FullPath!) : null;
            }

            if (stream is not null)
            {
                await using (stream)
                {
                    await SendAsync(context, state, stream, found.FullPath!, StatusCodes.Status200OK);
                }

                return;
            }
        }

        if (found.Kind == OutputLookupKind.Refused)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        await NotFoundAsync(context, state);
    }

    /// <summary>
    /// A rebuild replaces the output folder with two renames; a request that lands between them finds nothing.
    /// So a miss while a build runs waits for the build and looks once more: no 404 during a swap, no lock on the
    /// fast path, and a real 404 costs one extra lookup.
    /// </summary>
    private async Task<OutputLookup> FindAsync(RequestPath relative)
    {
        var found = OutputFiles.Find(output, relative);
        if (found.Kind != OutputLookupKind.Missing)
        {
            return found;
        }

        return await WaitForBuildAsync() ? OutputFiles.Find(output, relative) : found;
    }

    /// <summary>Waits (a bounded time) until no build is running; false when it took too long.</summary>
    private async Task<bool> WaitForBuildAsync()
    {
        try
        {
            await rebuilder.WhenIdle.WaitAsync(BuildWait);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private async Task NotFoundAsync(HttpContext context, BuildState state)
    {
        var found = await FindAsync(new RequestPath([NotFoundPage.FileName], false));
        if (found.Kind == OutputLookupKind.File && OutputFiles.TryOpen(found.FullPath!) is { } stream)
        {
            await using (stream)
            {
                await SendAsync(context, state, stream, found.FullPath!, StatusCodes.Status404NotFound);
            }

            return;
        }

        await SendHtmlAsync(context, state, Encoding.UTF8.GetBytes(NotFoundPage.BuiltIn), StatusCodes.Status404NotFound);
    }

    private static async Task SendAsync(HttpContext context, BuildState state, FileStream stream, string fullPath, int status)
    {
        if (ContentTypes.IsHtml(fullPath))
        {
            var html = new byte[stream.Length];
            await stream.ReadExactlyAsync(html, context.RequestAborted);
            await SendHtmlAsync(context, state, html, status);
            return;
        }

        var response = context.Response;
        response.ContentType = ContentTypes.For(fullPath);
        var (start, length) = (0L, stream.Length);
        if (status == StatusCodes.Status200OK)
        {
            // Browsers seek in audio and video with range requests: without them a press on a turn's time plays from 0.
            response.Headers.AcceptRanges = "bytes";
            switch (ByteRange.Parse(context.Request.Headers.Range, stream.Length))
            {
                case { Satisfiable: false }:
                    response.StatusCode = StatusCodes.Status416RangeNotSatisfiable;
                    response.Headers.ContentRange = $"bytes */{stream.Length}";
                    return;
                case { } range:
                    (start, length) = (range.Start, range.Length);
                    status = StatusCodes.Status206PartialContent;
                    response.Headers.ContentRange = $"bytes {range.Start}-{range.Start + range.Length - 1}/{stream.Length}";
                    break;
            }
        }

        response.StatusCode = status;
        response.ContentLength = length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            stream.Seek(start, SeekOrigin.Begin);
            await StreamCopyOperation.CopyToAsync(stream, response.Body, length, context.RequestAborted);
        }
    }

    private static async Task SendHtmlAsync(HttpContext context, BuildState state, byte[] html, int status)
    {
        var body = LiveReloadScript.Inject(html, state.BasePath, state.Version);
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = ContentTypes.Html;
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private static void Redirect(HttpContext context, string location)
    {
        // 302, not 301: browsers keep permanent redirects, and the next site previewed on this port differs.
        context.Response.StatusCode = StatusCodes.Status302Found;
        // Header values must be ASCII: the path is encoded again (pages may have non-ASCII names).
        context.Response.Headers.Location = new PathString(location).ToUriComponent() + context.Request.QueryString.Value;
    }
}
