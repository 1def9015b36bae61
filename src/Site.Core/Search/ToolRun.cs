namespace Site.Search;

/// <summary>How a command-line tool ended: its exit code and what it printed.</summary>
public sealed record ToolRun(int ExitCode, string Output, string Error)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>The last lines of stderr (else stdout), enough to say what went wrong without flooding the log.</summary>
    public string Tail(int lines = 12)
    {
        var text = Error.Trim().Length > 0 ? Error : Output;
        var all = text.Trim().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join(" | ", all.TakeLast(lines));
    }
}
