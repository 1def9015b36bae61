using Site.Transcripts;

namespace Site.Tests.Transcripts.Grammar;

/// <summary>Speaker and transcript URLs in readable ASCII, whatever the script of the name.</summary>
public sealed class SlugTests
{
    [Fact]
    public void Names_in_other_scripts_are_transliterated()
    {
        var text = "Title\n\nGuests:\n1. 鲁为民 创始人\n2. José García, editor\n3. 欧阳修 学者\n4. Müller, engineer\n5. 😀\n6. 主持人(腾讯科技):纪振宇 作者\n\n鲁为民：一\nJosé García: two\n欧阳修：三\nMüller: four\n😀: five\n纪振宇：六\n";
        var (transcript, _) = TranscriptFiles.ParseOk(text);
        Assert.Equal(["lu-weimin", "jose-garcia", "ouyang-xiu", "muller", "speaker-5", "host"], transcript.Speakers.Select(s => s.Slug));
    }

    [Fact]
    public void Equal_transliterations_get_numbered_and_front_matter_slugs_win()
    {
        var text = "---\nspeakers:\n  - name: 张伟\n  - name: 章伟\n  - name: 鲁为民\n    slug: lu\n---\n张伟：一\n章伟：二\n鲁为民：三\n";
        var (transcript, _) = TranscriptFiles.ParseOk(text);
        Assert.Equal(["zhang-wei", "zhang-wei-2", "lu"], transcript.Speakers.Select(s => s.Slug));
    }

    [Theory]
    [InlineData("transcripts/访谈.txt", "fang-tan")]
    [InlineData("transcripts/Entrevista José.txt", "entrevista-jose")]
    [InlineData("transcripts/sora-panel.txt", "sora-panel")]
    [InlineData("transcripts/😀.txt", "t-")]
    public void Transcript_ids_are_transliterated_file_names(string path, string expected)
    {
        Assert.StartsWith(expected, ParseTranscript.TranscriptId(path), StringComparison.Ordinal);
        if (expected != "t-")
        {
            Assert.Equal(expected, ParseTranscript.TranscriptId(path));
        }
    }
}
