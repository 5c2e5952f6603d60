using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Analysis.Notebooks.Documents;
using Analysis.Notebooks.Formatting;
using Analysis.Notebooks.Kernel;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Scripting;

namespace Analysis.Notebooks.Execution;

/// <summary>
/// One notebook's Roslyn script chain, as the kernel keeps it: each cell continues the previous one's compilation,
/// so variables, methods and types carry across cells. Roslyn compiles; the session emits each submission itself
/// into the notebook's collectible load context and runs its factory with the shared submission array
/// (slot 0 the globals), which is the protocol Roslyn's own runner uses.
/// </summary>
internal sealed class NotebookSession : IDisposable
{
    // The kernel's default imports, plus the runner's display helpers.
    private static readonly string[] Imports =
        ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq", typeof(DisplayExtensions).Namespace!];

    private static readonly EmitOptions Emit = new(debugInformationFormat: DebugInformationFormat.PortablePdb);

    private readonly SubmissionLoadContext context = new();
    private readonly string notebookName;
    private ScriptOptions options;
    private Script<object>? previous;
    private object?[] slots = new object?[8];
    private int submissions;

    public NotebookSession(string directory, string notebookName)
    {
        this.notebookName = notebookName;
        slots[0] = new NotebookGlobals();
        options = ScriptOptions.Default
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithMetadataResolver(new NotebookMetadataResolver(directory, context))
            .WithSourceResolver(new CellSourceResolver(directory))
            .AddReferences(
                HostAssemblies.Reference(typeof(Enumerable).Assembly.Location),
                HostAssemblies.Reference(typeof(NotebookGlobals).Assembly.Location),
                HostAssemblies.Reference(typeof(Microsoft.DotNet.Interactive.Formatting.Formatter).Assembly.Location))
            .WithImports(Imports)
            .WithEmitDebugInformation(true)
            .WithFileEncoding(Encoding.UTF8);
    }

    /// <summary>The context, for tests that check it unloads once the session is gone.</summary>
    public WeakReference Context => new(context);

    public async Task<(ImmutableArray<CellOutput> Outputs, CellStatus Status)> RunAsync(PreparedCell cell, int cellNumber, TimeSpan timeout, CellCapture capture)
    {
        // Everything below, and everything the cell starts, writes into this cell's capture.
        capture.Activate();
        if (!cell.Errors.IsEmpty)
        {
            return Finish(capture, CellStatus.Failed, ErrorOutput.Of(string.Join('\n', cell.Errors)));
        }

        if (Packages(cell) is { } missing)
        {
            return Finish(capture, CellStatus.Failed, ErrorOutput.Of(missing));
        }

        var path = $"{notebookName}{CellSourceResolver.CellMarker}{cellNumber}";
        var script = previous is null
            ? CSharpScript.Create(cell.Code, options.WithFilePath(path), typeof(NotebookGlobals))
            : previous.ContinueWith(cell.Code, options.WithFilePath(path));
        var (factory, errors, hasResult) = Compile(script, path);
        if (factory is null)
        {
            return Finish(capture, CellStatus.Failed, ErrorOutput.Of(errors));
        }

        var clock = Stopwatch.StartNew();
        if (++submissions >= slots.Length)
        {
            Array.Resize(ref slots, slots.Length * 2);
        }

        var state = slots;
        var run = Task.Run(() =>
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            return factory(state);
        });
        object? value;
        try
        {
            value = await run.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return Finish(capture, CellStatus.TimedOut, ErrorOutput.Of(string.Create(CultureInfo.InvariantCulture,
                $"The cell did not finish within its time limit of {timeout.TotalSeconds:0.#} s and was abandoned; later cells were not run.")));
        }
        catch (Exception e)
        {
            previous = script; // as in the kernel, what the cell declared before it threw stays declared
            return Finish(capture, CellStatus.Failed, new ErrorOutput("Error", Trace(e), [.. Trace(e).Split('\n')]));
        }

        previous = script;
        var extra = new List<CellOutput>();
        // As in the kernel, a trailing display(...) has already shown its value; its handle is not shown again.
        if (hasResult && value is not DisplayedValue)
        {
            extra.Add(OutputFormatter.Format(value, []));
        }

