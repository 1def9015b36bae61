namespace Site.Transcripts;

/// <summary>
/// The line a transcription service signs its export with (<c>Transcribed by https://otter.ai</c>): it says how the
/// file was made, not what was said, so it is dropped from the end of the transcript.
/// </summary>
internal static class ExportFooter
{
    public static void RemoveTrailing(List<SourceLine> lines)
    {
        while (lines.Count > 0 && IsFooter(lines[^1].Text))
        {
            lines.RemoveAt(lines.Count - 1);
        }
    }

    private static bool IsFooter(string text) =>
        text.Trim().TrimEnd('/') is var bare &&
        bare.StartsWith("Transcribed by ", StringComparison.OrdinalIgnoreCase) &&
        bare.EndsWith("otter.ai", StringComparison.OrdinalIgnoreCase) &&
        bare.Length < 48;
}
