namespace Site.Cli;

/// <summary>
/// A small, AOT-safe parser for <c>--name value</c>, <c>--name=value</c> and <c>--flag</c> arguments. Each command
/// declares the options it knows; anything else is a usage error.
/// </summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    private Arguments()
    {
    }

    public List<string> Positional { get; } = [];

    public bool Has(string name) => _values.ContainsKey(name);

    public string? Value(string name) => _values.GetValueOrDefault(name);

    public string Value(string name, string fallback) => _values.GetValueOrDefault(name) ?? fallback;

    /// <summary>Parses <paramref name="args"/>; <paramref name="withValue"/> and <paramref name="flags"/> list the known options.</summary>
    public static Arguments Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> withValue, IReadOnlyCollection<string> flags)
    {
        var result = new Arguments();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) && !(arg is "-h"))
            {
                result.Positional.Add(arg);
                continue;
            }

            var name = arg is "-h" ? "help" : arg[2..];
            string? value = null;
            var equals = name.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0)
            {
                value = name[(equals + 1)..];
                name = name[..equals];
            }

            if (name == "help" || flags.Contains(name))
            {
                result._values[name] = value ?? "true";
            }
            else if (withValue.Contains(name))
            {
                if (value is null)
                {
                    if (i + 1 >= args.Count)
                    {
                        throw new UsageException($"option --{name} needs a value");
                    }

                    value = args[++i];
                }

                result._values[name] = value;
            }
            else
            {
                throw new UsageException($"unknown option '{arg}'");
            }
        }

        return result;
    }
}

/// <summary>The command line itself is wrong; the message says how.</summary>
public sealed class UsageException(string message) : Exception(message);
