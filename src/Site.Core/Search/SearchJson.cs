using System.Text.Json.Serialization;

namespace Site.Search;

/// <summary>Source-generated JSON for the indexer's request and answer: the CLI is published with Native AOT,
/// which trims the reflection that plain <c>JsonSerializer</c> needs.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = false)]
[JsonSerializable(typeof(SearchRequest))]
[JsonSerializable(typeof(IndexerAnswer))]
public sealed partial class SearchJson : JsonSerializerContext;

