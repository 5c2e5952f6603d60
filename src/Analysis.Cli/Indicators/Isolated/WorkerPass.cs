using Analysis.Cli.Isolation;

namespace Analysis.Cli.Indicators.Isolated;

/// <summary>
/// What one worker process got through: whether it loaded the data (and how long from start that took), the
/// scripts it finished, the one it was on when it ended (if any), and how it ended.
/// </summary>
internal sealed record WorkerPass(WorkerReady? Ready, TimeSpan ReadyAfter, IReadOnlyList<int> Done, int? InFlight, ChildOutcome Outcome, ChildLimits Limits);
