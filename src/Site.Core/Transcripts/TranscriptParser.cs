using Site.Diagnostics;

namespace Site.Transcripts;

/// <summary>The result of parsing one transcript: the model (null when nothing usable was found) and diagnostics.</summary>
public sealed record TranscriptParseResult(Transcript? Transcript, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// Parses the documented transcript format (see README.md, "Transcript format"). The steps, each in its own file:
/// front matter (<see cref="TranscriptFrontMatter"/>), scrape noise and drop patterns (<see cref="NoiseFilter"/>,
/// <see cref="DropPatterns"/>), the closing credit (<see cref="CreditRule"/>), guest and highlights blocks
/// (<see cref="BlockReader"/>, <see cref="GuestEntryParser"/>), speakers (<see cref="SpeakerDirectory"/>,
/// <see cref="SpeakerDiscovery"/>), the title, then sections and turns (<see cref="TurnAssembler"/>).
/// </summary>
public static class TranscriptParser
{
    public static TranscriptParseResult Parse(string text, string sourcePath, string id)
    {
        var diagnostics = new List<Diagnostic>();
        try
        {
            var transcript = ParseCore(text, sourcePath, id, diagnostics);
            return new TranscriptParseResult(transcript, diagnostics);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A bug in a rule must not stop the build: the file is reported and the other pages still get built.
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.NoTurns, sourcePath, 1, 1, $"the transcript could not be parsed ({exception.GetType().Name}: {exception.Message})"));
            return new TranscriptParseResult(null, diagnostics);
        }
    }

    private static Transcript? ParseCore(string text, string path, string id, List<Diagnostic> diagnostics)
    {
        var removed = new RemovedControlCharacters();
        var (header, body, bodyLine) = TranscriptFrontMatter.Read(SourceLines.Normalize(text, removed), path, diagnostics);
        header = ControlCharacters.Clean(header, removed);
        removed.Report(path, diagnostics);
        var filter = LineFilter.Read(SourceLines.Split(body, bodyLine), header.Drop, path, diagnostics);
        var lines = filter.Lines(speakers: null);
        ExportFooter.RemoveTrailing(lines);
        var credit = CreditRule.TakeTrailing(lines);
        var (blocks, skip) = FindBlocks(lines);

        // Front matter wins; else the guest block and the header's "主持人：Name（bio）" / "Q = Name" lines.
        var headerDeclared = header.Speakers.Count > 0 ? [] : HeaderDeclarations.Take(lines, skip);
        var declared = header.Speakers.Count > 0
            ? header.Speakers
            : blocks.Where(block => block.Kind == BlockKind.Guests).SelectMany(block => block.Entries).Select(GuestEntryParser.Parse).OfType<SpeakerEntry>().ToList();
        var titleCandidate = TitleRule.Candidate(lines, skip, header.Title);
        if (declared.Count == 0)
        {
            // The first line counts once: "Ann: hi" may be the first turn, but the title repeated as image captions
            // must not make the title's "Topic:" look like a recurring speaker.
            var titleKey = titleCandidate is null ? null : TextRules.Key(titleCandidate.Value.Line.Text);
            declared = SpeakerDiscovery.Discover(lines.Where((line, index) => !skip[index] && (index == titleCandidate?.Index || TextRules.Key(line.Text) != titleKey)));
        }

        declared = HeaderDeclarations.Merge(declared, headerDeclared);

        // A caption copy (YouTube's "Show transcript") names nobody: one unnamed speaker says it all, as in a caption
        // file, and its first caption is no title.
        var captions = declared.Count == 0 ? CaptionLayout.Detect(lines, skip) : null;
        if (captions is not null)
        {
            declared = [UnnamedSpeaker];
            titleCandidate = NoCaption(titleCandidate);
        }

        var speakers = SpeakerDirectory.Build(declared, path, diagnostics);

        // Speakers are known only now: what they say and the filters set aside comes back (see LineFilter).
        var kept = filter.Lines(speakers);
        ExportFooter.RemoveTrailing(kept);
        var keptCredit = CreditRule.TakeTrailing(kept, speakers);
        if (keptCredit.Count != credit.Count || !kept.SequenceEqual(lines))
        {
            (lines, credit) = (kept, keptCredit);
            (blocks, skip) = FindBlocks(lines);
            if (header.Speakers.Count == 0)
            {
                HeaderDeclarations.Take(lines, skip); // marks the declaration lines again, as above
            }

            titleCandidate = TitleRule.Candidate(lines, skip, header.Title);
            titleCandidate = captions is null ? titleCandidate : NoCaption(titleCandidate);
        }

        filter.Report(speakers, path, diagnostics);
        var untitled = (bool[])skip.Clone();
        var title = TitleRule.Apply(lines, skip, header.Title, titleCandidate, speakers) ?? id;

        var labelled = new List<Diagnostic>();
        var assembled = new TurnAssembler(lines, skip, speakers, path, labelled, captions).Assemble();
        var layout = HasTurns(assembled) || speakers.Speakers.Count > 1 ? null : CaptionLayout.Detect(lines, untitled) ?? CaptionLayout.Prose;
        var unlabelledTitle = layout is null ? null : layout.EveryLine ? ProseTitle(titleCandidate, lines) : NoCaption(titleCandidate);
        if (layout is not null && lines.Where((_, index) => !untitled[index] && index != unlabelledTitle?.Index).Any())
        {
            // No line names who speaks: the text is one speaker's, the only one declared, else an unnamed one (flagged).
            var unnamed = speakers.Speakers.Count == 0;
            speakers = unnamed ? SpeakerDirectory.Build([UnnamedSpeaker], path, diagnostics) : speakers;
            skip = untitled;
            title = TitleRule.Apply(lines, skip, header.Title, unlabelledTitle, speakers) ?? id;
            labelled.Clear();
            assembled = new TurnAssembler(lines, skip, speakers, path, labelled, layout).Assemble();
            if (unnamed && HasTurns(assembled))
            {
                var first = assembled.Sections.SelectMany(section => section.Turns).First();
                labelled.Add(Diagnostic.Warning(DiagnosticCodes.NoSpeakerNamed, path, first.Line, 1, $"no line names who speaks: the text is shown as one speaker's, '{Readers.TimedTranscriptBuilder.UnnamedSpeaker}'; start each turn with 'Name: ', or name the one speaker in front matter ('speakers:')"));
            }
        }

        diagnostics.AddRange(labelled);
        assembled = ClockTimes.FromFirst(assembled);
        if (!HasTurns(assembled))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.NoTurns, path, 1, 1, "no turns found: a turn is a paragraph starting with a speaker's name and a colon ('Name: ...'); list the speakers in a guest block or front matter"));
            return null;
        }

        var highlights = blocks
            .Where(block => block.Kind == BlockKind.Highlights)
            .SelectMany(block => block.Entries)
            .Select(entry => new Paragraph(entry.FullText, entry.Line))
            .ToList();
        var transcript = new Transcript(
            id,
            path,
            title,
            header.Date ?? (title == titleCandidate?.Title && titleCandidate?.Index == 1 ? TitleRule.LeadingDate(lines) : null),
            header.Source,
            credit.Count == 0 ? null : string.Join('\n', credit.Select(line => line.Text)),
            assembled.Lede,
            speakers.Speakers,
            highlights,
            assembled.Sections) { Media = header.Media, Language = header.Language };
        return transcript with { HighlightPins = Highlights.CheckHighlightPins.Check(header.HighlightPins, transcript, diagnostics) };
    }

    private static readonly SpeakerEntry UnnamedSpeaker = new(Readers.TimedTranscriptBuilder.UnnamedSpeaker, [], null, string.Empty, null, 1, 1);

    private static bool HasTurns(AssembledBody body) => body.Sections.Any(section => section.Turns.Count > 0);

    /// <summary>
    /// In text that names nobody, the first line is a title only as a line of its own, a blank line below it, or as the
    /// only line when it is shaped as a title: Whisper writes a whole recording as one line.
    /// </summary>
    private static TitleCandidate? ProseTitle(TitleCandidate? candidate, List<SourceLine> lines) =>
        candidate is { } c && (c.Line.Text.StartsWith('#') ||
            (c.Index + 1 < lines.Count ? lines[c.Index + 1].Number > c.Line.Number + 1 : HeadingRule.IsTitle(c.Line.Text)))
            ? candidate
            : null;

    private static TitleCandidate? NoCaption(TitleCandidate? candidate) =>
        candidate is { } c && CaptionLayout.Read(c.Line.Text) is not null ? null : candidate;

    /// <summary>The guest and highlights blocks, and which lines they cover.</summary>
    private static (List<Block> Blocks, bool[] Skip) FindBlocks(List<SourceLine> lines)
    {
        var blocks = BlockReader.FindAll(lines);
        var skip = new bool[lines.Count];
        foreach (var block in blocks)
        {
            Array.Fill(skip, true, block.Start, block.End - block.Start);
        }

        return (blocks, skip);
    }
}
