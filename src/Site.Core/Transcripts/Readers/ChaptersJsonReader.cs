using System.Text.Json;
using Site.Diagnostics;

namespace Site.Transcripts.Readers;

/// <summary>
/// Reads a Podcasting 2.0 chapters file (<c>name.chapters.json</c> beside a timed transcript):
/// <c>{"version": "1.2.0", "chapters": [{"startTime": 0, "title": "Intro"}]}</c>. Other fields (images, URLs,
/// <c>toc</c>) are not used. Problems are SITE312 with line and column; a broken file gives no chapters.
/// </summary>
internal static class ChaptersJsonReader
{
    public static IReadOnlyList<Chapter> Read(string text, string path, List<Diagnostic> diagnostics)
    {
        var positions = new JsonPositions(text);
        try
        {
            var reader = new Utf8JsonReader(positions.Bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return Fail(diagnostics, path, positions.At(reader.TokenStartIndex));
            }

            List<Chapter>? chapters = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                if (name == "chapters" && reader.TokenType == JsonTokenType.StartArray)
                {
                    chapters = [];
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        var (line, column) = positions.At(reader.TokenStartIndex);
                        if (reader.TokenType != JsonTokenType.StartObject)
                        {
                            reader.Skip();
                            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidChapters, path, line, column, "each chapter must be an object with startTime and title"));
                            continue;
                        }

                        double? start = null;
                        string? title = null;
                        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                        {
                            var key = reader.GetString();
                            reader.Read();
                            if (key == "startTime" && reader.TokenType == JsonTokenType.Number)
                            {
                                start = reader.GetDouble();
                            }
                            else if (key == "title" && reader.TokenType == JsonTokenType.String)
                            {
                                title = reader.GetString();
                            }
                            else
                            {
                                reader.Skip();
                            }
                        }

                        if (start is null || string.IsNullOrWhiteSpace(title))
                        {
                            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidChapters, path, line, column, "a chapter needs a numeric 'startTime' and a 'title'; it is skipped"));
                            continue;
                        }

                        chapters.Add(new Chapter(start.Value, title.Trim(), line, column));
                    }
                }
                else
                {
                    reader.Skip();
                }
            }

            return chapters ?? Fail(diagnostics, path, (1, 1));
        }
        catch (JsonException exception)
        {
            return Fail(diagnostics, path, positions.AtLineByte(exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0));
        }
    }

    private static IReadOnlyList<Chapter> Fail(List<Diagnostic> diagnostics, string path, (int Line, int Column) at)
    {
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidChapters, path, at.Line, at.Column,
            "this chapters file is not Podcasting 2.0 chapters JSON ({\"version\": \"1.2.0\", \"chapters\": [{\"startTime\": 0, \"title\": \"Intro\"}]}); it is not used"));
        return [];
    }
}
