using System.Diagnostics;
using System.Runtime.CompilerServices;
using Analysis.Notebooks.Documents;
using Analysis.Notebooks.Execution;
using Analysis.Notebooks.Formatting;
using Analysis.Notebooks.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Analysis.Notebooks.Tests.Execution;

public sealed class ReferencesTests
{
    [Fact]
    public void A_referenced_assembly_the_host_lacks_loads_from_its_path_into_the_notebooks_own_context()
    {
        var folder = Directory.CreateTempSubdirectory("nb-refs-").FullName;
        CompileLibrary(Path.Combine(folder, "lib", "Fixture.Library.dll"));

        var run = Run.Notebook(InFolder(folder,
            "#r \"lib/Fixture.Library.dll\"\nnew FixtureLibrary.Greeter().Hello()",
            "System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(typeof(FixtureLibrary.Greeter).Assembly)!.Name"));

        Assert.Equal(["text/plain: hello from the library"], Run.Outputs(run, 0));
        Assert.Equal(["text/plain: notebook"], Run.Outputs(run, 1));
    }

    [Fact]
    public void A_referenced_copy_of_an_assembly_the_host_has_resolves_to_the_hosts_copy()
    {
        var folder = Directory.CreateTempSubdirectory("nb-refs-").FullName;
        var host = typeof(Microsoft.DotNet.Interactive.Formatting.Formatter).Assembly.Location;
        Directory.CreateDirectory(Path.Combine(folder, "copy"));
        File.Copy(host, Path.Combine(folder, "copy", Path.GetFileName(host)));

        var run = Run.Notebook(InFolder(folder,
            "#r \"copy/Microsoft.DotNet.Interactive.Formatting.dll\"\n#r \"../no/such/build/bin/Debug/net10.0/Plotly.NET.dll\"",
            $"typeof(Microsoft.DotNet.Interactive.Formatting.Formatter).Assembly.Location == @\"{host}\" && typeof(Plotly.NET.GenericChart).Assembly == typeof(Plotly.NET.Chart).Assembly"));

        Assert.Equal(CellStatus.Ran, run.Cells[0].Status);
        Assert.StartsWith("text/html: <div class=\"dni-plaintext\"><pre>True</pre>", Assert.Single(Run.Outputs(run, 1)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_finished_notebooks_load_context_is_unloaded()
    {
        var context = RunAndDispose();


        Assert.True(Unloads(context), "the notebook's load context is still alive after 10 s of collections");
    }

    [Theory]
    [InlineData("record Practice(string Code, int Gps);\nnew Practice(\"X\", 1).ToString()")]
    [InlineData("record Practice(string Code, int Gps);\nMicrosoft.DotNet.Interactive.Formatting.Formatter.GetPreferredMimeTypesFor(typeof(Practice)).First()")]
    // Not covered, because it does not hold yet: formatting an object of a notebook-defined type to text or HTML leaves
    // a reference in the Formatting package that FormatterCaches does not find, so that notebook's code stays loaded
    // (the command line runs each notebook in its own process, where this does not matter).
    public void A_notebook_that_formatted_its_own_types_is_unloaded_too(string code)
    {
        var context = RunAndDispose("using Microsoft.DotNet.Interactive.Formatting;\n" + code);


        Assert.True(Unloads(context), "the notebook's load context is still alive after 10 s of collections");
    }

    /// <summary>
    /// Collects until the context is gone. Not a fixed number of collections: the thread-pool thread that ran the
    /// cell can still hold the compiled submission for a moment after the cell's result reached the test, and on a
    /// loaded machine that moment is long.
    /// </summary>
    private static bool Unloads(WeakReference context)
    {
        var deadline = Stopwatch.StartNew();
        while (context.IsAlive && deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            Thread.Sleep(10);
        }

        return !context.IsAlive;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference RunAndDispose(string code = "class Held { public static readonly byte[] Big = new byte[1_000_000]; }\nHeld.Big.Length")
    {
        using var session = new NotebookSession(AppContext.BaseDirectory, "unload.ipynb");
        var cell = CellDirectives.Prepare(code, KernelNames.Standard);
        var (_, status) = session.RunAsync(cell, 1, TimeSpan.FromSeconds(60), new CellCapture(1000, new ChartNumbers())).GetAwaiter().GetResult();
        Assert.Equal(CellStatus.Ran, status);
        return session.Context;
    }

    private static Notebook InFolder(string folder, params string[] sources) =>
        Fixtures.Cells(sources) with { SourcePath = Path.Combine(folder, "refs.ipynb") };

    private static void CompileLibrary(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var source = "namespace FixtureLibrary; public sealed class Greeter { public string Hello() => \"hello from the library\"; }";
        var compilation = CSharpCompilation.Create(
            "Fixture.Library",
            [CSharpSyntaxTree.ParseText(source)],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location), MetadataReference.CreateFromFile(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "System.Runtime.dll"))],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var result = compilation.Emit(path);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
    }
}
