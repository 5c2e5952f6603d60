using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Analysis.Notebooks.Documents;

namespace Analysis.Notebooks.Execution;

/// <summary>
/// Takes the .NET Interactive kernel's directives out of a cell before Roslyn sees it, blanking each line rather
/// than removing it so diagnostics keep the notebook's line numbers: <c>#!csharp</c>/<c>#!c#</c> (and a switch to
/// <c>#!markdown</c>, whose lines are skipped), <c>#!time</c>, <c>#r "nuget: ..."</c> and <c>#i</c>. Plain Roslyn
/// handles <c>#r "file.dll"</c> and <c>#load</c>. A part of the cell in another language, or a magic command the
/// runner does not support, is an error located at its line.
/// </summary>
internal static partial class CellDirectives
{
    public static PreparedCell Prepare(string source, KernelNames kernels)
    {
        var lines = source.Split('\n');
        var packages = ImmutableArray.CreateBuilder<PackageRequest>();
        var errors = ImmutableArray.CreateBuilder<string>();
        var timed = false;
        var language = KernelNames.CSharp;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var text = line.TrimStart();
            var column = line.Length - text.Length + 1;
            if (text.StartsWith("#!", StringComparison.Ordinal))
            {
                var name = text[2..].Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
                if (kernels.Normalise(name) is { } kernel)
                {
                    language = kernel;
                    if (kernel is not KernelNames.CSharp and not KernelNames.Markdown)
                    {
                        errors.Add(Error(i, column, "NB0001", $"the cell switches to '{kernel}' here; the headless runner runs C# only (tag the cell skip-execution to leave it to VS Code)"));
                    }
                }
                else if (name == "time" && language == KernelNames.CSharp)
                {
                    timed = true;
                }
                else if (language == KernelNames.CSharp)
                {
                    errors.Add(Error(i, column, "NB0002", $"the magic command '#!{name}' is not supported by the headless runner (it supports #!time and kernel names such as #!csharp)"));
                }

                lines[i] = "";
            }
            else if (language != KernelNames.CSharp)
            {
                lines[i] = "";
            }
            else if (NugetReference().Match(text) is { Success: true } nuget)
            {
                var version = nuget.Groups["version"].Value.Trim();
                packages.Add(new PackageRequest(nuget.Groups["name"].Value.Trim(), version.Length == 0 ? null : version, i + 1));
                lines[i] = "";
            }
            else if (text.StartsWith("#r \"nuget:", StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(Error(i, column, "NB0004", "expected #r \"nuget: PackageName, Version\" (the version may be left out)"));
                lines[i] = "";
            }
            else if (IncludeDirective().IsMatch(text))
            {
                // #i adds a package source; with no network there is nothing to add it to, so it is accepted as is.
                lines[i] = "";
            }
        }

        return new PreparedCell(string.Join('\n', lines), packages.ToImmutable(), timed, errors.ToImmutable());
    }

    internal static string Error(int lineIndex, int column, string id, string message) =>
        string.Create(CultureInfo.InvariantCulture, $"({lineIndex + 1},{column}): error {id}: {message}");

    [GeneratedRegex("""^#r\s+"nuget:\s*(?<name>[A-Za-z0-9_.\-]+)\s*(,\s*(?<version>[^"]*))?"\s*$""", RegexOptions.IgnoreCase)]
    private static partial Regex NugetReference();

    [GeneratedRegex("""^#i\s+".*"\s*$""")]
    private static partial Regex IncludeDirective();
}
