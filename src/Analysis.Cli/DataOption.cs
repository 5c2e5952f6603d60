using System.CommandLine;
using Analysis.Data;

namespace Analysis.Cli;

/// <summary>The <c>--data DIR|sample</c> option every verb that reads data shares; the built-in sample by default.</summary>
internal static class DataOption
{
    public static Option<string> Create() => new("--data")
    {
        Description = "A folder of NHS publication files, or 'sample' (the default) for the built-in synthetic England.",
        DefaultValueFactory = _ => NhsData.Sample,
    };

    /// <summary>Loads what the option names; a folder that does not exist is a usage error (exit 2).</summary>
    public static NhsData Load(string source) =>
        source.Equals(NhsData.Sample, StringComparison.OrdinalIgnoreCase) || Directory.Exists(source)
            ? NhsData.Open(source)
            : throw new UsageException($"--data: no folder '{source}' (give a folder of publication files, or 'sample')");
}
