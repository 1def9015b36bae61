namespace Site.Building;

/// <summary>The folders of one build. <see cref="Staging"/> is where files are written before the swap.</summary>
public sealed record BuildPaths(string Input, string Theme, string Output, string Staging);
