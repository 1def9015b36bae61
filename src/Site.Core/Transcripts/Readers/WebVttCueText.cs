using System.Text;

namespace Site.Transcripts.Readers;

/// <summary>The text of a cue spoken by one voice (null when the cue names none), in lines, with inline word times.</summary>
internal sealed record VoicedText(string? Voice, IReadOnlyList<TimedLine> Lines);

/// <summary>
/// The W3C "WebVTT cue text parsing rules" (§ 6.4): the cue text tokenizer (data, tag, start tag, class,
/// annotation, end tag and timestamp states, character references) and the tree rules, flattened to what a
/// transcript needs: text, who says it and when. Per the spec only <c>c i b u ruby rt v lang</c> make nodes and
/// every other tag is dropped with its text kept: <c>&lt;script&gt;x&lt;/script&gt;</c> gives the text <c>x</c>,
/// <c>&amp;lt;script&amp;gt;</c> the text <c>&lt;script&gt;</c>. Styling tags (<c>i b u c lang</c>) keep their text
/// and lose the tag; ruby text (<c>rt</c>, a reading of the base text) is kept in parentheses after its base, so no
/// words are lost; a <c>&lt;v Name&gt;</c> (or <c>&lt;v.loud Name&gt;</c>) starts that speaker's text; an inline
/// timestamp <c>&lt;00:00:01.250&gt;</c> starts a timed span of the text that follows.
/// </summary>
internal static class WebVttCueText
{
    private enum Kind
    {
        Text,
        Start,
        End,
        Timestamp,
    }

    private readonly record struct Token(Kind Kind, string Value, string Annotation);

    private static readonly HashSet<string> NodeTags = new(StringComparer.Ordinal) { "c", "i", "b", "u", "ruby", "rt", "v", "lang" };

    public static List<VoicedText> Parse(string text, double cueStart, double cueEnd)
    {
        // Text without tags or character references is one piece of plain lines: what the rules below give it.
        if (text.AsSpan().IndexOfAny('<', '&') < 0)
        {
            var plain = new PieceBuilder(null);
            plain.Append(text);
            return plain.Build(cueStart, cueEnd) is { Lines.Count: > 0 } only ? [only] : [];
        }

        var result = new StringBuilder();
        var buffer = new StringBuilder();
        var pieces = new List<PieceBuilder>();
        var open = new List<(string Name, string Annotation)>();
        PieceBuilder? piece = null;
        string? CurrentVoice()
        {
            for (var i = open.Count - 1; i >= 0; i--)
            {
                if (open[i].Name == "v")
                {
                    return open[i].Annotation.Length > 0 ? open[i].Annotation : null;
                }
            }

            return null;
        }

        PieceBuilder Current()
        {
            var voice = CurrentVoice();
            if (piece is null || (piece.Voice != voice && piece.HasText))
            {
                piece = new PieceBuilder(voice);
                pieces.Add(piece);
            }

            piece.Voice = voice;
            return piece;
        }

        var position = 0;
        while (Next(text, ref position, result, buffer) is { } token)
        {
            switch (token.Kind)
            {
                case Kind.Text:
                    Current().Append(token.Value);
                    break;
                case Kind.Start when NodeTags.Contains(token.Value) && (token.Value != "rt" || (open.Count > 0 && open[^1].Name == "ruby")):
                    open.Add((token.Value, token.Annotation));
                    if (token.Value == "rt")
                    {
                        Current().Append("(");
                    }

                    break;
                case Kind.End:
                    Close(open, token.Value, Current);
                    break;
                case Kind.Timestamp when WebVttTimestamp.ParseWhole(token.Value) is { } time:
                    var current = Current();
                    current.Marks.Add((current.Length, time));
                    break;
            }
        }

        while (open.Count > 0)
        {
            Close(open, open[^1].Name, Current);
        }

        return pieces.Select(p => p.Build(cueStart, cueEnd)).Where(v => v.Lines.Count > 0).ToList();
    }

    private static void Close(List<(string Name, string Annotation)> open, string name, Func<PieceBuilder> current)
    {
        if (open.Count == 0)
        {
            return;
        }

        if (open[^1].Name == name || (name == "ruby" && open[^1].Name == "rt"))
        {
            if (open[^1].Name == "rt")
            {
                current().Append(")");
                open.RemoveAt(open.Count - 1);
                if (name == "ruby" && open.Count > 0)
                {
                    open.RemoveAt(open.Count - 1);
                }

                return;
            }

            open.RemoveAt(open.Count - 1);
        }
    }

