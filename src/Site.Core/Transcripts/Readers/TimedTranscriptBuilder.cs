using System.Text;
using Site.Diagnostics;

namespace Site.Transcripts.Readers;

/// <summary>
/// Turns the cues of any timed format into the transcript model, the same way for every format:
/// <list type="bullet">
/// <item>who speaks: the format's voice, else a leading <c>Name:</c> (see <see cref="CueSpeakers"/>), else the
/// previous cue's speaker (but <see cref="UnknownSpeaker"/>, reported, in a file that names every cue's speaker);
/// with no speaker information at all, one unnamed speaker called
/// <see cref="UnnamedSpeaker"/>. Film dialogue dashes (<c>- Yes.</c> / <c>- No.</c> in one cue, or one dash line a
/// cue) mark unknown speakers: they go to the unnamed speaker, each dash line a paragraph of its own (lines after it
/// go on with it until its sentence ends), so no name is invented;</item>
/// <item>consecutive cues of one speaker are one turn whose text flows as one paragraph: line breaks and cue
/// boundaries are wrapping (a space, or nothing between CJK characters); a paragraph grown long ends at a cue that
/// closes a sentence (<see cref="ParagraphLength"/>);</item>
/// <item>sections are the chapters (sidecar or chapters file), else one untitled section; a turn never crosses a
/// chapter start, a cue belongs to the chapter its start falls in;</item>
/// <item>times that go backwards or overlap are SITE310 warnings; every cue keeps its time as a span of its
/// paragraph (<see cref="Paragraph.Words"/>), finer where the format gives word times.</item>
/// </list>
/// </summary>
internal static class TimedTranscriptBuilder
{
    /// <summary>The name shown for the one speaker of a transcript that names nobody.</summary>
    public const string UnnamedSpeaker = "Speaker";

    /// <summary>
    /// The name shown for cues the file leaves unattributed where it names the speaker of every other cue (Zoom): a
    /// placeholder name, so this speaker is never taken for someone of another transcript.
    /// </summary>
    public const string UnknownSpeaker = "Unknown";

    // Cue times are written to the millisecond: closer than this is the same instant.
    private const double Epsilon = 0.0005;

