using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Site.Building;
using Site.Configuration;
using Site.Diagnostics;
using Site.Documents;
using Site.Pipelines;
using Site.Theming;
using Site.Transcripts;

namespace Site.BrowserTests.Player;

/// <summary>
/// A site with one timed transcript (four turns, three seconds apart) whose recording is a WAV of tones written by
/// the test, built with the repository's theme and served by Kestrel's static files (which answer range requests,
/// as any web server does, so the browser can seek).
/// </summary>
public sealed class TimedSite : IAsyncDisposable
{
    public const double Step = 3;

    private const string Transcript = """
        ---
        title: Timed talk
        speakers:
          - name: Ann
          - name: Bob
        ---
        Timed talk

        01 Opening
        Ann: The first turn, at zero.
        Bob: The second turn, at three seconds.
        Ann: The third turn, at six seconds.
        Bob: The fourth turn, at nine seconds.
        """;

    private readonly WebApplication _server;

    private TimedSite(string root, WebApplication server, Uri url)
    {
        Root = root;
        _server = server;
        Url = url;
    }

    public string Root { get; }

    public Uri Url { get; }

    /// <summary>Builds and serves the site; <paramref name="media"/> is the transcript's recording.</summary>
    public static async Task<TimedSite> StartAsync(string media = "/media/talk.wav")
    {
        var root = Path.Combine(Path.GetTempPath(), "site-player-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(root, "input", "transcripts"));
        Directory.CreateDirectory(Path.Combine(root, "input", "media"));
        await File.WriteAllTextAsync(Path.Combine(root, "input", "site.yml"), "title: Test site\nlanguage: en\n");
        await File.WriteAllTextAsync(Path.Combine(root, "input", "transcripts", "talk.txt"), Transcript);
        await File.WriteAllBytesAsync(Path.Combine(root, "input", "media", "talk.wav"), ToneWav.Create(seconds: 14));
        var output = Path.Combine(root, "output");
        await BuildAsync(new BuildPaths(Path.Combine(root, "input"), Path.Combine(Search.SearchSite.RepositoryRoot(), "theme"), output, output), media);

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var server = builder.Build();
        var files = new PhysicalFileProvider(output);
        server.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        server.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true });
        await server.StartAsync();
        var address = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TimedSite(root, server, new Uri(address.TrimEnd('/') + "/"));
    }

    public Uri UrlOf(string path) => new(Url, path.TrimStart('/'));

    private static async Task BuildAsync(BuildPaths paths, string media)
    {
        var diagnostics = new DiagnosticBag();
        var settings = SiteSettings.Load(paths.Input, ThemeFiles.Display(paths.Input), diagnostics);
        var theme = new Theme(settings, new ThemeFiles(paths.Input, paths.Theme), diagnostics);
        var pipelines = SitePipelines.Create(paths, theme);
        foreach (var pipeline in pipelines)
        {
            var parse = pipeline.Process.FindIndex(module => module is ParseTranscript);
            if (parse >= 0)
            {
                pipeline.Process.Insert(parse + 1, new TimeTurns(media));
            }
        }

        await new Engine(pipelines).RunAsync(new BuildContext(diagnostics));
        if (diagnostics.HasErrors)
        {
            throw new InvalidOperationException(string.Join("\n", diagnostics.ToSortedList()));
        }
    }

    /// <summary>Stands in for the timed readers: turn N starts at N × <see cref="Step"/> seconds; the recording is <paramref name="media"/>.</summary>
    private sealed class TimeTurns(string media) : IModule
    {
        public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context) =>
            Task.FromResult<IReadOnlyList<Document>>([.. inputs.Select(document => document.Get<Transcript>(MetadataKeys.Transcript) is { } transcript
                ? document.WithMetadata(MetadataKeys.Transcript, Time(transcript))
                : document)]);

        private Transcript Time(Transcript transcript)
        {
            var index = 0;
            return transcript with
            {
                Media = media,
                Sections = [.. transcript.Sections.Select(section => section with { Turns = [.. section.Turns.Select(turn => Timed(turn, index++ * Step))] })],
            };
        }
    }

    /// <summary>The last turn also has word times, one every half second ("The" 9, "fourth" 9.5, "turn," 10, ...).</summary>
    private static Turn Timed(Turn turn, double start) => start < 3 * Step ? turn with { Start = start } : turn with
    {
        Start = start,
        Paragraphs = [.. turn.Paragraphs.Select(paragraph => paragraph with
        {
            Words = [.. System.Text.RegularExpressions.Regex.Matches(paragraph.Text, @"\S+").Select((word, index) => new TimedSpan(word.Index, word.Length, start + (index * 0.5), null))],
        })],
    };

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
