using Site.Diagnostics;
using Site.Text;
using Site.Theming;

namespace Site.Transcripts.Readers;

/// <summary>
/// The files beside a timed transcript <c>name.vtt</c>: the sidecar <c>name.yml</c> (title, date, source, media,
/// language, speakers, chapters) and the Podcasting 2.0 chapters file <c>name.chapters.json</c>. Their text is part
/// of the transcript's fingerprint, so the dev server parses again when either is edited.
/// </summary>
internal sealed record SidecarFiles(string? SidecarPath, string? SidecarText, string? ChaptersPath, string? ChaptersText)
{
    public static SidecarFiles None { get; } = new(null, null, null, null);

    public bool IsEmpty => SidecarText is null && ChaptersText is null;

    /// <summary>What the transcript's fingerprint covers beside its own text.</summary>
    public string FingerprintText => $"{SidecarText?.Length}\0{SidecarText}\0{ChaptersText?.Length}\0{ChaptersText}";

    public static SidecarFiles Find(string relativePath, string fullPath, List<Diagnostic> diagnostics)
    {
        if (!TranscriptReaders.IsTimed(relativePath))
        {
            return None;
        }

        var stem = Path.Combine(Path.GetDirectoryName(fullPath) ?? string.Empty, Path.GetFileNameWithoutExtension(fullPath));
        var sidecar = stem + ".yml";
        var chapters = stem + ".chapters.json";
        return new SidecarFiles(
            ThemeFiles.Display(sidecar),
            ReadIfPresent(sidecar, diagnostics),
            ThemeFiles.Display(chapters),
            ReadIfPresent(chapters, diagnostics));
    }

    /// <summary>The header the sidecar declares, with the chapters file's chapters when the sidecar lists none; null without either.</summary>
    public TranscriptHeader? Header(List<Diagnostic> diagnostics)
    {
        if (SidecarText is null && ChaptersText is null)
        {
            return null;
        }

        var header = SidecarText is null ? TranscriptHeader.Empty : TranscriptFrontMatter.ReadSidecar(SidecarText, SidecarPath!, diagnostics);
        if (ChaptersText is not null)
        {
            var chapters = ChaptersJsonReader.Read(ChaptersText, ChaptersPath!, diagnostics);
            if (header.Chapters.Count == 0)
            {
                header = header with { Chapters = chapters };
            }
            else
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.InvalidChapters, ChaptersPath!, 1, 1, $"the sidecar {Path.GetFileName(SidecarPath)} lists chapters too; its chapters are used and this file is not"));
            }
        }

        return header;
    }

    private static string? ReadIfPresent(string path, List<Diagnostic> diagnostics)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return TextFile.Read(path);
        }
        catch (InvalidUtf8Exception exception)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidUtf8, ThemeFiles.Display(path), exception.Line, exception.Column, exception.Message));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnreadableFile, ThemeFiles.Display(path), 0, 0, $"cannot read the file: {exception.Message}"));
        }

        return null;
    }
}
