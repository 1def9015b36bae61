namespace Site.Building;

/// <summary>
/// The file every build writes at the top of its output, saying the folder is the tool's: a later build replaces
/// such a folder whole, and refuses one without it that holds files the build does not write (see
/// <see cref="OutputOwnership"/>). It names the tool and nothing about the machine or the user.
/// </summary>
public static class OutputMarker
{
    public const string FileName = ".site-output";

    public const string Text = """
        This folder was written by site (the static site generator for conversation transcripts).
        Every build replaces it whole: keep no files of your own here.
        A folder without this file is not replaced unless the build is run with --force.

        """;

    public static bool IsIn(string folder) => File.Exists(Path.Combine(folder, FileName));

    public static void WriteInto(string folder) => File.WriteAllText(Path.Combine(folder, FileName), Text.ReplaceLineEndings("\n"));
}
