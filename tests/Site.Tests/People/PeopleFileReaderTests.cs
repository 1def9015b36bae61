using Site.Diagnostics;
using Site.People;

namespace Site.Tests.People;

/// <summary>people.yml problems are diagnostics with file, line and column; the entries that can be used still are.</summary>
public sealed class PeopleFileReaderTests
{
    private static (PeopleFile File, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var file = new PeopleFileReader("people.yml", diagnostics, Path.GetTempPath()).Parse(yaml);
        return (file, diagnostics.ToSortedList());
    }

    [Fact]
    public void An_unknown_key_is_a_warning_that_suggests_the_known_one()
    {
        var (file, diagnostics) = Read("- id: ann\n  name: Ann\n  bioo: Hosts.\n");

        Assert.Equal("people.yml(3,3): warning SITE012: unknown field 'bioo': did you mean 'bio'?", Assert.Single(diagnostics).ToString());
        Assert.Equal("Ann", Assert.Single(file.People).Name);
    }

    [Fact]
    public void A_duplicate_id_is_an_error_at_the_second_with_the_place_of_the_first()
    {
        var (file, diagnostics) = Read("- id: ann\n  name: Ann\n- id: ann\n  name: Ann Lee\n");

        Assert.Equal("people.yml(3,7): error SITE321: duplicate person id 'ann': it is first defined at people.yml(1,7)", Assert.Single(diagnostics).ToString());
        Assert.Equal("Ann", Assert.Single(file.People).Name);
    }

    [Fact]
    public void An_unsafe_link_is_an_error_and_left_out()
    {
        var (file, diagnostics) = Read("- id: ann\n  name: Ann\n  links:\n    - title: Home\n      url: javascript:alert(1)\n    - title: Blog\n      url: https://example.org/ann\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.UnsafeUrl, 5, 12, true), (error.Code, error.Line, error.Column, error.IsError));
        Assert.Equal([new PersonLink("Blog", "https://example.org/ann")], Assert.Single(file.People).Links);
    }

    [Fact]
    public void An_entry_without_a_name_and_an_id_that_is_no_slug_are_errors()
    {
        var (file, diagnostics) = Read("- id: ann\n- id: Bo Chen\n  name: Bo\n");

        Assert.Equal(
            ["people.yml(1,3): error SITE320: person 'ann' needs a 'name'", "people.yml(2,7): error SITE320: person id 'Bo Chen' must be lower-case ASCII letters, digits and hyphens (it is part of the URL /people/Bo Chen/)"],
            diagnostics.Select(d => d.ToString()));
        Assert.Empty(file.People);
    }

    [Fact]
    public void A_file_that_is_not_a_list_is_an_error()
    {
        var (_, diagnostics) = Read("ann: Ann\n");

        Assert.Equal(DiagnosticCodes.InvalidPeople, Assert.Single(diagnostics).Code);
    }
}
