using System.Text.RegularExpressions;
using Site.Diagnostics;
using Site.Pipelines;
using Site.Transcripts;

namespace Site.People;

/// <summary>
/// Who is who across transcripts. A speaker is a person of people.yml when their <c>person:</c> says so, else when
/// their name (then an alias) is a name or alias of exactly one entry; otherwise speakers are one person when their
/// names are the same, or one's alias is the other's name. Names are compared as written but for case, width
/// (NFKC) and spacing: <c>鲁为民</c> and <c>Lu Weimin</c> stay two people unless people.yml says they are one.
/// </summary>
public sealed partial class PeopleDirectory
{
    private readonly Dictionary<(string TranscriptId, string SpeakerSlug), Person> _bySpeaker;

    private PeopleDirectory(IReadOnlyList<Person> people, bool hasPages)
    {
        People = people;
        HasPages = hasPages;
        _bySpeaker = people
            .SelectMany(person => person.Speakers.Select(speaker => (Key: (speaker.TranscriptId, speaker.Speaker.Slug), person)))
            .ToDictionary(pair => pair.Key, pair => pair.person);
    }

    /// <summary>Everyone, in order of first appearance (transcripts by id, speakers in their order).</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>
    /// Whether the site has person pages: a series (two transcripts or more) or a site with people.yml. A single
    /// transcript's speaker pages already are its people's pages.
    /// </summary>
    public bool HasPages { get; }

    public static PeopleDirectory Empty { get; } = new([], hasPages: false);

    /// <summary>The directory of the build, made once from every transcript (stored for the pages that need it).</summary>
    public static PeopleDirectory Get(PipelineContext context) =>
        context.Build.GetOrCreate("people", () => Empty);

    /// <summary>Stores the directory of the build, for <see cref="Get"/>.</summary>
    public static PeopleDirectory Set(PipelineContext context, Func<PeopleDirectory> create) =>
        context.Build.GetOrCreate("people", create);

    /// <summary>The person a transcript's speaker is, or null for a slug no speaker has.</summary>
    public Person? Of(string transcriptId, string speakerSlug) => _bySpeaker.GetValueOrDefault((transcriptId, speakerSlug));

    /// <summary>The <c>data-speaker</c> of a turn: the person's slug, the same on every page of the site.</summary>
    public string DataSpeaker(string transcriptId, string speakerSlug) => Of(transcriptId, speakerSlug)?.Slug ?? speakerSlug;

    /// <summary>Matches the speakers of <paramref name="transcripts"/> (in a stable order: by id) into people.</summary>
    public static PeopleDirectory Build(IReadOnlyList<Transcript> transcripts, PeopleFile file, DiagnosticBag diagnostics)
    {
        var ordered = transcripts.OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
        var entryOfKey = EntryKeys(file, diagnostics);
        var names = new NameGroups();
        foreach (var speaker in ordered.SelectMany(t => t.Speakers))
        {
            names.Add(speaker);
        }

        // Group keys in order of first appearance: "id:" a people.yml entry, "name:" a group of names, "own:" one speaker.
        var groups = new Dictionary<string, List<PersonSpeaker>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var transcript in ordered)
        {
            foreach (var speaker in transcript.Speakers)
            {
                var key = GroupOf(transcript, speaker, file, entryOfKey, names, diagnostics);
                if (!groups.TryGetValue(key, out var members))
                {
                    groups[key] = members = [];
                    order.Add(key);
                }

                members.Add(new PersonSpeaker(transcript.Id, speaker));
            }
        }

