using System.Text;

namespace Site.Transcripts;

/// <summary>
/// Where text that flows cue after cue (one speaker's cues, a caption copy, a monologue) is cut into paragraphs: cue
/// boundaries are wrapping, but a recording's hour of one voice must not read as one block. Once a paragraph is long
/// it ends at the next cue that closes a sentence; text without punctuation (auto-captions) ends at a cue boundary
/// when it is far longer. Short turns, as most are, never reach either length.
/// </summary>
internal static class ParagraphLength
{
    // In characters, CJK counted twice (two Chinese characters carry about a word): a long paragraph of print, about
    // 170 English words or 500 Chinese characters, a minute or so of speech.
    private const int Long = 1000;

    private const int Unpunctuated = 2000;

    private static readonly System.Buffers.SearchValues<char> SentenceEnd = System.Buffers.SearchValues.Create(".!?…。！？");

    private static readonly char[] ClosingQuotes = ['"', '\'', '”', '’', '»', ')', ']', '」', '』', '）'];

    /// <summary>
    /// True when the paragraph in <paramref name="text"/> should end before the next cue is added;
    /// <paramref name="cueEndsSentence"/> where the file's cues end its sentences without punctuation.
    /// </summary>
    public static bool EndsBeforeNext(StringBuilder? text, bool cueEndsSentence = false)
    {
        if (text is null || text.Length < Long / 2)
        {
            return false;
        }

        // The width is at least the length and at most twice it: it is counted only when the length leaves it open.
        if (cueEndsSentence || EndsSentence(text))
        {
            return text.Length >= Long || Width(text) >= Long;
        }

        return text.Length >= Unpunctuated || (text.Length >= Unpunctuated / 2 && Width(text) >= Unpunctuated);
    }

    /// <summary>Whether the text ends a sentence, read back from its end past closing quotes (no string is made of it).</summary>
    public static bool EndsSentence(StringBuilder? text)
    {
        for (var at = (text?.Length ?? 0) - 1; at >= 0; at--)
        {
            if (Array.IndexOf(ClosingQuotes, text![at]) < 0)
            {
                return SentenceEnd.Contains(text[at]);
            }
        }

        return false;
    }

    private static int Width(StringBuilder text)
    {
        var width = 0;
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                width += TextRules.IsWideText(c) ? 2 : 1;
            }
        }

        return width;
    }
}
