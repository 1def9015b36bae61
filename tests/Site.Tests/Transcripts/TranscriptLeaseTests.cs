using Site.Building;
using Site.Configuration;
using Site.Diagnostics;
using Site.Documents;
using Site.Pipelines;
using Site.Tests.Support;
using Site.Theming;
using Site.Transcripts;

namespace Site.Tests.Transcripts;

/// <summary>
/// A transcript's parsed model is lent to its pages (<see cref="TranscriptLease"/>) and let go once the last of them,
/// the indexes included, has been written, so a build does not hold every transcript to its end.
/// </summary>
public sealed class TranscriptLeaseTests
{
    [Fact]
    public void A_lease_is_given_back_by_its_last_page_only()
    {
        var transcript = Sora("t");
        var lease = new TranscriptLease(transcript);
        lease.Borrow();
        lease.Borrow();
        lease.Borrow();

        Assert.Null(lease.Return());
        Assert.Same(transcript, lease.Transcript);
        Assert.Null(lease.Return());
        Assert.Same(transcript, lease.Return());

        var error = Assert.Throws<InvalidOperationException>(() => lease.Transcript);
        Assert.Contains("'t'", error.Message, StringComparison.Ordinal);
        Assert.Null(lease.Return());
    }

    [Fact]
    public void A_kept_lease_is_never_given_back()
    {
        var transcript = Sora("t");
        var lease = TranscriptLease.Kept(transcript);

        for (var page = 0; page < 10; page++)
        {
            Assert.Null(lease.Return());
        }

        Assert.Same(transcript, lease.Transcript);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_model_is_let_go_once_its_pages_are_written_unless_kept(bool keep)
    {
        using var folder = new TempFolder();
        folder.CopyFromRepository("input");
        var sora = File.ReadAllText(folder.Combine("input", "transcripts", "sora-panel.txt"));
        folder.Write("input/transcripts/second.txt", sora);
        folder.Write("input/transcripts/third.txt", sora);

        var (report, diagnostics) = Run(folder, keep);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        var plans = report.ProcessOutputs[SitePipelines.Transcripts]
            .Select(page => page.Get<TranscriptPage>(MetadataKeys.TranscriptPage))
            .OfType<TranscriptPage>() // the people pages are written in Process and hold no lease
            .ToList();
        var leases = plans.Where(plan => plan.Lease is not null).Select(plan => plan.Lease!).Distinct().ToList();
        Assert.Equal(3, leases.Count);
        Assert.Equal(3, plans.Count(plan => plan.Lease is null)); // sections, speakers, home
        // The home page lists episodes (small records made in Process), so it holds no model; the other indexes hold them all.
        Assert.All(plans.Where(plan => plan.Lease is null && plan.Kind != TranscriptPageKind.Home), plan => Assert.Equal(leases.Count, plan.All.Count));
        var home = Assert.Single(plans, plan => plan.Kind == TranscriptPageKind.Home);
        Assert.Empty(home.All);
        Assert.Equal(leases.Count, home.Episodes.Count);
        foreach (var lease in leases)
        {
            if (keep)
            {
                Assert.Equal(lease.Id, lease.Transcript.Id);
            }
            else
            {
                Assert.Throws<InvalidOperationException>(() => lease.Transcript);
            }
        }

        // Every page was written all the same.
        Assert.True(File.Exists(folder.Combine("staging", "second", "s03", "index.html")));
    }

    private static Transcript Sora(string id) =>
        TranscriptParser.Parse(File.ReadAllText(Path.Combine(Repository.Root, "input", "transcripts", "sora-panel.txt")), "sora-panel.txt", id).Transcript!;

    private static (EngineReport Report, DiagnosticBag Diagnostics) Run(TempFolder folder, bool keep)
    {
        var paths = new BuildPaths(folder.Combine("input"), Path.Combine(Repository.Root, "theme"), folder.Combine("output"), folder.Combine("staging"));
        Directory.CreateDirectory(paths.Staging);
        var diagnostics = new DiagnosticBag();
        var settings = SiteSettings.Load(paths.Input, ThemeFiles.Display(paths.Input), diagnostics);
        var theme = new Theme(settings, new ThemeFiles(paths.Input, paths.Theme), diagnostics);
        var report = new Engine(SitePipelines.Create(paths, theme, keepTranscripts: keep)).RunAsync(new BuildContext(diagnostics)).GetAwaiter().GetResult();
        return (report, diagnostics);
    }
}