        foreach (var entry in file.People.Where(entry => !groups.ContainsKey("id:" + entry.Id)))
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnusedPerson, file.SourcePath, entry.Line, 0, $"person '{entry.Id}' ({entry.Name}) speaks in no transcript: no page is made for them"));
        }

        // people.yml ids are taken first, then each other person takes their first speaker's slug; when another
        // person has it (two transcripts' "host"), their name transliterated, else the next free "-2", "-3". The same
        // input gives the same slugs on every build, and a single transcript's people keep its speaker slugs.
        var taken = file.People.Select(entry => entry.Id).ToHashSet(StringComparer.Ordinal);
        var people = new List<Person>(order.Count);
        foreach (var key in order)
        {
            var members = groups[key];
            var entry = key.StartsWith("id:", StringComparison.Ordinal) ? file.Find(key[3..]) : null;
            var slug = entry?.Id ?? Claim(members[0].Speaker, taken);
            people.Add(new Person(slug, entry?.Name ?? members[0].Speaker.Name, entry, members));
        }

        return new PeopleDirectory(people, hasPages: ordered.Count > 1 || file.People.Count > 0);
    }

    private static string GroupOf(Transcript transcript, Speaker speaker, PeopleFile file, Dictionary<string, string> entryOfKey, NameGroups names, DiagnosticBag diagnostics)
    {
        if (speaker.Person is { } id)
        {
            if (file.Find(id) is not null)
            {
                return "id:" + id;
            }

            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnknownPerson, transcript.SourcePath, speaker.Line, 0,
                $"speaker '{speaker.Name}' is person '{id}', which is not an id of {PeopleFile.FileName}: matched by name instead"));
        }

        foreach (var name in speaker.Aliases.Prepend(speaker.Name))
        {
            if (entryOfKey.TryGetValue(TextRules.Key(name), out var entryId))
            {
                return "id:" + entryId;
            }
        }

        return names.GroupOf(transcript.Id, speaker);
    }

    /// <summary>Each name and alias of people.yml, folded, with its entry; a name two entries claim is reported and matches neither.</summary>
    private static Dictionary<string, string> EntryKeys(PeopleFile file, DiagnosticBag diagnostics)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in file.People)
        {
            foreach (var name in entry.Aliases.Prepend(entry.Name))
            {
                var key = TextRules.Key(name);
                if (owners.TryGetValue(key, out var owner) && owner != entry.Id)
                {
                    if (ambiguous.Add(key))
                    {
                        diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.AmbiguousPersonName, file.SourcePath, entry.Line, 0,
                            $"'{name}' is a name of both '{owner}' and '{entry.Id}': speakers called so are matched to neither (give each speaker a 'person:')"));
                    }

                    continue;
                }

                owners[key] = entry.Id;
            }
        }

        foreach (var key in ambiguous)
        {
            owners.Remove(key);
        }

        return owners;
    }

    private static string Claim(Speaker speaker, HashSet<string> taken)
    {
        var slug = speaker.Slug;
        if (taken.Add(slug))
        {
            return slug;
        }

        var named = TranscriptUrls.Slugify(speaker.Name, slug);
        if (taken.Add(named))
        {
            return named;
        }

        var candidate = slug;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }

    /// <summary>
    /// Names that say nothing about who speaks, as people and tools write them (<c>Speaker 1</c>, <c>发言人2</c>,
    /// <c>Q</c>, <c>A</c>, <c>Unknown</c>; diarization's <c>SPEAKER_00</c>, <c>spk_0</c>, <c>Speaker A</c>; Otter's
    /// <c>Unknown Speaker</c>; newsroom transcripts' <c>UNIDENTIFIED MALE</c>): such a speaker is someone of their own
    /// transcript only, since every file numbers its voices afresh. Matched on <see cref="TextRules.Key"/> (capitals).
    /// </summary>
    [GeneratedRegex(@"^(?:(?:SPEAKER|SPK|发言人|说话人|讲者|嘉宾|GUEST|VOICE|PARTICIPANT|PERSON|AUDIENCE(?: MEMBER)?|UNKNOWN(?: SPEAKER| VOICE)?|UNIDENTIFIED(?: SPEAKER| VOICE| MALE| FEMALE| MAN| WOMAN)?)(?:[ _-]?(?:\d+|[A-Z]))?|Q|A|\?+)$", RegexOptions.CultureInvariant)]
    internal static partial Regex PlaceholderName();

    /// <summary>
    /// Speakers not in people.yml grouped by name: the same folded name is one person, and so is a speaker one of
    /// whose aliases is another speaker's name (a union of names, so the order of transcripts does not matter).
    /// </summary>
    private sealed class NameGroups
    {
        private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);
        private readonly List<(string Name, IReadOnlyList<string> Aliases)> _pending = [];

        public void Add(Speaker speaker)
        {
            var key = TextRules.Key(speaker.Name);
            if (!PlaceholderName().IsMatch(key))
            {
                _parent.TryAdd(key, key);
                _pending.Add((key, speaker.Aliases.Select(TextRules.Key).ToList()));
            }
        }

        public string GroupOf(string transcriptId, Speaker speaker)
        {
            foreach (var (name, aliases) in _pending)
            {
                foreach (var alias in aliases.Where(alias => _parent.ContainsKey(alias) && !PlaceholderName().IsMatch(alias)))
                {
                    Union(name, alias);
                }
            }

            _pending.Clear();
            var key = TextRules.Key(speaker.Name);
            return _parent.ContainsKey(key) ? "name:" + Find(key) : $"own:{transcriptId}/{speaker.Slug}";
        }

        private string Find(string key)
        {
            while (_parent[key] != key)
            {
                key = _parent[key] = _parent[_parent[key]];
            }

            return key;
        }

        private void Union(string a, string b)
        {
            var (rootA, rootB) = (Find(a), Find(b));
            if (rootA != rootB)
            {
                // The smaller key is the root, so that the group's key does not depend on which was seen first.
                if (string.CompareOrdinal(rootA, rootB) < 0)
                {
                    _parent[rootB] = rootA;
                }
                else
                {
                    _parent[rootA] = rootB;
                }
            }
        }
    }
}
