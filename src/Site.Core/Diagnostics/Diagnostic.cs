using System.Globalization;

namespace Site.Diagnostics;

/// <summary>
/// A problem found in the user's files, printed the way compilers print them
/// (<c>path(line,col): error CODE: message</c>) so editors and CI logs can jump to the spot.
/// Line and column are 1-based; 0 means "not known".
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Path, int Line, int Column, string Message)
{
    public bool IsError => Severity == Severity.Error;

    public static Diagnostic Error(string code, string path, int line, int column, string message) =>
        new(Severity.Error, code, path, line, column, message);

    public static Diagnostic Warning(string code, string path, int line, int column, string message) =>
        new(Severity.Warning, code, path, line, column, message);

    public override string ToString()
    {
        var kind = Severity == Severity.Error ? "error" : "warning";
        var position = Line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"({Line},{Math.Max(Column, 1)})")
            : string.Empty;
        return $"{Path}{position}: {kind} {Code}: {Message}";
    }
}
