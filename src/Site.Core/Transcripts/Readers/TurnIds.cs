namespace Site.Transcripts.Readers;

/// <summary>Turn ids as the text parser makes them: <c>s01-t03</c> is the third turn of the first section.</summary>
internal static class TurnIds
{
    public static string Of(int section, int turn) => $"s{section:00}-t{turn:00}";
}
