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

    [ThreadStatic]
    private static StringBuilder? Result;

    [ThreadStatic]
    private static StringBuilder? Buffer;

    [ThreadStatic]
    private static StringBuilder? Words;

    [ThreadStatic]
    private static string? LastAnnotation;

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

        // The tokenizer's result and buffer, one pair per thread kept from cue to cue: a builder made per cue
        // would grow again for every one.
        var result = Result ??= new StringBuilder(128);
        var buffer = Buffer ??= new StringBuilder(64);
        var tree = new Tree();
        var position = 0;
        while (Next(text, ref position, result, buffer) is { } token)
        {
            switch (token.Kind)
            {
                case Kind.Text:
                    tree.Current().Append(token.Value);
                    break;
                case Kind.Start when NodeTags.Contains(token.Value) && (token.Value != "rt" || (tree.Open.Count > 0 && tree.Open[^1].Name == "ruby")):
                    tree.Open.Add((token.Value, token.Annotation));
                    if (token.Value == "rt")
                    {
                        tree.Current().Append("(");
                    }

                    break;
                case Kind.End:
                    tree.Close(token.Value);
                    break;
                case Kind.Timestamp when WebVttTimestamp.ParseWhole(token.Value) is { } time:
                    var current = tree.Current();
                    current.Marks.Add((current.Length, time));
                    break;
            }
        }

        while (tree.Open.Count > 0)
        {
            tree.Close(tree.Open[^1].Name);
        }

        var voiced = new List<VoicedText>(tree.Pieces.Count);
        foreach (var piece in tree.Pieces)
        {
            if (piece.Build(cueStart, cueEnd) is { Lines.Count: > 0 } built)
            {
                voiced.Add(built);
            }
        }

        return voiced;
    }

    /// <summary>The spec's tree, flattened: the open nodes and the pieces of text by voice made so far.</summary>
    private sealed class Tree
    {
        private PieceBuilder? piece;

        public List<PieceBuilder> Pieces { get; } = [];

        public List<(string Name, string Annotation)> Open { get; } = [];

        public PieceBuilder Current()
        {
            var voice = CurrentVoice();
            if (piece is null || (piece.Voice != voice && piece.HasText))
            {
                piece = new PieceBuilder(voice);
                Pieces.Add(piece);
            }

            piece.Voice = voice;
            return piece;
        }

        public void Close(string name)
        {
            if (Open.Count == 0)
            {
                return;
            }

            if (Open[^1].Name == name || (name == "ruby" && Open[^1].Name == "rt"))
            {
                if (Open[^1].Name == "rt")
                {
                    Current().Append(")");
                    Open.RemoveAt(Open.Count - 1);
                    if (name == "ruby" && Open.Count > 0)
                    {
                        Open.RemoveAt(Open.Count - 1);
                    }

                    return;
                }

                Open.RemoveAt(Open.Count - 1);
            }
        }

        private string? CurrentVoice()
        {
            for (var i = Open.Count - 1; i >= 0; i--)
            {
                if (Open[i].Name == "v")
                {
                    return Open[i].Annotation.Length > 0 ? Open[i].Annotation : null;
                }
            }

            return null;
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

                    // Every character up to the next '&' or '<' stays in the data state and is appended as it is:
                    // the run is appended at once instead of character by character.
                    var run = input.AsSpan(position).IndexOfAny('&', '<');
                    run = run < 0 ? input.Length - position : run;
                    result.Append(input, position, run);
                    position += run;
                    continue;
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
                        return new Token(Kind.Start, TagName(result), string.Empty);
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
                        return new Token(Kind.Start, TagName(result), string.Empty);
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
                        return new Token(Kind.Start, TagName(result), Annotation(buffer));
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
                        return new Token(Kind.End, TagName(result), string.Empty);
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

    /// <summary>A tag name; the names that make nodes are the same strings every time, not a copy per tag.</summary>
    private static string TagName(StringBuilder name)
    {
        foreach (var known in NodeTags)
        {
            if (name.Equals(known))
            {
                return known;
            }
        }

        return name.ToString();
    }

    /// <summary>A start tag's annotation, its runs of blanks (tab, line feed, form feed, return, space) as one space.</summary>
    private static string Annotation(StringBuilder buffer)
    {
        var words = Words ??= new StringBuilder(64);
        words.Clear();
        var blank = false;
        foreach (var chunk in buffer.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (c is '\t' or '\n' or '\f' or '\r' or ' ')
                {
                    blank = words.Length > 0;
                    continue;
                }

                if (blank)
                {
                    words.Append(' ');
                    blank = false;
                }

                words.Append(c);
            }
        }

        // A speaker's cues follow one another: the voice of the cue before is the same string, not a new one.
        if (LastAnnotation is { } last && words.Equals(last))
        {
            return last;
        }

        return LastAnnotation = words.ToString();
    }

    private sealed class PieceBuilder(string? voice)
    {
        public string? Voice { get; set; } = voice;

        // A piece is mostly one text token: it is kept as that string until a second one comes.
        private string first = string.Empty;
        private StringBuilder? more;
        private List<(int Offset, double Time)>? marks;

        public List<(int Offset, double Time)> Marks => marks ??= [];

        public int MarkCount => marks?.Count ?? 0;

        /// <summary>Whether the piece has a character that is not white space (kept as text is added, not searched).</summary>
        public bool HasText { get; private set; }

        public int Length => more?.Length ?? first.Length;

        public void Append(string value)
        {
            if (more is null && first.Length == 0)
            {
                first = value;
            }
            else
            {
                (more ??= new StringBuilder(first)).Append(value);
            }

            HasText = HasText || !value.AsSpan().IsWhiteSpace();
        }

        public VoicedText Build(double cueStart, double cueEnd)
        {
            var text = more?.ToString() ?? first;
            // Spans between inline timestamps: the text before the first one starts with the cue.
            var spans = new List<(int Start, int End, double Time, double? Until)>(MarkCount > 0 ? MarkCount + 1 : 0);
            if (MarkCount > 0)
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

            var lines = new List<TimedLine>(1);
            var lineStart = 0;
            foreach (var raw in text.Contains('\n') ? text.Split('\n') : [text])
            {
                var lead = raw.Length - raw.AsSpan().TrimStart().Length;
                var trimmed = raw.Trim();
                var from = lineStart + lead;
                var to = from + trimmed.Length;
                if (trimmed.Length > 0)
                {
                    List<TimedSpan>? words = null;
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
                            (words ??= []).Add(new TimedSpan(s - from, e - s, span.Time, span.Until));
                        }
                    }

                    // Most cues have no inline times: their lines share the empty list.
                    lines.Add(new TimedLine(trimmed, words ?? (IReadOnlyList<TimedSpan>)[]));
                }

                lineStart += raw.Length + 1;
            }

            return new VoicedText(Voice, lines);
        }
    }
}
