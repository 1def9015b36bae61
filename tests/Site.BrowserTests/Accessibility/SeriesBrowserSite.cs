using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Playwright;
using Site.Building;
using Site.BrowserTests.Search;
using Site.Search;

namespace Site.BrowserTests.Accessibility;

/// <summary>
/// A series of <see cref="Episodes"/> episodes (WebVTT and text, English and Chinese) whose people recur, with a
/// people.yml, a glossary term used in every episode and feeds: enough episodes for a second home page
/// (<c>/page/2/</c>) and for the term's conversations page. Built with the repository's theme and search, served by
/// Kestrel's static files, with one Chromium for the tests.
/// </summary>
public sealed class SeriesBrowserSite : IAsyncLifetime
{
    /// <summary>One more than a home page and a term page list (50 each).</summary>
    public const int Episodes = 51;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "site-series-browser-" + Guid.NewGuid().ToString("N")[..12]);
    private WebApplication? _server;
    private IPlaywright? _playwright;

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium.ExecutablePath) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            return; // every test is skipped (BrowserTheory); building would be wasted
        }

        var repository = SearchSite.RepositoryRoot();
        var input = Path.Combine(_root, "input");
        WriteInput(input);
        var output = Path.Combine(_root, "output");
        var build = await SiteBuilder.BuildAsync(new BuildOptions
        {
            Input = input,
            Theme = Path.Combine(repository, "theme"),
            Output = output,
            Strict = true,
            Search = new SearchOptions { ToolsFolder = repository },
        });
        if (!build.Succeeded || build.Diagnostics.Count > 0)
        {
            throw new InvalidOperationException("the series did not build cleanly:\n" + string.Join("\n", build.Diagnostics));
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _server = builder.Build();
        var files = new PhysicalFileProvider(output);
        _server.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        _server.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true });
        await _server.StartAsync();
        var address = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(address.TrimEnd('/') + "/");

        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static void WriteInput(string input)
    {
        Directory.CreateDirectory(Path.Combine(input, "transcripts"));
        File.WriteAllText(Path.Combine(input, "site.yml"), "title: A long series\ndescription: Many episodes of recurring people.\nlanguage: en\nauthor: The Site tests\nbaseUrl: https://example.org/\n");
        File.WriteAllText(Path.Combine(input, "people.yml"), """
            - id: lin-xiao
              name: Lin Xiao
              aliases: [林晓]
              bio: Hosts the series.
            - id: ethan-zhou
              name: Ethan Zhou
              aliases: [Ethan]
              bio: Builds speech tools.
            """);
        File.WriteAllText(Path.Combine(input, "glossary.yml"), """
            - id: world-model
              zh: 世界模型
              en: World Model
              aliases: [世界模型, world model]
              short: An inner model of how the world works.
              definition: A model's inner simulation of how the outer world works.
            """);
        var guests = new[] { "Maria Jose", "鲁为民", "Sam Okafor" };
        for (var number = 1; number <= Episodes; number++)
        {
            var date = new DateOnly(2026, 1, 1).AddDays(number).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var guest = guests[number % guests.Length];
            var name = string.Create(CultureInfo.InvariantCulture, $"episode-{number:D2}");
            if (number % 2 == 0)
            {
                File.WriteAllText(Path.Combine(input, "transcripts", name + ".vtt"), Vtt(number, guest));
                File.WriteAllText(Path.Combine(input, "transcripts", name + ".yml"), $"title: Episode {number}\ndate: {date}\nspeakers:\n  - name: Lin Xiao\n    role: Host\n  - name: Ethan\n  - name: {guest}\n");
            }
            else if (number % 5 == 0)
            {
                File.WriteAllText(Path.Combine(input, "transcripts", name + ".txt"), $"""
                    ---
                    title: 第{number}期
                    date: {date}
                    language: zh-CN
                    speakers:
                      - name: 林晓
                        role: 主持人
                      - name: Ethan Zhou
                      - name: {guest}
                    ---
                    林晓：欢迎收听。今天谈世界模型。
                    Ethan Zhou：世界模型预测接下来会发生什么。世界模型也需要数据。
                    {guest}：我也研究世界模型。
                    """);
            }
            else
            {
                File.WriteAllText(Path.Combine(input, "transcripts", name + ".txt"), $"""
                    ---
                    title: Episode {number}
                    date: {date}
                    speakers:
                      - name: Lin Xiao
                        role: Host
                      - name: Ethan Zhou
                      - name: {guest}
                    ---
                    Lin Xiao: Welcome back. Today is about the world model again.
                    Ethan Zhou: A world model predicts what comes next. Every world model needs data.
                    {guest}: I work on a world model for speech.
                    """);
            }
        }
    }

    private static string Vtt(int number, string guest)
    {
        var cues = new[]
        {
            ("Lin Xiao", "Welcome back. Today is about the world model again."),
            ("Ethan", "A world model predicts what comes next. Every world model needs data."),
            (guest, "I work on a world model for speech."),
        };
        var vtt = new StringBuilder("WEBVTT Episode ").Append(number).Append("\n\n");
        for (var index = 0; index < cues.Length; index++)
        {
            vtt.Append(CultureInfo.InvariantCulture, $"00:00:{index * 5:D2}.000 --> 00:00:{index * 5 + 4:D2}.000\n<v {cues[index].Item1}>{cues[index].Item2}\n\n");
        }

        return vtt.ToString();
    }
}
