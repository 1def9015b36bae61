namespace Site.Transcripts.Charts;

/// <summary>Minutes a reader needs for a text, counting CJK characters and other words at their own pace.</summary>
public static class ReadingTime
{
    // Silent reading rates of adult readers: about 300 Chinese characters a minute (reported ranges are 250-350
    // for non-technical text) and about 230 English words a minute (Brysbaert 2019 gives 238 for non-fiction).
    // Transcripts are conversational, so the middle of each range is used rather than a skimming pace.
    public const double WideCharactersPerMinute = 300;
    public const double WordsPerMinute = 230;

    /// <summary>Whole minutes, rounded up, at least one for any text.</summary>
    public static int Minutes(WordCount count)
    {
        if (count.Total == 0)
        {
            return 0;
        }

        var minutes = count.Wide / WideCharactersPerMinute + count.Words / WordsPerMinute;
        return Math.Max(1, (int)Math.Ceiling(minutes - 1e-9));
    }
}
