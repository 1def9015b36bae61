namespace Site.Transcripts;

/// <summary>
/// <c>Q. Where do you live?</c> and <c>A. In Dayton.</c>: question and answer as court reporters, hearings and many oral
/// histories mark them, with a period instead of a colon. Read as the labels <c>Q</c> and <c>A</c> only where both
/// recur (<see cref="SpeakerDiscovery"/>) or a speaker answers to them: <c>A. Lincoln</c> alone is a sentence.
/// </summary>
internal static class DottedQaLabel
{
    public static PrefixSplit? Split(string line)
    {
        var text = line.AsSpan().Trim();
        return text.Length > 3 && text[0] is 'Q' or 'A' && text[1] == '.' && text[2] is ' ' or '\t'
            ? new PrefixSplit(text[0] == 'Q' ? "Q" : "A", text[3..].Trim().ToString())
            : null;
    }
}
