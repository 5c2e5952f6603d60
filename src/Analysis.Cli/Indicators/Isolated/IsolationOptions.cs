using System.CommandLine;
using System.Globalization;
using Analysis.Cli.Isolation;

namespace Analysis.Cli.Indicators.Isolated;

/// <summary>
/// The <c>--isolate [--time-limit S] [--memory-limit MB]</c> options that <c>indicators run</c> and
/// <c>indicators check</c> share, and the limits they give.
/// </summary>
internal sealed class IsolationOptions
{
    private IsolationOptions(string purpose, string memory)
    {
        Isolate = new Option<bool>("--isolate") { Description = purpose };
        TimeLimit = new Option<double?>("--time-limit") { Description = "With --isolate: seconds one script may take (default 60)." };
        MemoryLimit = new Option<int?>("--memory-limit") { Description = $"With --isolate: megabytes the worker process may use, {memory} (default 2048)." };
    }

    public Option<bool> Isolate { get; }

    public Option<double?> TimeLimit { get; }

    public Option<int?> MemoryLimit { get; }

    /// <summary>The options, described for a command whose isolated form does <paramref name="purpose"/>.</summary>
    public static IsolationOptions For(string purpose, string memory) => new(purpose, memory);

    public void AddTo(Command command)
    {
        command.Options.Add(Isolate);
        command.Options.Add(TimeLimit);
        command.Options.Add(MemoryLimit);
    }

    /// <summary>The limits asked for, or null when the run is not isolated.</summary>
    /// <exception cref="UsageException">A limit without <c>--isolate</c>, or out of range.</exception>
    public ChildLimits? Parse(ParseResult parse)
    {
        var (seconds, megabytes) = (parse.GetValue(TimeLimit), parse.GetValue(MemoryLimit));
        if (!parse.GetValue(Isolate))
        {
            return seconds is null && megabytes is null
                ? null
                : throw new UsageException("--time-limit and --memory-limit apply to isolated runs: add --isolate");
        }

        var limits = ChildLimits.Script;
        if (seconds is { } s)
        {
            limits = s is > 0 and <= 86_400 ? limits with { WallClock = TimeSpan.FromSeconds(s) } : throw new UsageException(Invariant($"--time-limit: {s} is not a number of seconds from above 0 to 86400"));
        }

        if (megabytes is { } mb)
        {
            limits = mb >= 256 ? limits with { MemoryBytes = mb * 1024L * 1024 } : throw new UsageException(Invariant($"--memory-limit: {mb} MB is too little for a worker process; give 256 or more"));
        }

        return limits;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
