using Site.Diagnostics;

namespace Site.Transcripts;

/// <summary>What the body of a transcript is made of once blocks, title and noise are set aside.</summary>
internal sealed record AssembledBody(IReadOnlyList<Paragraph> Lede, IReadOnlyList<Section> Sections);

/// <summary>
/// Walks the body lines in order and builds sections and turns. Each non-empty line is one paragraph (scraped
/// transcripts put one paragraph per line; joining lines would need language-specific spacing and would merge
/// turns written without blank lines between them). For each line, in this order:
/// <list type="number">
/// <item>a section heading (<see cref="HeadingRule"/>) starts a section, so <c>Part 1: What changed?</c> is never a
/// speaker. A heading numbered with a bare number (<c>01 Title</c>, <c>一、Title</c>) must also continue the
/// numbering of the previous bare heading in the same style (the first one is 0 or 1) and be followed by a turn,
/// which keeps numbered lists inside turns as text. <c># Title</c> is a heading when it is a line of its own;
/// <c>Name: # text</c> keeps its <c>#</c> as text;</item>
/// <item>a known speaker's prefix starts a turn (an ambiguous one is SITE304 and stays text); a stamp with it
/// (<see cref="TurnPrefix"/>) is the turn's start;</item>
/// <item>a stamp without a speaker (<c>[00:12:30] text</c>, or <c>[00:12:30]</c> alone before the text) continues the
/// open turn: its paragraph keeps the time as one span over its text (<see cref="Paragraph.Words"/>), and a turn whose
/// label had no time starts at its first paragraph's;</item>
/// <item>anything else continues the open turn (a name-like <c>X:</c> prefix there is warned about, SITE302), or
/// before any turn goes to the lede (before the first section) or to the section's intro.</item>
/// </list>
/// In a caption copy (<see cref="CaptionLayout"/>, whose one speaker is the directory's only one) each caption is read
/// before any prefix: it opens that speaker's turn, and captions in a row flow as one paragraph, each keeping its time
/// as a span, as the timed readers join the cues of one speaker; a chapter title between them starts a section. Text
/// that names nobody (<see cref="CaptionLayout.Prose"/>) flows so line after line, a blank line ending a paragraph.
/// </summary>
internal sealed class TurnAssembler(IReadOnlyList<SourceLine> lines, IReadOnlyList<bool> skip, SpeakerDirectory speakers, string path, List<Diagnostic> diagnostics, CaptionLayout? captions = null)
{
    private readonly List<Paragraph> _lede = [];
    private readonly List<SectionBuilder> _sections = [];
    private TurnBuilder? _turn;
    private HeadingStyle? _bareStyle;
    private int _bareNumber = -1;
    private double? _pendingStart;
    private bool? _otterLayout;
    private System.Text.StringBuilder? _flow;
    private List<TimedSpan> _flowSpans = [];
    private int _flowLine;
    private int _flowLastLine;

    public AssembledBody Assemble()
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (skip[i])
            {
                continue;
            }

            var line = lines[i];
            var pending = _pendingStart;
            _pendingStart = null;
            if (HeadingRule.NameHeading(line.Text) is { } label && speakers.Resolve(label.Name).Speaker is not null &&
                StartsTurn(line, new PrefixSplit(label.Name, string.Empty) { IsLabel = true, Start = label.Start ?? pending }))
            {
                // "#### Zac" or "## [00:00:00] SPEAKER_00" over what that speaker said: a turn, not a section.
                continue;
            }

            if (AcceptHeading(i) is { } heading)
            {
                CloseTurn();
                _sections.Add(new SectionBuilder(heading.Title, line.Number));
                continue;
            }

            if (pending is not null && SpeakerDiscovery.RangeLabel(lines, i) is { } name && speakers.Resolve(name).Speaker is not null &&
                StartsTurn(line, new PrefixSplit(name, string.Empty) { IsLabel = true, Start = pending }))
            {
                // Teams: "0:0:5.320 --> 0:0:9.840", then the name, then what was said.
                continue;
            }

            if (captions is not null && Caption(i, line, pending))
            {
                continue;
            }

            if (DottedQaLabel.Split(line.Text) is { } qa && speakers.Resolve(qa.Prefix).Speaker is not null &&
                StartsTurn(line, qa with { Start = pending }))
            {
                continue;
            }

            if (Prefix(line) is { } split && StartsTurn(line, split with { Start = split.Start ?? pending }))
            {
                continue;
            }

            if (TimeStamp.Leading(line.Text) is { } stamped)
            {
                // "[00:12:30] text" or "[00:12:30]" alone: the current speaker goes on; the paragraph keeps its time.
                if (stamped.Text.Length > 0)
                {
                    AddText(new Paragraph(stamped.Text, line.Number) { Words = [new TimedSpan(0, stamped.Text.Length, stamped.Seconds, null)] });
                }
                else
                {
                    _pendingStart = stamped.Seconds;
                }

                continue;
            }

