namespace Analysis.Cli.Indicators;

/// <summary>An indicator a checked script defines, and where.</summary>
internal sealed record CheckedIndicator(string Id, string Title, string Path, int Line);
