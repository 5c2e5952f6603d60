namespace Analysis.Cli.Indicators.Isolated;

/// <summary>The worker's first line: the data is loaded (in so many milliseconds), with the files it could not read.</summary>
internal sealed record WorkerReady(double Milliseconds, IReadOnlyList<string> Unreadable);