        if (cell.Timed)
        {
            extra.Add(DisplayOutput.Of("text/plain", string.Create(CultureInfo.InvariantCulture, $"Wall time: {clock.Elapsed.TotalMilliseconds:0.###}ms")));
        }

        return Finish(capture, CellStatus.Ran, [.. extra]);
    }

    public void Dispose()
    {
        previous = null;
        Array.Clear(slots);
        context.Forget();
        FormatterCaches.ForgetUnloadableTypes();
        context.Unload();
    }

    private static (ImmutableArray<CellOutput>, CellStatus) Finish(CellCapture capture, CellStatus status, params CellOutput[] extra)
    {
        foreach (var output in extra)
        {
            capture.Add(output);
        }

        var outputs = capture.Close(out var overflowed);
        return (outputs, overflowed && status == CellStatus.Ran ? CellStatus.Failed : status);
    }

    /// <summary>Adds the host's copy of each NuGet package asked for; null when all are there, else the error.</summary>
    private string? Packages(PreparedCell cell)
    {
        var errors = new List<string>();
        foreach (var package in cell.Packages)
        {
            if (HostAssemblies.PathOf(package.Name) is { } path)
            {
                options = options.AddReferences(HostAssemblies.Reference(path));
            }
            else
            {
                errors.Add(CellDirectives.Error(package.Line - 1, 1, "NB0003",
                    $"package '{package.Name}'{(package.Version is null ? "" : $" version {package.Version}")} is not available: the headless runner has no network and can only use packages it ships with (such as Plotly.NET, Deedle and Microsoft.DotNet.Interactive.Formatting)"));
            }
        }

        return errors.Count == 0 ? null : string.Join('\n', errors);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private (Func<object?[], Task<object>>? Factory, string Errors, bool HasResult) Compile(Script<object> script, string path)
    {
        var compilation = script.GetCompilation();
        using var image = new MemoryStream();
        using var symbols = new MemoryStream();
        var emitted = compilation.Emit(image, symbols, options: Emit);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            return (null, string.Join('\n', errors.Select(d => Describe(d, path))), false);
        }

        if (!emitted.Success)
        {
            // Roslyn emits nothing for a submission with no code (only #r lines, comments); it still joins the chain.
            return (_ => Task.FromResult<object>(null!), "", false);
        }

        image.Position = 0;
        symbols.Position = 0;
        var assembly = context.AddSubmission(image, symbols);
        var entry = compilation.GetEntryPoint(CancellationToken.None)!;
        var method = assembly.GetType(entry.ContainingType.MetadataName, throwOnError: true)!
            .GetMethod(entry.MetadataName, BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)!;
        return (method.CreateDelegate<Func<object?[], Task<object>>>(), "", HasResult(compilation, path));
    }

    /// <summary>A trailing expression without a semicolon whose type is not void is the cell's value (Roslyn's own test, which it keeps internal).</summary>
    private static bool HasResult(Compilation compilation, string path)
    {
        var tree = compilation.SyntaxTrees.FirstOrDefault(t => t.FilePath == path);
        if (tree?.GetRoot() is not CompilationUnitSyntax root
            || root.Members.LastOrDefault() is not GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } last })
        {
            return false;
        }

        var type = compilation.GetSemanticModel(tree).GetTypeInfo(last.Expression).Type;
        return type is not null && type.SpecialType != SpecialType.System_Void;
    }

    /// <summary>The kernel's form, <c>(line,col): error ID: message</c>, with the file only when it is not the cell itself.</summary>
    private static string Describe(Diagnostic diagnostic, string path)
    {
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        if (!diagnostic.Location.IsInSource)
        {
            return $"error {diagnostic.Id}: {message}";
        }

        var span = diagnostic.Location.GetMappedLineSpan();
        var file = span.Path == path ? "" : span.Path;
        return string.Create(CultureInfo.InvariantCulture, $"{file}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): error {diagnostic.Id}: {message}");
    }

    /// <summary>The exception as the kernel shows it, without the runner's own frames below the cell's.</summary>
    private static string Trace(Exception exception)
    {
        var lines = exception.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        var last = lines.FindLastIndex(l => l.Contains("Submission#", StringComparison.Ordinal));
        return string.Join('\n', last < 0 ? lines : lines[..(last + 1)]);
    }
}