    public static Transcript? Build(TimedSource source, TranscriptHeader header, List<Diagnostic> diagnostics)
    {
        if (source.Cues.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.NoTurns, source.Path, 1, 1, "no cues found: the file has no timed text to show"));
            return null;
        }

        CheckTimes(source, diagnostics);
        var labelled = CueLabels.Assign(source.Cues, header.Speakers);
        ReportUnattributed(labelled, source.Path, diagnostics);
        var (speakers, slugs) = ResolveSpeakers(labelled, header.Speakers, source.Path, diagnostics);
        var chapters = header.Chapters.OrderBy(chapter => chapter.Start).ToList();
        var turnsBySection = AssembleTurns(labelled, slugs, chapters, PausesAsSpaces(labelled));
        var sections = BuildSections(turnsBySection, chapters, header.Title ?? source.Title, source.Path, diagnostics);
        return new Transcript(
            source.Id,
            source.Path,
            header.Title ?? source.Title ?? source.Id,
            header.Date,
            header.Source,
            null,
            [],
            speakers,
            [],
            sections)
        {
            Media = header.Media,
            Language = header.Language ?? source.Language,
        };
    }

    private static void CheckTimes(TimedSource source, List<Diagnostic> diagnostics)
    {
        // Crosstalk in a meeting's captions overlaps dozens of times: the first overlap is reported, with how many more.
        Diagnostic? firstOverlap = null;
        var overlaps = 0;
        TimedCue? previous = null;
        foreach (var cue in source.Cues)
        {
            if (cue.End < cue.Start - Epsilon)
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.TimesOutOfOrder, source.Path, cue.Line, cue.Column, $"the cue ends ({Clock(cue.End)}) before it starts ({Clock(cue.Start)})"));
            }

            // Cues split from one source cue (two voices) share its times and its place; segments with the very
            // same times as the one before are lines of one caption (Podnews' JSON writes each line as a segment).
            if (previous is not null && (previous.Line, previous.Column) != (cue.Line, cue.Column) &&
                !(Math.Abs(previous.Start - cue.Start) < Epsilon && Math.Abs(previous.End - cue.End) < Epsilon))
            {
                if (cue.Start < previous.Start - Epsilon)
                {
                    diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.TimesOutOfOrder, source.Path, cue.Line, cue.Column, $"the cue starts at {Clock(cue.Start)}, before the previous cue ({Clock(previous.Start)}); times go backwards"));
                }
                else if (cue.Start < previous.End - Epsilon && !(cue.InRegion && previous.InRegion))
                {
                    overlaps++;
                    firstOverlap ??= Diagnostic.Warning(DiagnosticCodes.TimesOutOfOrder, source.Path, cue.Line, cue.Column, $"the cue starts at {Clock(cue.Start)}, before the previous cue ends ({Clock(previous.End)}); the two overlap");
                }
            }

            previous = cue;
        }

        if (firstOverlap is not null)
        {
            diagnostics.Add(overlaps == 1 ? firstOverlap : firstOverlap with { Message = $"{firstOverlap.Message} ({(overlaps == 2 ? "1 more cue overlaps the one before it" : $"{overlaps - 1} more cues overlap the one before them")})" });
        }
    }

    private static void ReportUnattributed(IReadOnlyList<LabelledCue> cues, string path, List<Diagnostic> diagnostics)
    {
        // A stretch of unattributed cues is one turn (a marker starts another): counted as the reader sees them.
        var starts = cues.Where((cue, i) => cue.Unattributed && (cue.Marked || i == 0 || !cues[i - 1].Unattributed)).ToList();
        if (starts.Count == 0)
        {
            return;
        }

        var first = starts[0].Cue;
        if (cues.Any(cue => cue.Marked))
        {
            var count = starts.Count == 1 ? "a turn has" : $"{starts.Count} turns have";
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnknownSpeaker, path, first.Line, first.Column,
                $"{count} no named speaker (the first here): the file marks a change of speaker with '>>' without saying who speaks; they are shown as '{UnknownSpeaker}', not given to the speaker before them"));
            return;
        }

        var unattributed = cues.Count(cue => cue.Unattributed);
        var cueCount = unattributed == 1 ? "a cue names" : $"{unattributed} cues name";
        diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnknownSpeaker, path, first.Line, first.Column,
            $"{cueCount} no speaker (the first here), though the file names the speaker of every other cue; they are shown as '{UnknownSpeaker}', not given to the speaker before them"));
    }

    private static (IReadOnlyList<Speaker> Speakers, Dictionary<string, string> Slugs) ResolveSpeakers(
        IReadOnlyList<LabelledCue> cues, IReadOnlyList<SpeakerEntry> declared, string path, List<Diagnostic> diagnostics)
    {
        var directory = SpeakerDirectory.Build(declared, path, []);
        var entries = declared.ToList();
        var entryOfLabel = new Dictionary<string, int>(StringComparer.Ordinal);
        var idVoices = new List<(string Id, LabelledCue Cue)>();
        foreach (var cue in cues)
        {
            var label = cue.Label ?? UnnamedSpeaker;
            if (entryOfLabel.ContainsKey(label))
            {
                continue;
            }

            var lookup = cue.Label is null ? new SpeakerLookup(null, []) : directory.Resolve(label);
            if (lookup.Speaker is { } speaker)
            {
                entryOfLabel[label] = directory.Speakers.ToList().IndexOf(speaker);
                continue;
            }

            if (lookup.IsAmbiguous)
            {
                var names = string.Join(", ", lookup.Candidates.Select(candidate => $"'{candidate.Name}'"));
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnresolvedSpeaker, path, cue.Cue.Line, cue.Cue.Column, $"'{label}' could be any of {names}; give each speaker a distinct alias in the sidecar"));
            }

            entryOfLabel[label] = entries.Count;
            if (IsVoiceId(label))
            {
                idVoices.Add((label, cue));
                entries.Add(new SpeakerEntry($"{UnnamedSpeaker} {idVoices.Count}", [], null, string.Empty, null, cue.Cue.Line, cue.Cue.Column));
                continue;
            }

            entries.Add(new SpeakerEntry(label, [], null, string.Empty, null, cue.Cue.Line, cue.Cue.Column));
        }

        if (idVoices.Count > 0)
        {
            var (id, first) = idVoices[0];
            var shown = idVoices.Count == 1 ? $"'{UnnamedSpeaker} 1'" : $"'{UnnamedSpeaker} 1' to '{UnnamedSpeaker} {idVoices.Count}'";
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnknownSpeaker, path, first.Cue.Line, first.Cue.Column,
                $"the voices are ids, not names (the first here, '{id}'): they are shown as {shown}; name each in the sidecar, 'speakers: [{{name: Jane Doe, aliases: [\"{id}\"]}}]'"));
        }

        var built = SpeakerDirectory.Build(entries, path, diagnostics);
        var slugs = entryOfLabel.ToDictionary(pair => pair.Key, pair => built.Speakers[pair.Value].Slug, StringComparer.Ordinal);
        return (built.Speakers, slugs);
    }

    /// <summary>
    /// Chinese subtitles commonly write no commas or full stops: a pause is a space inside a line, and the end of a
    /// cue is the end of a phrase. Where a file's CJK text has almost none (under 1 in 100 characters; prose has 1 in 10
    /// or more), its cues and lines are joined with a space, not run together, and a cue ends a sentence.
    /// </summary>
    private static bool PausesAsSpaces(IReadOnlyList<LabelledCue> cues)
    {
        var (cjk, stops) = (0, 0);
        foreach (var cue in cues)
        {
            foreach (var line in cue.Lines)
            {
                foreach (var c in line.Text)
                {
                    cjk += TextRules.IsCjk(c) ? 1 : 0;
                    stops += c is '，' or '。' or '、' or '；' or '：' or '．' or '｡' or '､' ? 1 : 0;
                }
            }
        }

        return cjk >= 50 && stops * 100 < cjk;
    }

    private static List<List<Turn>> AssembleTurns(IReadOnlyList<LabelledCue> cues, Dictionary<string, string> slugs, List<Chapter> chapters, bool pausesAsSpaces)
    {
        var sections = Enumerable.Range(0, Math.Max(chapters.Count, 1)).Select(_ => new List<TurnBuilder>()).ToList();
        TurnBuilder? turn = null;
        var turnSection = -1;
        foreach (var cue in cues)
        {
            var slug = slugs[cue.Label ?? UnnamedSpeaker];
            var section = ChapterOf(cue.Cue.Start, chapters);
            // A marker without a name is someone new, even after another unknown speaker.
            if (turn is null || turn.SpeakerSlug != slug || turnSection != section || (cue.Marked && cue.Unattributed))
            {
                turn = new TurnBuilder(slug, cue.Cue, pausesAsSpaces);
                turnSection = section;
                sections[section].Add(turn);
            }

            turn.Add(cue);
        }

        var result = new List<List<Turn>>();
        for (var s = 0; s < sections.Count; s++)
        {
            result.Add(sections[s].Select((builder, index) => builder.Build(TurnIds.Of(s + 1, index + 1))).Where(built => built.Paragraphs.Count > 0).ToList());
        }

        return result;
    }

    private static int ChapterOf(double start, List<Chapter> chapters)
    {
        var index = 0;
        for (var i = 0; i < chapters.Count; i++)
        {
            if (chapters[i].Start <= start + Epsilon)
            {
                index = i;
            }
        }

        return index;
    }

    private static List<Section> BuildSections(List<List<Turn>> turnsBySection, List<Chapter> chapters, string? title, string path, List<Diagnostic> diagnostics)
    {
        if (chapters.Count == 0)
        {
            var turns = turnsBySection[0];
            return [new Section(1, string.Empty, "s01", turns.Count > 0 ? turns[0].Line : 1, turns) { Start = turns.Count > 0 ? turns[0].Start : 0 }];
        }

        var sections = new List<Section>();
        for (var i = 0; i < chapters.Count; i++)
        {
            var turns = turnsBySection[i];
            if (turns.Count == 0)
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.InvalidChapters, path, chapters[i].Line, chapters[i].Column, $"chapter '{chapters[i].Title}' at {Clock(chapters[i].Start)} has no cues; it gets no section"));
                continue;
            }

            // Turn ids follow the section's number, which skips chapters without turns.
            var number = sections.Count + 1;
            var renumbered = turns.Select((turn, index) => turn with { Id = TurnIds.Of(number, index + 1) }).ToArray();
            sections.Add(new Section(number, chapters[i].Title, $"s{number:00}", renumbered[0].Line, renumbered) { Start = chapters[i].Start });
        }

        return sections;
    }

    private sealed class TurnBuilder(string speakerSlug, TimedCue first, bool pausesAsSpaces)
    {
        private readonly List<Paragraph> _paragraphs = [];
        private StringBuilder? _text;
        private List<TimedSpan>? _spans;
        private int _line;
        private bool _openIsDialogue;
        private double _end = first.End;

        public string SpeakerSlug { get; } = speakerSlug;

        public void Add(LabelledCue cue)
        {
            _end = Math.Max(_end, cue.Cue.End);
            foreach (var part in cue.DialogueParts ?? [cue.Lines])
            {
                if (part.Count > 0 && CueSpeakers.IsDialogueLine(part[0].Text))
                {
                    // Each dash is someone speaking up: a paragraph of its own, in this cue or the next.
                    Close();
                    Append(part, cue.Cue);
                    _openIsDialogue = true;
                    continue;
                }

                // Lines without a dash after a dash line go on with its sentence if it has not ended ("- I'm sorry
                // it didn't go well today," / "and there's like four things"); after a finished one, who speaks is
                // not known, so they are a paragraph of their own.
                if (_openIsDialogue && part.Count > 0 && (pausesAsSpaces || ParagraphLength.EndsSentence(_text)) && !ContinuesSentence(part[0].Text))
                {
                    Close();
                }
                else if (ParagraphLength.EndsBeforeNext(_text, pausesAsSpaces))
                {
                    Close();
                }

                Append(part, cue.Cue);
            }
        }

        /// <summary>Subtitles write a sentence carried over into the next cue with a leading ellipsis.</summary>
        private static bool ContinuesSentence(string line) => line.StartsWith("...", StringComparison.Ordinal) || line.StartsWith('…');

        private void Append(IReadOnlyList<TimedLine> lines, TimedCue cue)
        {
            if (lines.Count == 0)
            {
                return;
            }

            if (_text is null)
            {
                _text = new StringBuilder();
                _spans = [];
                _line = cue.Line;
            }

            var cueStart = -1;
            var hasWords = false;
            foreach (var line in lines)
            {
                if (line.Text.Length == 0)
                {
                    continue;
                }

                int offset;
                if (pausesAsSpaces && _text.Length > 0)
                {
                    offset = _text.Append(' ').Length;
                    _text.Append(line.Text);
                }
                else
                {
                    offset = TextRules.AppendWrapped(_text, line.Text);
                }

                cueStart = cueStart < 0 ? offset : cueStart;
                foreach (var word in line.Words)
                {
                    _spans!.Add(word with { Offset = word.Offset + offset });
                    hasWords = true;
                }
            }

            if (!hasWords && cueStart >= 0)
            {
                _spans!.Add(new TimedSpan(cueStart, _text.Length - cueStart, cue.Start, cue.End));
            }
        }

        private void Close()
        {
            if (_text is { Length: > 0 })
            {
                _paragraphs.Add(new Paragraph(_text.ToString(), _line) { Words = _spans!.ToArray() });
            }

            _text = null;
            _spans = null;
            _openIsDialogue = false;
        }

        public Turn Build(string id)
        {
            Close();
            return new Turn(id, SpeakerSlug, first.Line, _paragraphs.ToArray()) { Start = first.Start, End = _end };
        }
    }

    /// <summary>
    /// A voice that is an account's id, not a name: Microsoft Teams writes <c>&lt;v 68f0e9b4-…@72f988bf-…&gt;</c>, a
    /// user's GUID and the tenant's, when it has no display name to give.
    /// </summary>
    private static bool IsVoiceId(string label)
    {
        foreach (var part in label.AsSpan().Split('@'))
        {
            if (!Guid.TryParseExact(label.AsSpan()[part], "D", out _))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A time in a message, as a WebVTT timestamp (hours of any size, to the millisecond).</summary>
    private static string Clock(double seconds) => TranscriptTimes.Stamp(seconds, '.');
}
