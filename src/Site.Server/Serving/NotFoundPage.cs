namespace Site.Serving;

/// <summary>The page served with status 404 when the build wrote no <c>404.html</c> of its own.</summary>
public static class NotFoundPage
{
    public const string FileName = "404.html";

    public const string BuiltIn = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Page not found</title>
        </head>
        <body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem">
        <h1>Page not found</h1>
        <p>There is no page at this address. The site's home page may help.</p>
        </body>
        </html>
        """;
}
