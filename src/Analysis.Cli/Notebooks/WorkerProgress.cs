using Analysis.Notebooks.Execution;

namespace Analysis.Cli.Notebooks;

/// <summary>What the parent has heard from a notebook worker: the cell running now, how each finished cell ended, and whether the run finished.</summary>
internal sealed class WorkerProgress
{
    public int? Running { get; set; }

    public Dictionary<int, (CellStatus Status, TimeSpan Duration)> Ended { get; } = [];

    public bool Finished { get; set; }
}
