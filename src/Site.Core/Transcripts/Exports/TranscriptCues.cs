using System.Text;

namespace Site.Transcripts.Exports;

/// <summary>
/// The times of a timed transcript's turns as exports need them. A turn ends at its own end, else where the next
/// timed turn starts, else after the time its text takes to say; a turn without a start follows the one before.
/// <see cref="Split"/> cuts long turns into cues a player can show (at most about two lines and seven seconds),
/// at sentence, then clause, then word boundaries, timed by the words' own times where the source has them.
/// </summary>
public static class TranscriptCues
{
    /// <summary>About two lines of a caption, counting a CJK character as two.</summary>
    public const int MaxWidth = 84;

    public const double MaxSeconds = 7;

    /// <summary>One cue per turn, its paragraphs joined by a space.</summary>
    public static IReadOnlyList<Cue> Turns(Transcript transcript) =>
        [.. Timed(transcript).Select(t => new Cue(t.Start, t.End, transcript.FindSpeaker(t.Turn.SpeakerSlug), t.Turn.SpeakerSlug, Join(t.Turn)) { Turn = t.Turn })];

    /// <summary>Cues of reasonable length for captions.</summary>
    public static IReadOnlyList<Cue> Split(Transcript transcript)
    {
        var cues = new List<Cue>();
        foreach (var (turn, start, end) in Timed(transcript))
        {
            var speaker = transcript.FindSpeaker(turn.SpeakerSlug);
            foreach (var (from, to, text) in Readable(turn.Paragraphs.All(p => p.Words.Count > 0) ? ByWords(turn, end) : ByShare(turn, start, end)))
            {
                cues.Add(new Cue(from, Math.Max(to, from + 0.001), speaker, turn.SpeakerSlug, text));
            }
        }

        return cues;
    }

    /// <summary>Seconds it takes to say <paramref name="text"/>: about 14 columns a second, at least one second.</summary>
    public static double Estimate(string text) => Math.Max(1, Width(text) / 14.0);

    /// <summary>Characters an export of <paramref name="cues"/> takes, about: their text and voice, and <paramref name="perCue"/> more each.</summary>
    internal static int Length(IReadOnlyList<Cue> cues, int perCue)
    {
        var length = 0L;
        foreach (var cue in cues)
        {
            length += cue.Text.Length + cue.Voice.Length + perCue;
        }

        return (int)Math.Min(length + 64, Array.MaxLength / 2);
    }

    /// <summary>Every turn with the times exports give it (see the class summary).</summary>
    internal static List<(Turn Turn, double Start, double End)> Timed(Transcript transcript)
    {
        var turns = transcript.AllTurns.ToList();
        var timed = new List<(Turn Turn, double Start, double End)>(turns.Count);
        var previousEnd = 0.0;
        for (var index = 0; index < turns.Count; index++)
        {
            var turn = turns[index];
            var start = turn.Start ?? previousEnd;
            var end = turn.End ?? NextStart(turns, index) ?? start + Estimate(Join(turn));
            if (end <= start)
            {
                end = start + Estimate(Join(turn));
            }

            previousEnd = end;
            timed.Add((turn, start, end));
        }

        return timed;
    }

    private static double? NextStart(List<Turn> turns, int index)
    {
        for (var next = index + 1; next < turns.Count; next++)
        {
            if (turns[next].Start is { } start)
            {
                return start;
            }
        }

        return null;
    }

    /// <summary>
    /// A cue too short to read joins the one before it: a player would only flash it, and readers take a cue that
    /// short repeating the one before for a rolling caption's snapshot (<see cref="Readers.RollingCaptions"/>) and drop it.
    /// </summary>
    private static List<(double From, double To, string Text)> Readable(List<(double From, double To, string Text)> cues)
    {
        var readable = new List<(double From, double To, string Text)>(cues.Count);
        foreach (var cue in cues)
        {
            if (readable.Count > 0 && cue.Text.Length > 0 && readable[^1].Text.Length > 0 && cue.To - cue.From < Readers.RollingCaptions.SnapshotLength)
            {
                var (from, to, text) = readable[^1];
                var tight = TextRules.IsWideText(text[^1]) && TextRules.IsWideText(cue.Text[0]);
                readable[^1] = (from, Math.Max(to, cue.To), text + (tight ? string.Empty : " ") + cue.Text);
                continue;
            }

            readable.Add(cue);
        }

        return readable;
    }

