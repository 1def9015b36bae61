using System.Text;

namespace Site.Text;

/// <summary>
/// String builders kept per thread from one page to the next: a large build writes thousands of pages per thread,
/// and growing new builders from empty for each page was a good part of what it allocated. A builder is handed back
/// once its text has been copied out; one that grew past 1 MiB is left to the collector.
/// </summary>
internal static class ThreadBuilders
{
    private const int MaxKeptCapacity = 1 << 20;

    [ThreadStatic]
    private static Stack<StringBuilder>? t_free;

    public static StringBuilder Rent() => t_free is { Count: > 0 } free ? free.Pop().Clear() : new StringBuilder(4096);

    public static void Return(StringBuilder builder)
    {
        if (builder.Capacity <= MaxKeptCapacity)
        {
            (t_free ??= new Stack<StringBuilder>()).Push(builder);
        }
    }
}
