using Site.Diagnostics;

namespace Site.Transcripts;

/// <summary>The outcome of looking up a turn prefix.</summary>
internal readonly record struct SpeakerLookup(Speaker? Speaker, IReadOnlyList<Speaker> Candidates)
{
    public bool IsAmbiguous => Candidates.Count > 1;
}

/// <summary>
/// Turns declared speakers into <see cref="Speaker"/>s with unique slugs, and resolves turn prefixes to them. A
/// prefix may be a speaker's name, alias or role, or <c>Role(Alias)</c> / <c>Name(Alias)</c>; matching ignores case,
/// full-width forms and extra spaces. The first name or surname of a multi-word Latin name (<c>Priya</c> or
/// <c>Natarajan</c> for <c>Priya Natarajan</c>) also matches, unless another speaker claims it.
/// </summary>
internal sealed class SpeakerDirectory
{
    private readonly Dictionary<string, List<Speaker>> _strong = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Speaker>> _weak = new(StringComparer.Ordinal);

    private SpeakerDirectory(IReadOnlyList<Speaker> speakers)
    {
        Speakers = speakers;
        foreach (var speaker in speakers)
        {
            foreach (var key in new[] { speaker.Name, speaker.Role }.Concat(speaker.Aliases).OfType<string>().Select(TextRules.Key).Distinct())
            {
                Add(_strong, key, speaker);
            }

            // "Priya" for Priya Natarajan, and "GROSS" for Terry Gross, as broadcasters write every turn after the first.
            if (NameParts.Of(speaker.Name) is { } parts)
            {
                Add(_weak, TextRules.Key(parts.First), speaker);
                Add(_weak, TextRules.Key(parts.Last), speaker);
            }
        }
    }

    public IReadOnlyList<Speaker> Speakers { get; }

    public bool IsEmpty => Speakers.Count == 0;

    public static SpeakerDirectory Empty { get; } = new([]);

    /// <summary>Assigns slugs (see <see cref="Speaker"/>) and reports duplicate front matter slugs (SITE306).</summary>
    public static SpeakerDirectory Build(IReadOnlyList<SpeakerEntry> entries, string path, List<Diagnostic> diagnostics)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var speakers = new List<Speaker>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry.Role is null && entry.Aliases.FirstOrDefault(GuestEntryParser.IsRoleWord) is { } roleAlias)
            {
                // "林晓（主持人）": a role written as an alias is the role, shown once.
                entry = entry with { Aliases = entry.Aliases.Where(alias => alias != roleAlias).ToList(), Role = roleAlias };
            }

            var isHost = GuestEntryParser.IsHostRole(entry.Role) || (entry.Role is null && GuestEntryParser.IsHostRole(entry.Name));
            var slug = entry.Slug ?? AutomaticSlug(entry, isHost, i + 1);
            if (!used.Add(slug))
            {
                if (entry.Slug is not null)
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DuplicateSlug, path, entry.Line, entry.Column, $"speaker slug '{slug}' is used by another speaker"));
                }

                var n = 2;
                while (!used.Add($"{slug}-{n}"))
                {
                    n++;
                }

                slug = $"{slug}-{n}";
            }

            speakers.Add(new Speaker(entry.Name, slug, entry.Aliases, entry.Role, entry.Bio, isHost, entry.Line) { Person = entry.Person });
        }

        return new SpeakerDirectory(speakers);
    }

    public SpeakerLookup Resolve(string prefix)
    {
        // A transcript names the same few speakers in every turn: each prefix is folded and looked up once.
        if (!_resolved.TryGetValue(prefix, out var lookup))
        {
            _resolved[prefix] = lookup = ResolveUncached(prefix);
        }

        return lookup;
    }

    private readonly Dictionary<string, SpeakerLookup> _resolved = new(StringComparer.Ordinal);

    private SpeakerLookup ResolveUncached(string prefix)
    {
        var whole = Find(TextRules.Key(prefix));
        if (whole.Count > 0)
        {
            return Result(whole);
        }

        // "TERRY GROSS, HOST": the name says who it is.
        if (DescribedLabel.Split(prefix) is (var described, not null))
        {
            return Result(Find(TextRules.Key(described)));
        }

        // "主持人(腾讯科技)" or "Priya Natarajan (Host)": both parts must agree on one speaker.
        var (name, alias) = GuestEntryParser.SplitBracket(prefix);
        if (alias is null)
        {
            return Result([]);
        }

        var candidates = Find(TextRules.Key(name)).Concat(Find(TextRules.Key(alias))).Distinct().ToList();
        return Result(candidates);
    }

    private List<Speaker> Find(string key) =>
        _strong.TryGetValue(key, out var strong) ? strong : _weak.TryGetValue(key, out var weak) ? weak : [];

    private static SpeakerLookup Result(List<Speaker> candidates) =>
        new(candidates.Count == 1 ? candidates[0] : null, candidates);

    private static string AutomaticSlug(SpeakerEntry entry, bool isHost, int position)
    {
        // Labels ("Q", "主持人") are aliases for turn prefixes, not names to call someone by in a URL.
        var aliases = entry.Aliases.Where(alias => TextRules.TextLength(alias) > 1 && !GuestEntryParser.IsRoleWord(alias)).ToList();
        IEnumerable<string> names = entry.NameFirstForSlug ? [entry.Name, .. aliases] : [.. aliases, entry.Name];
        // Folded first: a name typed in full-width letters (ＫＥＶＩＮ) is an ASCII name (kevin) like any other.
        var ascii = names.Select(TextRules.Fold).Where(TextRules.IsAsciiName).Select(TextRules.Slugify).FirstOrDefault(slug => slug.Length > 0);
        if (ascii is not null || isHost)
        {
            // The host without an ASCII name keeps "host": the URL the host has always had.
            return ascii ?? "host";
        }

        // Then the name in Latin letters (鲁为民 gives lu-weimin, José gives jose); a bare role (主持人) says nothing of the person.
        var transliterated = new[] { entry.Name }.Concat(aliases)
            .Where(name => !GuestEntryParser.IsRoleWord(name))
            .Select(name => Transliteration.NameSlug(TextRules.Fold(name)))
            .FirstOrDefault(slug => slug.Length > 0);
        return transliterated ?? $"speaker-{position}";
    }

    private static void Add(Dictionary<string, List<Speaker>> map, string key, Speaker speaker)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        if (!list.Contains(speaker))
        {
            list.Add(speaker);
        }
    }
}