    /// <summary>
    /// The WebVTT cue text tokenizer: one token from <paramref name="position"/>, or null at the end. The spec's
    /// result and buffer are the caller's, emptied here, so a cue's tokens share two builders.
    /// </summary>
    private static Token? Next(string input, ref int position, StringBuilder result, StringBuilder buffer)
    {
        if (position >= input.Length)
        {
            return null;
        }

        result.Clear();
        buffer.Clear();
        var state = 'd';
        while (true)
        {
            var atEnd = position >= input.Length;
            var c = atEnd ? '\0' : input[position];
            switch (state)
            {
                case 'd': // data
                    if (atEnd)
                    {
                        return new Token(Kind.Text, result.ToString(), string.Empty);
                    }

                    if (c == '&')
                    {
                        position++;
                        result.Append(CharacterReferences.Consume(input, ref position) ?? "&");
                        continue;
                    }

                    if (c == '<')
                    {
                        if (result.Length > 0)
                        {
                            return new Token(Kind.Text, result.ToString(), string.Empty);
                        }

                        state = 't';
                        break;
                    }

                    result.Append(c);
                    break;
                case 't': // tag
                    if (atEnd)
                    {
                        return new Token(Kind.Start, string.Empty, string.Empty);
                    }

                    if (c is '\t' or '\n' or '\f' or ' ')
                    {
                        state = 'a';
                    }
                    else if (c == '.')
                    {
                        state = 'c';
                    }
                    else if (c == '/')
                    {
                        state = 'e';
                    }
                    else if (char.IsAsciiDigit(c))
                    {
                        result.Append(c);
                        state = 'm';
                    }
                    else if (c == '>')
                    {
                        position++;
                        return new Token(Kind.Start, string.Empty, string.Empty);
                    }
                    else
                    {
                        result.Append(c);
                        state = 's';
                    }

                    break;
                case 's': // start tag
                    if (atEnd || c == '>')
                    {
                        position += atEnd ? 0 : 1;
                        return new Token(Kind.Start, result.ToString(), string.Empty);
                    }

                    if (c is '\t' or '\f' or ' ')
                    {
                        state = 'a';
                    }
                    else if (c == '\n')
                    {
                        buffer.Append(c);
                        state = 'a';
                    }
                    else if (c == '.')
                    {
                        state = 'c';
                    }
                    else
                    {
                        result.Append(c);
                    }

                    break;
                case 'c': // start tag class: classes are styling and dropped
                    if (atEnd || c == '>')
                    {
                        position += atEnd ? 0 : 1;
                        return new Token(Kind.Start, result.ToString(), string.Empty);
                    }

                    if (c is '\t' or '\f' or ' ')
                    {
                        state = 'a';
                    }
                    else if (c == '\n')
                    {
                        buffer.Append(c);
                        state = 'a';
                    }

                    break;
                case 'a': // start tag annotation
                    if (atEnd || c == '>')
                    {
                        position += atEnd ? 0 : 1;
                        var annotation = string.Join(' ', buffer.ToString().Split(['\t', '\n', '\f', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
                        return new Token(Kind.Start, result.ToString(), annotation);
                    }

                    if (c == '&')
                    {
                        position++;
                        buffer.Append(CharacterReferences.Consume(input, ref position, '>') ?? "&");
                        continue;
                    }

                    buffer.Append(c);
                    break;
                case 'e': // end tag
                    if (atEnd || c == '>')
                    {
                        position += atEnd ? 0 : 1;
                        return new Token(Kind.End, result.ToString(), string.Empty);
                    }

                    result.Append(c);
                    break;
                default: // timestamp tag
                    if (atEnd || c == '>')
                    {
                        position += atEnd ? 0 : 1;
                        return new Token(Kind.Timestamp, result.ToString(), string.Empty);
                    }

                    result.Append(c);
                    break;
            }

            position++;
        }
    }

    private sealed class PieceBuilder(string? voice)
    {
        public string? Voice { get; set; } = voice;

        private readonly StringBuilder text = new();

        public List<(int Offset, double Time)> Marks { get; } = [];

        /// <summary>Whether the piece has a character that is not white space (kept as text is added, not searched).</summary>
        public bool HasText { get; private set; }

        public int Length => text.Length;

        public void Append(string value)
        {
            text.Append(value);
            HasText = HasText || !value.AsSpan().IsWhiteSpace();
        }

        public VoicedText Build(double cueStart, double cueEnd)
        {
            var text = this.text.ToString();
            // Spans between inline timestamps: the text before the first one starts with the cue.
            var spans = new List<(int Start, int End, double Time, double? Until)>();
            if (Marks.Count > 0)
            {
                var bounds = new List<(int Offset, double Time)> { (0, cueStart) };
                bounds.AddRange(Marks);
                for (var i = 0; i < bounds.Count; i++)
                {
                    var end = i + 1 < bounds.Count ? bounds[i + 1].Offset : text.Length;
                    var until = i + 1 < bounds.Count ? bounds[i + 1].Time : cueEnd;
                    spans.Add((bounds[i].Offset, end, bounds[i].Time, until));
                }
            }

            var lines = new List<TimedLine>();
            var lineStart = 0;
            foreach (var raw in text.Split('\n'))
            {
                var lead = raw.Length - raw.TrimStart().Length;
                var trimmed = raw.Trim();
                var from = lineStart + lead;
                var to = from + trimmed.Length;
                if (trimmed.Length > 0)
                {
                    var words = new List<TimedSpan>();
                    foreach (var span in spans)
                    {
                        var s = Math.Max(span.Start, from);
                        var e = Math.Min(span.End, to);
                        while (s < e && char.IsWhiteSpace(text[s]))
                        {
                            s++;
                        }

                        while (e > s && char.IsWhiteSpace(text[e - 1]))
                        {
                            e--;
                        }

                        if (e > s)
                        {
                            words.Add(new TimedSpan(s - from, e - s, span.Time, span.Until));
                        }
                    }

                    lines.Add(new TimedLine(trimmed, words));
                }

                lineStart += raw.Length + 1;
            }

            return new VoicedText(Voice, lines);
        }
    }
}
