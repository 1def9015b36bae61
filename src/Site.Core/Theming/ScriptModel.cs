using System.Collections;
using Scriban.Runtime;

namespace Site.Theming;

/// <summary>
/// Turns plain values (dictionaries, lists, strings, numbers) into <see cref="ScriptObject"/>s and
/// <see cref="ScriptArray"/>s: under Native AOT Scriban cannot reflect over CLR objects, so templates only
/// ever see these.
/// </summary>
public static class ScriptModel
{
    public static object? From(object? value) => value switch
    {
        null => null,
        string or bool or int or long or double or decimal or ScriptObject or ScriptArray or IScriptCustomFunction => value,
        IReadOnlyDictionary<string, object?> dictionary => FromDictionary(dictionary),
        IEnumerable sequence => FromSequence(sequence),
        _ => value.ToString(),
    };

    public static ScriptObject FromDictionary(IEnumerable<KeyValuePair<string, object?>> dictionary)
    {
        var result = new ScriptObject();
        foreach (var (key, item) in dictionary)
        {
            result.SetValue(key, From(item), readOnly: false);
        }

        return result;
    }

    public static ScriptArray FromSequence(IEnumerable sequence)
    {
        var result = new ScriptArray();
        foreach (var item in sequence)
        {
            result.Add(From(item));
        }

        return result;
    }
}
