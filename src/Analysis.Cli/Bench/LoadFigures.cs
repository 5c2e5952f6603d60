using Analysis.Cli.Bench.Workloads;

namespace Analysis.Cli.Bench;

/// <summary>Figure 3: the largest real files into typed records, ours against DuckDB's <c>read_csv</c>.</summary>
internal static class LoadFigures
{
    public static IReadOnlyList<string> Names { get; } = [.. LoadWorkload.Files.Select(f => "load-" + f.Name)];

    public static IEnumerable<Figure> Measure(BenchScale scale, FigureFilter filter)
    {
        var folder = SharedDataFolder.Find();
        foreach (var (name, relative, ours) in LoadWorkload.Files.Where(f => filter.Wants("load-" + f.Name)))
        {
            var path = folder is null ? null : Path.Combine(folder, relative);
            if (path is null || !File.Exists(path))
            {
                yield return Figure.Skipped("load-" + name, folder is null ? "../shared/data absent" : relative + " absent");
                continue;
            }

            var refusal = LoadWorkload.DefaultsRefusal(path);
            var options = refusal is null ? null : LoadWorkload.LenientOptions;
            var lenientRefusal = options is null ? null : LoadWorkload.Refusal(path, options);
            if (lenientRefusal is not null)
            {
                options = LoadWorkload.SkippingOptions;
                if (LoadWorkload.Refusal(path, options) is { } still)
                {
                    yield return Figure.Skipped("load-" + name, $"DuckDB refused it with defaults ({refusal}), with {LoadWorkload.LenientOptions} ({lenientRefusal}) and with {options} ({still})");
                    continue;
                }
            }

            var oursMs = Timing.MedianMs(scale, () => ours(path));
            var peerMs = Timing.MedianMs(scale, () => LoadWorkload.DuckDbRead(path, options));
            var size = new FileInfo(path).Length / (1024.0 * 1024.0);
            var note = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{size:0.0} MB, ours {ours(path):N0} records, DuckDB {LoadWorkload.DuckDbRead(path, options):N0} rows");
            var how = lenientRefusal is null
                ? $"read with {options}"
                : $"with {LoadWorkload.LenientOptions} too ({lenientRefusal}); read with {options}";
            yield return new Figure("load-" + name, oursMs, peerMs, refusal is null ? note : $"{note}; DuckDB defaults refused it ({refusal}), {how}");
        }
    }
}
