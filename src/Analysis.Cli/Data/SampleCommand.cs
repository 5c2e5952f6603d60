using System.CommandLine;
using System.Globalization;
using Analysis.Data;
using Analysis.Data.Geography;
using Analysis.Data.Sample;

namespace Analysis.Cli.Data;

/// <summary>
/// <c>analysis data sample --out DIR [--seed N] [--practices N] [--summary]</c>: writes the synthetic England
/// sample in the published layouts, and with <c>--summary</c> reads it back and prints where it is under-doctored.
/// </summary>
internal static class SampleCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--out") { Description = "The folder to write the sample into (created if need be).", Required = true };
        var seed = new Option<long>("--seed") { Description = "The seed; the same seed writes the same bytes.", DefaultValueFactory = _ => SampleOptions.Default.Seed };
        var practices = new Option<int>("--practices") { Description = "Practices open at the end of the last year.", DefaultValueFactory = _ => SampleOptions.Default.Practices };
        var summary = new Option<bool>("--summary") { Description = "Read the sample back and print GP FTE per 10,000 weighted patients by region against England." };
        var command = new Command("sample", "Write the synthetic England sample (about 6,300 practices, 2019-20 to 2022-23) in the publications' own layouts.")
        {
            output, seed, practices, summary,
        };
        command.SetAction(parse => Run(context, parse.GetRequiredValue(output), new SampleOptions
        {
            Seed = parse.GetValue(seed),
            Practices = parse.GetValue(practices),
        }, parse.GetValue(summary)));
        return command;
    }

    private static int Run(CliContext context, string directory, SampleOptions options, bool summary)
    {
        if (options.Problems() is { Count: > 0 } problems)
        {
            throw new UsageException(string.Join("; ", problems));
        }

        var manifest = SyntheticEngland.Write(directory, options);
        WriteManifest(context.Out, manifest);
        if (summary)
        {
            context.Out.WriteLine();
            return SummaryCommand.Write(context, NhsData.Load(manifest.Directory), AreaLevel.Region);
        }

        return (int)ExitCode.Ok;
    }

    private static void WriteManifest(TextWriter output, SampleManifest manifest)
    {
        var options = manifest.Options;
        output.WriteLine(Invariant($"Synthetic England written to {manifest.Directory} in {manifest.Elapsed.TotalSeconds:0.0} s: {manifest.Files.Count} files, {manifest.TotalBytes / 1e6:0.0} MB"));
        output.WriteLine(Invariant($"  seed {options.Seed}, {options.Practices:N0} practices open at the end ({manifest.PracticesEver:N0} ever), {options.FirstYear} to {options.LastYear}"));
        foreach (var kind in manifest.Files.GroupBy(f => f.Kind).OrderBy(g => g.Key.ToString(), StringComparer.Ordinal))
        {
            output.WriteLine(Invariant($"  {kind.Key,-20} {kind.Count(),3} file(s) {kind.Sum(f => (long)f.Rows),10:N0} rows {kind.Sum(f => f.Bytes) / 1e6,7:0.0} MB"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