    /// <summary>Cues cut from the word times: a cue starts at its first word and ends where the next begins.</summary>
    private static List<(double, double, string)> ByWords(Turn turn, double turnEnd)
    {
        var pieces = new List<(double Start, string Text)>();
        foreach (var paragraph in turn.Paragraphs)
        {
            var text = paragraph.Text;
            var words = paragraph.Words;
            var cueFrom = 0;
            var first = 0;
            // The width up to the next word, measured for this word's test, is the next word's own width while
            // the cue goes on: measured once, not twice.
            int? carried = null;
            for (var index = 0; index < words.Count; index++)
            {
                var word = words[index];
                var wordEnd = Math.Min(text.Length, word.Offset + word.Length);
                var width = carried ?? Width(text.AsSpan(cueFrom, Math.Max(0, wordEnd - cueFrom)));
                var seconds = (word.End ?? word.Start) - words[first].Start;
                var last = index == words.Count - 1;
                var sentenceEnd = wordEnd > 0 && IsSentenceEnd(text[wordEnd - 1]);
                carried = last ? null : Width(text.AsSpan(cueFrom, Math.Max(0, Math.Min(text.Length, words[index + 1].Offset + words[index + 1].Length) - cueFrom)));
                var nextWouldOverflow = !last && (carried > MaxWidth || (words[index + 1].End ?? words[index + 1].Start) - words[first].Start > MaxSeconds);
                if (last || nextWouldOverflow || (sentenceEnd && (width > MaxWidth / 3 || seconds > MaxSeconds / 3)))
                {
                    var to = last ? text.Length : wordEnd;
                    pieces.Add((words[first].Start, Clean(text.AsSpan(cueFrom, to - cueFrom))));
                    cueFrom = to;
                    first = index + 1;
                    carried = null;
                }
            }
        }

        var cues = new List<(double, double, string)>();
        for (var index = 0; index < pieces.Count; index++)
        {
            var end = index + 1 < pieces.Count ? pieces[index + 1].Start : turnEnd;
            if (pieces[index].Text.Length > 0)
            {
                cues.Add((pieces[index].Start, Math.Max(end, pieces[index].Start), pieces[index].Text));
            }
        }

        return cues;
    }

    /// <summary>Cues cut from the text, the turn's time shared among them by their width.</summary>
    private static List<(double, double, string)> ByShare(Turn turn, double start, double end)
    {
        var pieces = turn.Paragraphs.SelectMany(paragraph => Pieces(Clean(paragraph.Text))).ToList();
        var total = Math.Max(1, pieces.Sum(piece => Width(piece)));
        var perColumn = (end - start) / total;
        var cues = new List<(double, double, string)>();
        var at = start;
        foreach (var piece in pieces)
        {
            var next = at + (Width(piece) * perColumn);
            cues.Add((at, next, piece));
            at = next;
        }

        if (cues.Count > 0)
        {
            cues[^1] = (cues[^1].Item1, end, cues[^1].Item3);
        }

        return cues;
    }

    /// <summary>A paragraph cut at sentence ends, then clause marks, then blanks, then anywhere, into pieces that fit.</summary>
    internal static List<string> Pieces(string text)
    {
        var pieces = new List<string>();
        var current = new StringBuilder();
        var currentWidth = 0;
        foreach (var sentence in CutAfter(text, IsSentenceEnd))
        {
            var sentenceWidth = Width(sentence);
            foreach (var part in sentenceWidth <= MaxWidth ? [sentence] : Fit(sentence))
            {
                // Widths add up character by character, so the piece's is counted as it grows, not measured again.
                var partWidth = sentenceWidth <= MaxWidth ? sentenceWidth : Width(part);
                if (current.Length > 0 && currentWidth + partWidth > MaxWidth)
                {
                    pieces.Add(current.ToString().Trim());
                    current.Clear();
                    currentWidth = 0;
                }

                current.Append(part);
                currentWidth += partWidth;
            }
        }

        if (current.ToString().Trim() is { Length: > 0 } rest)
        {
            pieces.Add(rest);
        }

        return pieces;
    }

