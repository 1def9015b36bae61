using Site.Transcripts;

namespace Site.People;

/// <summary>
/// Words as a share of talk counts them in any script: each CJK character is a word (Chinese and Japanese are
/// written without spaces), and so is each run of other letters or digits.
/// </summary>
public static class WordCount
{
    public static int Of(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (TextRules.IsCjk(c))
            {
                count++;
                inWord = false;
            }
            else if (char.IsLetterOrDigit(c) || (inWord && c is '\'' or '’' or '-'))
            {
                count += inWord ? 0 : 1;
                inWord = true;
            }
            else
            {
                inWord = false;
            }
        }

        return count;
    }

    public static int Of(Turn turn)
    {
        var count = 0;
        foreach (var paragraph in turn.Paragraphs)
        {
            count += Of(paragraph.Text);
        }

        return count;
    }
}
