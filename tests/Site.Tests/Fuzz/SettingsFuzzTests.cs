using Site.Configuration;
using Site.Diagnostics;
using Site.Glossary;
using Site.Tests.Support;

namespace Site.Tests.Fuzz;

/// <summary>
/// Mutated <c>site.yml</c> and <c>glossary.yml</c> (the repository's, the golden sites', with the same edits as
/// transcripts: YAML fragments, control characters, lone surrogates, long lines): they load or report, never throw
/// or hang.
/// </summary>
public sealed class SettingsFuzzTests
{
    private const ulong Seed = 20261206;

    private static readonly string[] Glossaries =
    [
        File.ReadAllText(Path.Combine(Repository.Root, "input", "glossary.yml")),
        "- id: a\n  zh: 甲\n  en: A\n  aliases: [甲, a]\n  short: x\n  definition: y\n  related: [b]\n- id: b\n  zh: 乙\n  en: B\n  aliases: [甲]\n  short: x\n  definition: y\n",
    ];

    private static readonly string[] Settings =
    [
        File.ReadAllText(Path.Combine(Repository.Root, "input", "site.yml")),
        File.ReadAllText(Path.Combine(Repository.Root, "tests", "Site.Tests", "Golden", "001-sample-site", "input", "site.yml")),
        File.ReadAllText(Path.Combine(Repository.Root, "tests", "Site.Tests", "Golden", "010-diagnostics", "invalid-site-settings", "input", "site.yml")),
    ];

    [Fact]
    public void Any_glossary_loads_or_reports()
    {
        FuzzRun.Cases(TranscriptMutations.Cases, 400, Seed, input =>
        {
            var bag = new DiagnosticBag();
            var glossary = GlossaryLoader.Parse(TranscriptMutations.Apply(Glossaries, input), "glossary.yml", bag);
            Assert.NotNull(glossary);
            foreach (var term in glossary.Terms)
            {
                // Whatever loaded can be matched against text.
                _ = glossary.FindMatches(term.Zh + " " + term.En);
            }
        }, input => FuzzRun.Show(TranscriptMutations.Apply(Glossaries, input)));
    }

    [Fact]
    public void Any_site_settings_load_or_report()
    {
        using var folder = new TempFolder();
        FuzzRun.Cases(TranscriptMutations.Cases, 200, Seed + 1, input =>
        {
            // As a file holds it: a lone surrogate cannot be written, it becomes U+FFFD.
            File.WriteAllBytes(folder.Combine("site.yml"), new System.Text.UTF8Encoding(false).GetBytes(TranscriptMutations.Apply(Settings, input)));
            Assert.NotNull(SiteSettings.Load(folder.Path, "input", new DiagnosticBag()));
        }, input => FuzzRun.Show(TranscriptMutations.Apply(Settings, input)));
    }
}