    private static IEnumerable<string> Fit(string sentence)
    {
        var parts = new List<string>();
        foreach (var clause in CutAfter(sentence, c => c is ',' or '，' or '、' or ';' or '；' or ':' or '：'))
        {
            if (Width(clause) <= MaxWidth)
            {
                parts.Add(clause);
                continue;
            }

            foreach (var word in CutAfter(clause, char.IsWhiteSpace))
            {
                // By index, width counted as it goes: a long run of CJK text without a comma is one "word", and
                // copying the rest of it for every cue would make a long turn cost the square of its length.
                for (var from = 0; from < word.Length;)
                {
                    var (take, width) = (0, 0);
                    while (from + take < word.Length && (take == 0 || width + CharWidth(word[from + take]) <= MaxWidth))
                    {
                        width += CharWidth(word[from + take]);
                        take++;
                    }

                    if (from + take < word.Length && char.IsHighSurrogate(word[from + take - 1]))
                    {
                        take = take > 1 ? take - 1 : take + 1;
                    }

                    parts.Add(word.Substring(from, take));
                    from += take;
                }
            }
        }

        return parts;
    }

    private static IEnumerable<string> CutAfter(string text, Func<char, bool> isEnd)
    {
        var from = 0;
        for (var index = 0; index < text.Length; index++)
        {
            if (isEnd(text[index]) && (index + 1 == text.Length || !isEnd(text[index + 1])))
            {
                yield return text[from..(index + 1)];
                from = index + 1;
            }
        }

        if (from < text.Length)
        {
            yield return text[from..];
        }
    }

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '。' or '！' or '？' or '…';

    internal static int Width(ReadOnlySpan<char> text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += CharWidth(c);
        }

        return width;
    }

    /// <summary>Columns a character takes on a caption line: wide scripts two, the second half of a surrogate pair none.</summary>
    private static int CharWidth(char c) => char.IsLowSurrogate(c) ? 0 : c >= '\u1100' ? 2 : 1;

    private static int Width(string text) => Width(text.AsSpan());

    /// <summary>The turn's text on one line.</summary>
    internal static string Join(Turn turn) => string.Join(' ', turn.Paragraphs.Select(paragraph => Clean(paragraph.Text)).Where(text => text.Length > 0));

    /// <summary>Line breaks and runs of blanks as one space: a blank line would end a cue.</summary>
    internal static string Clean(string text) => IsClean(text) ? text : Clean(text.AsSpan());

    /// <inheritdoc cref="Clean(string)"/>
    internal static string Clean(ReadOnlySpan<char> text)
    {
        // Text that is already clean (ASCII without blanks but single spaces inside, the common case) is copied as is.
        if (IsClean(text))
        {
            return new string(text);
        }

        var builder = new StringBuilder(text.Length);
        var blank = false;
        foreach (var c in text)
        {
            if (IsBlank(c))
            {
                blank = builder.Length > 0;
                continue;
            }

            if (blank)
            {
                builder.Append(' ');
                blank = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// <c>char.IsWhiteSpace(c) || char.IsControl(c)</c>: no character above U+3000 (the ideographic space) is either,
    /// so CJK text, most of a Chinese transcript, takes one comparison instead of two table lookups.
    /// </summary>
    internal static bool IsBlank(char c) => c <= ' ' || (c >= '\u007F' && c <= '\u3000' && (char.IsWhiteSpace(c) || char.IsControl(c)));

    /// <summary>Whether <see cref="Clean(ReadOnlySpan{char})"/> would give <paramref name="text"/> back unchanged.</summary>
    internal static bool IsClean(ReadOnlySpan<char> text)
    {
        // A blank at the start counts as following one; only single spaces between words may stay.
        var previousBlank = true;
        foreach (var c in text)
        {
            if (IsBlank(c))
            {
                if (c != ' ' || previousBlank)
                {
                    return false;
                }

                previousBlank = true;
            }
            else
            {
                previousBlank = false;
            }
        }

        return !previousBlank || text.IsEmpty;
    }
}
