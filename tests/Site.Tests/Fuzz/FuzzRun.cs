using CsCheck;

namespace Site.Tests.Fuzz;

/// <summary>
/// Runs a property over generated cases, deterministically: case i is drawn from its own PCG stream of a fixed seed,
/// so a failure names the case that reproduces it. Each case has a time limit, so a hang fails instead of stalling.
/// </summary>
internal static class FuzzRun
{
    public static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(5);

    public static void Cases<T>(Gen<T> gen, int count, ulong seed, Action<T> property, Func<T, string> describe)
    {
        for (var i = 0; i < count; i++)
        {
            var value = gen.Generate(new PCG((uint)i, seed), null, out _);
            var work = Task.Run(() => property(value));
            bool finished;
            try
            {
                finished = work.Wait(CaseTimeout);
            }
            catch (AggregateException failure)
            {
                throw new FuzzFailure($"case {i} (seed {seed}) failed: {failure.InnerException?.Message}\ninput: {describe(value)}", failure.InnerException);
            }

            if (!finished)
            {
                throw new FuzzFailure($"case {i} (seed {seed}) took more than {CaseTimeout.TotalSeconds} s\ninput: {describe(value)}", null);
            }
        }
    }

    /// <summary>A string for a failure message: escapes what a terminal would not show, cut when long.</summary>
    public static string Show(string text)
    {
        var shown = text.Length > 2000 ? text[..2000] + $"… ({text.Length} characters)" : text;
        return string.Concat(shown.Select(c => c is '\n' ? "\\n\n" : char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()));
    }
}

internal sealed class FuzzFailure(string message, Exception? inner) : Exception(message, inner);
