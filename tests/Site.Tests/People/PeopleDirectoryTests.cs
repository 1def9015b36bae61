using Site.Diagnostics;
using Site.People;
using Site.Transcripts;

namespace Site.Tests.People;

/// <summary>How speakers of several transcripts become people: by name (case, width and spacing aside), alias and people.yml.</summary>
public sealed class PeopleDirectoryTests
{
    private static Transcript Transcript(string id, params Speaker[] speakers) =>
        new(id, $"transcripts/{id}.txt", id, null, null, null, [], speakers, [], []);

    private static Speaker Speaker(string name, string slug, params string[] aliases) => new(name, slug, aliases, null, string.Empty, false, 1);

    [Fact]
    public void Names_match_across_case_width_and_spacing_but_not_across_scripts()
    {
        var people = PeopleDirectory.Build(
            [
                Transcript("a", Speaker("Ann  Lee", "ann-lee"), Speaker("鲁为民", "lu-weimin")),
                Transcript("b", Speaker("ＡＮＮ lee", "ann-lee"), Speaker("Lu Weimin", "lu-weimin")),
            ],
            PeopleFile.Empty,
            new DiagnosticBag());

        Assert.Equal(["ann-lee", "lu-weimin", "lu-weimin-2"], people.People.Select(p => p.Slug));
        Assert.Equal("ann-lee", people.DataSpeaker("b", "ann-lee"));
        Assert.Equal("lu-weimin-2", people.DataSpeaker("b", "lu-weimin"));
    }

    [Fact]
    public void An_alias_that_is_another_speakers_name_is_the_same_person()
    {
        var people = PeopleDirectory.Build(
            [Transcript("a", Speaker("Ethan", "ethan")), Transcript("b", Speaker("Ethan Zhou", "ethan-zhou", "Ethan"))],
            PeopleFile.Empty,
            new DiagnosticBag());

        Assert.Equal("ethan", Assert.Single(people.People).Slug);
    }

    [Theory]
    [InlineData("Speaker 1", "speaker-1")]
    [InlineData("SPEAKER_00", "speaker-00")]
    [InlineData("spk_0", "spk-0")]
    [InlineData("Speaker A", "speaker-a")]
    [InlineData("Unknown Speaker", "unknown-speaker")]
    [InlineData("Unknown", "unknown")]
    [InlineData("Participant 2", "participant-2")]
    [InlineData("UNIDENTIFIED MALE", "unidentified-male")]
    [InlineData("Audience member", "audience-member")]
    [InlineData("发言人2", "fa-yan-ren-2")]
    public void Placeholder_names_are_never_matched_across_transcripts(string name, string slug)
    {
        var people = PeopleDirectory.Build(
            [Transcript("a", Speaker(name, slug)), Transcript("b", Speaker(name, slug))],
            PeopleFile.Empty,
            new DiagnosticBag());

        Assert.Equal([slug, slug + "-2"], people.People.Select(p => p.Slug));
    }

    [Theory]
    [InlineData("Speaker Pelosi")]
    [InlineData("Speakerman")]
    [InlineData("Voices Of Reason")]
    public void A_name_that_only_starts_like_a_placeholder_is_matched_as_a_name(string name)
    {
        var people = PeopleDirectory.Build(
            [Transcript("a", Speaker(name, "x")), Transcript("b", Speaker(name, "x"))],
            PeopleFile.Empty,
            new DiagnosticBag());

        Assert.Single(people.People);
    }

    [Fact]
    public void Two_people_of_one_name_are_split_by_person_ids()
    {
        var file = new PeopleFile(
            [
                new PersonEntry("zhang-wei-engineer", "张伟", [], "Engineer.", [], null, 1),
                new PersonEntry("zhang-wei-writer", "张伟", [], "Writer.", [], null, 4),
            ],
            "people.yml");
        var diagnostics = new DiagnosticBag();
        var people = PeopleDirectory.Build(
            [
                Transcript("a", Speaker("张伟", "zhang-wei") with { Person = "zhang-wei-engineer" }),
                Transcript("b", Speaker("张伟", "zhang-wei") with { Person = "zhang-wei-writer" }),
                Transcript("c", Speaker("张伟", "zhang-wei") with { Person = "zhang-wei-typo" }),
            ],
            file,
            diagnostics);

        Assert.Equal("zhang-wei-engineer", people.DataSpeaker("a", "zhang-wei"));
        Assert.Equal("zhang-wei-writer", people.DataSpeaker("b", "zhang-wei"));
        // The name both entries claim matches neither, and an unknown person id is reported.
        Assert.Equal("zhang-wei", people.DataSpeaker("c", "zhang-wei"));
        Assert.Equal(
            [(DiagnosticCodes.AmbiguousPersonName, "people.yml", 4), (DiagnosticCodes.UnknownPerson, "transcripts/c.txt", 1)],
            diagnostics.ToSortedList().Select(d => (d.Code, d.Path, d.Line)).OrderBy(d => d.Code));
    }
}
