using System.Reflection;
using System.Runtime.Loader;

namespace Analysis.Notebooks.Execution;

/// <summary>
/// A collectible load context for one notebook run: its cells' compiled submissions and the assemblies it
/// references that the host does not have. Unloaded when the run ends, so one process can run many notebooks
/// without the growth of Roslyn's own, non-collectible script loader (dotnet/roslyn#41722).
/// </summary>
internal sealed class SubmissionLoadContext() : AssemblyLoadContext("notebook", isCollectible: true)
{
    private readonly Dictionary<string, Assembly> submissions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> referenced = new(StringComparer.OrdinalIgnoreCase);

    public Assembly AddSubmission(Stream image, Stream symbols)
    {
        var assembly = LoadFromStream(image, symbols);
        submissions[assembly.GetName().Name!] = assembly;
        return assembly;
    }

    /// <summary>Remembers a referenced file the host does not have, to load here when a submission asks for it.</summary>
    public void AddReferencedFile(string path) => referenced.TryAdd(HostAssemblies.SimpleName(path), path);

    /// <summary>Lets go of the loaded assemblies so that, once unloaded, nothing here keeps them alive.</summary>
    public void Forget()
    {
        submissions.Clear();
        referenced.Clear();
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var name = assemblyName.Name!;
        if (submissions.TryGetValue(name, out var submission))
        {
            return submission;
        }

        // The host's copy wins, so a notebook and the runner share one copy of each type.
        if (HostAssemblies.PathOf(name) is not null)
        {
            return HostAssemblies.Load(name);
        }

        if (referenced.TryGetValue(name, out var path))
        {
            return LoadFromAssemblyPath(path);
        }

        // A dependency of a referenced file usually lies beside it.
        return referenced.Values
            .Select(p => Path.Combine(Path.GetDirectoryName(p)!, name + ".dll"))
            .Where(File.Exists)
            .Select(LoadFromAssemblyPath)
            .FirstOrDefault();
    }
}
