using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using Analysis.Interactive.Tests.Support;
using Analysis.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Analysis.Interactive.Tests;

/// <summary>The one line a notebook loads the toolkit with, and what it needs beside the DLL it points at.</summary>
[Collection(FormattingCollection.Name)]
public sealed class ToolkitLoadingTests
{
    private const string Line = "#r \"../src/Analysis.Interactive/bin/Debug/net10.0/Analysis.Interactive.dll\"";

    private static string Folder => Path.Combine(SharedData.RepoRoot, "src", "Analysis.Interactive", "bin", "Debug", "net10.0");

    [Fact]
    public void Every_assembly_the_toolkit_needs_is_beside_it_or_in_the_runtime()
    {
        var runtime = RuntimeEnvironment.GetRuntimeDirectory();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var missing = new List<string>();
        var queue = new Queue<string>(["Analysis.Interactive"]);
        while (queue.Count > 0)
        {
            var name = queue.Dequeue();
            if (!seen.Add(name))
            {
                continue;
            }

            var beside = Path.Combine(Folder, name + ".dll");
            if (!File.Exists(beside))
            {
                if (!File.Exists(Path.Combine(runtime, name + ".dll")))
                {
                    missing.Add(name);
                }

                continue;
            }

            using var reader = new PEReader(File.OpenRead(beside));
            var metadata = reader.GetMetadataReader();
            foreach (var reference in metadata.AssemblyReferences.Select(metadata.GetAssemblyReference))
            {
                queue.Enqueue(metadata.GetString(reference.Name));
            }
        }

        Assert.Contains("Plotly.NET", seen);
        Assert.Contains("FSharp.Core", seen);
        Assert.Empty(missing);
    }

    [Fact]
    public async Task A_roslyn_script_loads_the_toolkit_with_the_notebook_line_and_uses_it()
    {
        var notebooks = Path.Combine(SharedData.RepoRoot, "notebooks");
        var options = ScriptOptions.Default
            .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(notebooks))
            .WithSourceResolver(new SourceFileResolver([], notebooks));
        var code = Line + "\nusing Analysis.Interactive;\nToolkit.Load(embedPlotly: false).Text()";

        var text = await CSharpScript.EvaluateAsync<string>(code, options);

        Assert.StartsWith("Analysis toolkit ", text, StringComparison.Ordinal);
        Assert.True(Formatters.IsRegistered);
    }
}
