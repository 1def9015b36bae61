using System.Net;
using System.Text;

namespace Site.Serving;

/// <summary>
/// The script the server adds to every HTML response (never to the built files): it listens to the events
/// endpoint, reloads after a good build keeping the scroll position, swaps stylesheets when only CSS changed, and
/// shows the diagnostics of a failed build over the page.
/// </summary>
public static class LiveReloadScript
{
    /// <summary>The events endpoint, below the base path so preview and production share every URL prefix.</summary>
    public const string EventsPath = "__site/events";

    // Built from `location` so the page works under any host name the server was reached by (localhost, a LAN IP).
    // Diagnostics go in with textContent: they quote user files and must never become markup.
    private const string Script = """
        (() => {
          const me = document.currentScript;
          let version = me.dataset.version;
          const scrollKey = '__site_scroll:' + location.pathname + location.search;
          const saved = sessionStorage.getItem(scrollKey);
          if (saved !== null) {
            sessionStorage.removeItem(scrollKey);
            const [x, y] = JSON.parse(saved);
            const restore = () => window.scrollTo(x, y);
            restore();
            addEventListener('load', restore, { once: true });
          }
          const reload = () => {
            sessionStorage.setItem(scrollKey, JSON.stringify([scrollX, scrollY]));
            location.reload();
          };
          const swapStyles = () => {
            const stamp = String(Date.now());
            for (const link of document.querySelectorAll('link[rel~="stylesheet"][href]')) {
              const url = new URL(link.href, location.href);
              if (url.origin !== location.origin) continue;
              url.searchParams.set('__site', stamp);
              const next = link.cloneNode();
              next.href = url.href;
              next.addEventListener('load', () => link.remove(), { once: true });
              next.addEventListener('error', () => next.remove(), { once: true });
              link.after(next);
            }
          };
          let overlay = null;
          const hideErrors = () => { overlay?.remove(); overlay = null; };
          const showErrors = (errors) => {
            hideErrors();
            overlay = document.createElement('div');
            overlay.id = '__site-overlay';
            overlay.setAttribute('role', 'alert');
            overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2rem;' +
              'background:rgba(24,24,27,.94);color:#f4f4f5;font:14px/1.6 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:pre-wrap';
            const title = document.createElement('div');
            title.style.cssText = 'color:#fca5a5;font-weight:bold;margin-bottom:1rem';
            title.textContent = 'Build failed: the last good build is still served. Fix the error and save.';
            overlay.append(title);
            for (const error of errors) {
              const line = document.createElement('div');
              line.className = '__site-diagnostic';
              line.textContent = error.text;
              overlay.append(line);
            }
            document.body.append(overlay);
          };
          const events = new EventSource(new URL(me.dataset.base + '__EVENTS__', location.href));
          events.addEventListener('state', (e) => {
            const state = JSON.parse(e.data);
            if (state.version !== version) { reload(); return; }
            if (state.errors.length > 0) showErrors(state.errors); else hideErrors();
          });
          events.addEventListener('reload', () => reload());
          events.addEventListener('styles', (e) => { version = JSON.parse(e.data).version; hideErrors(); swapStyles(); });
          events.addEventListener('failed', (e) => showErrors(JSON.parse(e.data).errors));
        })();
        """;

    private static readonly string Body = Script.Replace("__EVENTS__", EventsPath, StringComparison.Ordinal);

    public static string Tag(string basePath, string version) =>
        $"<script id=\"__site-live\" data-base=\"{WebUtility.HtmlEncode(basePath)}\" data-version=\"{WebUtility.HtmlEncode(version)}\">\n{Body}\n</script>\n";

    /// <summary>The page with the script before its last <c>&lt;/body&gt;</c>, or at the end when it has none.</summary>
    public static byte[] Inject(byte[] html, string basePath, string version)
    {
        var text = Encoding.UTF8.GetString(html);
        var tag = Tag(basePath, version);
        var at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(at < 0 ? text + tag : text.Insert(at, tag));
    }
}
