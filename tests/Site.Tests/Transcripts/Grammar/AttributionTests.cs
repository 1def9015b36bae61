using Site.Diagnostics;
using Site.Transcripts;

namespace Site.Tests.Transcripts.Grammar;

/// <summary>Who said what: names with particles, Q/A legends, emphasis around names, header hosts, unknown names.</summary>
public sealed class AttributionTests
{
    [Fact]
    public void A_guest_name_with_particles_is_kept_whole_and_gets_her_turns()
    {
        var text = "Title\n\nGuests:\n1. Ann Lee, host\n2. Maria Jose de la Cruz economist at the bank\n\nAnn Lee: Welcome.\nMaria Jose de la Cruz: Thank you.\nAnn Lee: Bye.\n";
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(text);
        Assert.Empty(diagnostics);
        Assert.Equal(["Ann Lee", "Maria Jose de la Cruz"], transcript.Speakers.Select(s => s.Name));
        Assert.Equal("economist at the bank", transcript.Speakers[1].Bio);
        Assert.Equal(["ann-lee", "maria-jose-de-la-cruz", "ann-lee"], transcript.AllTurns.Select(t => t.SpeakerSlug));
    }

    [Theory]
    [InlineData("Maria Jose de la Cruz: Thank you.")]
    [InlineData("Ludwig van Beethoven: Da-da-da-dum.")]
    [InlineData("王五：我补充一句。")]
    public void An_unknown_name_is_a_warning_with_file_and_line(string line)
    {
        var result = TranscriptParser.Parse("Title\n\nGuests:\n1. Ann Lee, host\n2. Bob Stone, guest\n\nAnn Lee: Welcome.\n" + line + "\nBob Stone: Hi.\n", "u.txt", "u");
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.UnknownSpeaker, "u.txt", 8), (warning.Code, warning.Path, warning.Line));
        Assert.Equal(["Welcome.", line], result.Transcript!.AllTurns.First().Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void An_unknown_name_on_a_line_of_its_own_is_a_warning()
    {
        var result = TranscriptParser.Parse("Title\n\nGuests:\n1. Ann Lee, host\n2. Bob Stone, guest\n\nAnn Lee: Welcome.\nCarl Jones:\nI have a long answer.\nBob Stone: Hi.\n", "u.txt", "u");
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.UnknownSpeaker, 8), (warning.Code, warning.Line));
    }

    [Fact]
    public void Q_and_A_without_a_legend_are_the_interviewer_and_the_interviewee()
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk("Title\n\nQ: Why?\nA: Because.\nQ: Really?\nA: Yes.\n");
        Assert.Empty(diagnostics);
        Assert.Equal([("Q", "Interviewer", true), ("A", "Interviewee", false)], transcript.Speakers.Select(s => (s.Name, s.Role, s.IsHost)));
    }

    [Theory]
    [InlineData("Q: Jane Smith (interviewer)\nA: Bob Lee (guest)")]
    [InlineData("Q = Jane Smith, A = Bob Lee")]
    [InlineData("Interviewer: Jane Smith\nInterviewee: Bob Lee")]
    public void A_legend_in_the_header_says_who_Q_and_A_are(string legend)
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk("Title\n\n" + legend + "\n\nQ: Why?\nA: Because.\nQ: Really?\nA: Yes.\n");
        Assert.Empty(diagnostics);
        Assert.Equal(["Jane Smith", "Bob Lee"], transcript.Speakers.Select(s => s.Name));
        Assert.Equal(["jane-smith", "bob-lee", "jane-smith", "bob-lee"], transcript.AllTurns.Select(t => t.SpeakerSlug));
        Assert.True(transcript.Speakers[0].IsHost);
        Assert.Empty(transcript.Lede);
    }

    [Fact]
    public void Front_matter_aliases_say_who_Q_and_A_are()
    {
        var text = "---\nspeakers:\n  - name: Jane Smith\n    aliases: [Q]\n  - name: Bob Lee\n    aliases: [A]\n---\nQ: Why?\nA: Because.\n";
        var (transcript, _) = TranscriptFiles.ParseOk(text);
        Assert.Equal(["jane-smith", "bob-lee"], transcript.AllTurns.Select(t => t.SpeakerSlug));
    }

    [Theory]
    [InlineData("**Jane Doe:** hi", "**Bob Lee:** ok")]
    [InlineData("**Jane Doe**: hi", "**Bob Lee**: ok")]
    [InlineData("__Jane Doe__: hi", "__Bob Lee__: ok")]
    [InlineData("*Jane Doe*: hi", "*Bob Lee*: ok")]
    public void Emphasis_around_a_name_is_not_part_of_it(string jane, string bob)
    {
        var (transcript, diagnostics) = TranscriptFiles.ParseOk($"Title\n\n{jane}\n{bob}\n{jane}\n{bob}\n");
        Assert.Empty(diagnostics);
        Assert.Equal(["Jane Doe", "Bob Lee"], transcript.Speakers.Select(s => s.Name));
        Assert.Equal(["hi", "ok", "hi", "ok"], transcript.AllTurns.Select(t => t.Paragraphs[0].Text));
    }

    [Fact]
    public void A_role_line_with_a_bio_in_the_header_declares_the_host()
    {
        var text = "对话实录\n主持人：张薇（本刊记者）\n\n01 开场\n\n张薇：欢迎。\n李明：谢谢。\n张薇：开始吧。\n李明：好。\n";
        var (transcript, diagnostics) = TranscriptFiles.ParseOk(text);
        Assert.Empty(diagnostics);
        Assert.Equal("对话实录", transcript.Title);
        var host = transcript.Speakers.Single(s => s.IsHost);
        Assert.Equal(("张薇", "主持人", "本刊记者"), (host.Name, host.Role, host.Bio));
        var section = Assert.Single(transcript.Sections);
        Assert.Equal("开场", section.Title);
        Assert.Equal(["host", "li-ming", "host", "li-ming"], section.Turns.Select(t => t.SpeakerSlug));
        Assert.Empty(transcript.Lede);
    }

    [Fact]
    public void A_role_given_as_an_alias_is_shown_once()
    {
        var frontMatter = "---\nspeakers:\n  - name: 林晓\n    aliases: [主持人]\n    role: host\n  - name: 王强\n---\n主持人：欢迎。\n王强：谢谢。\n";
        var (declared, _) = TranscriptFiles.ParseOk(frontMatter);
        Assert.Equal("林晓", TranscriptText.DisplayName(declared.Speakers[0]));
        Assert.Equal(["host", "wang-qiang"], declared.AllTurns.Select(t => t.SpeakerSlug));

        var (discovered, _) = TranscriptFiles.ParseOk("标题\n林晓（主持人）：欢迎。\n王强：谢谢。\n林晓（主持人）：再见。\n王强：再见。\n");
        var host = discovered.Speakers[0];
        Assert.Equal(("林晓", "主持人", true), (TranscriptText.DisplayName(host), host.Role, host.IsHost));
    }
}