            AddText(pending is { } time
                ? new Paragraph(line.Text, line.Number) { Words = [new TimedSpan(0, line.Text.Length, time, null)] }
                : new Paragraph(line.Text, line.Number));
        }

        CloseTurn();
        var sections = _sections.Select((section, index) => section.Build(index + 1)).ToList();
        return new AssembledBody(_lede, sections);
    }

    /// <summary>
    /// Reads a line of a caption copy: a caption (stamped, or below a time alone) flows on in the speaker's turn, a
    /// line that is no caption goes on flowing where a caption is open, and a chapter title starts a section. False
    /// for any other line, read as text.
    /// </summary>
    private bool Caption(int index, SourceLine line, double? pending)
    {
        // Prose takes a stamp only as written apart ("[00:12:30] text", "0:05" alone): "10:30 was the time" is prose.
        if ((captions!.EveryLine ? Stamped(line.Text) : CaptionLayout.Read(line.Text)) is { } caption)
        {
            if (caption.Text.Length == 0)
            {
                _pendingStart = caption.Seconds;
            }
            else
            {
                Flow(line, caption.Text, caption.Seconds);
            }

            return true;
        }

        if (captions.EveryLine)
        {
            if (_flow is not null && line.Number > _flowLastLine + 1)
            {
                CloseFlow(); // a blank line between: a paragraph of the text ends
            }

            Flow(line, line.Text, pending);
            return true;
        }

        if (pending is not null || (_flow is not null && !IsChapter(index)))
        {
            Flow(line, line.Text, pending);
            return true;
        }

        if (!IsChapter(index))
        {
            return false;
        }

        CloseTurn();
        _sections.Add(new SectionBuilder(line.Text, line.Number));
        return true;
    }

    private static CaptionLine? Stamped(string line) => TimeStamp.Leading(line) is { } stamped ? new CaptionLine(stamped.Seconds, stamped.Text) : null;

    /// <summary>
    /// A chapter title, as YouTube writes a video's chapters between its captions: in a copy with one line of text to
    /// a time, a line that is no caption, shaped as a heading's title, right above a time.
    /// </summary>
    private bool IsChapter(int index)
    {
        if (captions is not { OneLinePerStamp: true } || !HeadingRule.IsTitle(lines[index].Text))
        {
            return false;
        }

        for (var j = index + 1; j < lines.Count; j++)
        {
            if (!skip[j])
            {
                return CaptionLayout.Read(lines[j].Text) is not null;
            }
        }

        return false;
    }

    /// <summary>Adds a caption (or, without a time, a line that goes on with one) to the paragraph flowing on.</summary>
    private void Flow(SourceLine line, string text, double? seconds)
    {
        if (_turn is null)
        {
            _turn = new TurnBuilder(speakers.Speakers[0].Slug, line.Number, seconds);
        }

        if (ParagraphLength.EndsBeforeNext(_flow))
        {
            CloseFlow();
        }

        if (_flow is null)
        {
            _flow = new System.Text.StringBuilder();
            _flowSpans = [];
            _flowLine = line.Number;
        }

        _flowLastLine = line.Number;
        var offset = TextRules.AppendWrapped(_flow, text);
        if (seconds is { } start)
        {
            _flowSpans.Add(new TimedSpan(offset, text.Length, start, null));
        }
    }

    private void CloseFlow()
    {
        if (_flow is { Length: > 0 } && _turn is not null)
        {
            _turn.Paragraphs.Add(new Paragraph(_flow.ToString(), _flowLine) { Words = _flowSpans.ToArray() });
        }

        _flow = null;
    }

    /// <summary>
    /// The line's speaker prefix. A name alone with Otter's two trailing spaces is one in an Otter export, or when it
    /// names a known speaker; elsewhere it may be a Markdown hard break after a short line, and text.
    /// </summary>
    private PrefixSplit? Prefix(SourceLine line)
    {
        if (TurnPrefix.Split(line.Text) is { } split)
        {
            return split;
        }

        if (!line.WideEnd || TurnPrefix.Split(line) is not { } bare)
        {
            return null;
        }

        // Elsewhere a full name or numbered voice alone ("Unknown Speaker  ") is still offered, to be warned about
        // (SITE302) rather than read silently as the open turn's words.
        _otterLayout ??= SpeakerDiscovery.IsOtterLayout(lines);
        return _otterLayout.Value || speakers.Resolve(bare.Prefix).Speaker is not null || TextRules.Words(bare.Prefix).Length > 1 ? bare : null;
    }

    private HeadingMatch? AcceptHeading(int index)
    {
        if (HeadingRule.Match(lines[index].Text) is not { } heading)
        {
            return null;
        }

        if (heading.Style == HeadingStyle.Keyword)
        {
            return heading;
        }

        var inSequence = _bareStyle is null ? heading.Number is 0 or 1 : _bareStyle == heading.Style && heading.Number == _bareNumber + 1;
        if (!inSequence || !NextLineIsTurn(index))
        {
            return null;
        }

        _bareStyle = heading.Style;
        _bareNumber = heading.Number;
        return heading;
    }

    private bool NextLineIsTurn(int index)
    {
        for (var j = index + 1; j < lines.Count; j++)
        {
            if (skip[j])
            {
                continue;
            }

            return Prefix(lines[j]) is { } split &&
                (speakers.Resolve(split.Prefix).Speaker is not null || (split.Rest.Length > 0 && TextRules.IsNameLike(split.Prefix)));
        }

        return false;
    }

    /// <summary>Opens a turn when the prefix names a speaker; reports ambiguous and unknown prefixes.</summary>
    private bool StartsTurn(SourceLine line, PrefixSplit split)
    {
        var lookup = speakers.Resolve(split.Prefix);
        if (lookup.Speaker is { } speaker)
        {
            CloseTurn();
            _turn = new TurnBuilder(speaker.Slug, line.Number, split.Start);
            if (split.Rest.Length > 0)
            {
                _turn.Paragraphs.Add(new Paragraph(split.Rest, line.Number));
            }

            return true;
        }

        if (lookup.IsAmbiguous)
        {
            var names = string.Join(", ", lookup.Candidates.Select(candidate => $"'{candidate.Name}'"));
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnresolvedSpeaker, path, line.Number, line.Column, $"'{split.Prefix}' could be any of {names}; give each speaker a distinct alias in the front matter"));
        }
        else if (LooksLikeTurn(split))
        {
            var where = _turn is not null ? "text of the current turn" : "text of the section";
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnknownSpeaker, path, line.Number, line.Column, $"'{split.Prefix}' is not a known speaker; the line is kept as {where} (list the speaker in the guest block or front matter if it is one)"));
        }

        return false;
    }

    /// <summary>
    /// A prefix that reads as a speaker once the conversation has begun (before it, <c>Note: ...</c> lines are the
    /// lede's): a label with a stamp or emphasis, a name-like <c>X: text</c> (<c>Maria Jose de la Cruz: ...</c>,
    /// <c>王五：...</c>), or a Latin full name or numbered voice alone on its line (<c>Carl Jones:</c>,
    /// <c>00:10:00 Speaker 3</c>; a short CJK word alone, such as <c>比如：</c>, introduces a list as often as a name does).
    /// </summary>
    private bool LooksLikeTurn(PrefixSplit split) =>
        (_turn is not null || _sections.Count > 0) &&
        (split.IsLabel ||
         (split.Rest.Length > 0 && TextRules.IsNameLike(split.Prefix)) ||
         (!TextRules.ContainsCjk(split.Prefix) && TextRules.Words(split.Prefix).Length > 1 && TurnPrefix.IsBareLabel(split.Prefix)));

    private void AddText(Paragraph paragraph)
    {
        CloseFlow();
        if (_turn is not null)
        {
            _turn.Paragraphs.Add(paragraph);
        }
        else if (_sections.Count == 0)
        {
            _lede.Add(paragraph);
        }
        else
        {
            _sections[^1].Intro.Add(paragraph);
        }
    }

    private void CloseTurn()
    {
        CloseFlow();
        if (_turn is null)
        {
            return;
        }

        // A bare "Name:" line followed by another speaker said nothing we can show.
        if (_turn.Paragraphs.Count > 0)
        {
            if (_sections.Count == 0)
            {
                // Turns before the first heading form a section with an empty title.
                _sections.Add(new SectionBuilder(string.Empty, _turn.Line));
            }

            _sections[^1].Turns.Add(_turn);
        }

        _turn = null;
    }

    private sealed class TurnBuilder(string speakerSlug, int line, double? start)
    {
        public double? Start { get; } = start;

        public string SpeakerSlug { get; } = speakerSlug;

        public int Line { get; } = line;

        public List<Paragraph> Paragraphs { get; } = [];
    }

    // Every transcript has an s01-t01: one string per id for the whole process, not one per transcript.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(int Section, int Turn), string> TurnIds = new();

    private static string TurnId(int section, int turn) => TurnIds.GetOrAdd((section, turn), key => $"s{key.Section:00}-t{key.Turn:00}");

    // A label line without a time ("**SPEAKER_00:**") followed by stamped lines starts at its first stamp.
    private static double? FirstTime(List<Paragraph> paragraphs) =>
        paragraphs.Count > 0 && paragraphs[0].Words.Count > 0 ? paragraphs[0].Words[0].Start : null;

    private sealed class SectionBuilder(string title, int line)
    {
        public List<TurnBuilder> Turns { get; } = [];

        public List<Paragraph> Intro { get; } = [];

        public Section Build(int number)
        {
            var slug = $"s{number:00}";
            // Arrays, not the lists they were gathered in: a site keeps every transcript through Process.
            var turns = Turns.Select((turn, index) => new Turn(TurnId(number, index + 1), turn.SpeakerSlug, turn.Line, turn.Paragraphs.ToArray()) { Start = turn.Start ?? FirstTime(turn.Paragraphs) }).ToArray();
            // A stamped transcript's section starts where its first timed turn does.
            var start = turns.FirstOrDefault(turn => turn.Start is not null)?.Start;
            return new Section(number, title, slug, line, turns) { Intro = Intro.Count == 0 ? [] : Intro.ToArray(), Start = start };
        }
    }
}
