namespace Analysis.Cli.Bench;

/// <summary>
/// Which figures <c>analysis bench --only NAME[,NAME]</c> measures: a figure is wanted when its name starts with one
/// of the prefixes (<c>compile</c> takes every compile figure, <c>load-qof</c> the QOF prevalence load), all when none.
/// </summary>
internal sealed record FigureFilter(IReadOnlyList<string> Prefixes)
{
    public static FigureFilter All { get; } = new([]);

    /// <summary>
    /// The filter for an <c>--only</c> value; a prefix that names no figure is a usage error (a typo would otherwise
    /// measure nothing and still exit 0).
    /// </summary>
    public static FigureFilter Parse(string? only, IReadOnlyList<string> figureNames)
    {
        if (only is null)
        {
            return All;
        }

        var prefixes = only.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (prefixes.Length == 0)
        {
            throw new UsageException("--only: give one or more figure names or prefixes, separated by commas, from: " + string.Join(", ", figureNames));
        }

        foreach (var prefix in prefixes)
        {
            if (!figureNames.Any(name => name.StartsWith(prefix, StringComparison.Ordinal)))
            {
                throw new UsageException($"--only {prefix}: no figure is named so or starts so; the figures are {string.Join(", ", figureNames)}");
            }
        }

        return new FigureFilter(prefixes);
    }

    public bool IsAll => Prefixes.Count == 0;

    public bool Wants(string name) => IsAll || Prefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal));

    public bool WantsAny(IEnumerable<string> names) => names.Any(Wants);

    /// <summary>What the header line adds: nothing for all figures, otherwise <c>; only: a, b</c>.</summary>
    public string Describe() => IsAll ? "" : "; only: " + string.Join(", ", Prefixes);
}
