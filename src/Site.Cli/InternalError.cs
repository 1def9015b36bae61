using Site.Diagnostics;

namespace Site.Cli;

/// <summary>
/// An exception no part of the tool expected is a bug: reported as one diagnostic line (SITE010) naming the file
/// when the exception does, exit code 70; the stack trace, which only a developer needs, with <c>--verbose</c>.
/// </summary>
internal static class InternalError
{
    public static int Report(Exception exception, string command, TextWriter error, bool verbose)
    {
        var path = exception is FileNotFoundException { FileName: { Length: > 0 } file } ? file : command;
        var hint = verbose ? string.Empty : " (run with --verbose for the stack trace)";
        var message = $"internal error: {exception.GetType().Name}: {OneLine(exception.Message)}{hint}";
        try
        {
            error.WriteLine(Diagnostic.Error(DiagnosticCodes.InternalError, path, 0, 0, message).ToString());
            if (verbose)
            {
                error.WriteLine(exception.ToString());
            }
        }
        catch (Exception exception2) when (exception2 is IOException or ObjectDisposedException)
        {
            // Nowhere left to say it; the exit code still does.
        }

        return CommandLine.InternalErrorExit;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
