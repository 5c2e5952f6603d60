using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace Analysis.Notebooks.Execution;

/// <summary>
/// The assemblies the host process has: loaded, listed as trusted platform assemblies (the framework and the
/// application's dependencies), or lying in its own folder. A notebook that references one of these, by path or
/// as a NuGet package, gets the host's copy, so there is one copy of each type and formatters registered by the
/// notebook are the ones the host formats with.
/// </summary>
internal static class HostAssemblies
{
    private static readonly Lazy<ImmutableDictionary<string, string>> Trusted = new(ReadTrusted);
    private static readonly Lazy<ImmutableDictionary<string, string>> Beside = new(ReadBeside);

    // Opening metadata costs tens of milliseconds per assembly; every notebook of the process shares one reference per file.
    private static readonly ConcurrentDictionary<string, PortableExecutableReference> References = new(StringComparer.Ordinal);

    /// <summary>The file of the host's copy of an assembly, or null when the host has none.</summary>
    public static string? PathOf(string simpleName)
    {
        var loaded = AssemblyLoadContext.Default.Assemblies
            .FirstOrDefault(a => !a.IsDynamic && a.Location.Length > 0 && string.Equals(a.GetName().Name, simpleName, StringComparison.OrdinalIgnoreCase));
        return loaded?.Location ?? Trusted.Value.GetValueOrDefault(simpleName) ?? Beside.Value.GetValueOrDefault(simpleName);
    }

    /// <summary>True when the default context will find the assembly by itself (loaded already or trusted).</summary>
    public static bool IsTrusted(string simpleName) => Trusted.Value.ContainsKey(simpleName);

    /// <summary>The host's copy loaded in the default context (loading it there from the host's folder if need be).</summary>
    public static Assembly? Load(string simpleName)
    {
        var loaded = AssemblyLoadContext.Default.Assemblies.FirstOrDefault(a => string.Equals(a.GetName().Name, simpleName, StringComparison.OrdinalIgnoreCase));
        if (loaded is not null)
        {
            return loaded;
        }

        if (IsTrusted(simpleName))
        {
            return AssemblyLoadContext.Default.LoadFromAssemblyName(new AssemblyName(simpleName));
        }

        return Beside.Value.GetValueOrDefault(simpleName) is { } path ? AssemblyLoadContext.Default.LoadFromAssemblyPath(path) : null;
    }

    public static PortableExecutableReference Reference(string path) =>
        References.GetOrAdd(Path.GetFullPath(path), p => MetadataReference.CreateFromFile(p));

    /// <summary>An assembly's simple name from its file, or from the file name when it cannot be read (or does not exist).</summary>
    public static string SimpleName(string path)
    {
        try
        {
            return AssemblyName.GetAssemblyName(path).Name ?? Path.GetFileNameWithoutExtension(path);
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or UnauthorizedAccessException or ArgumentException)
        {
            return Path.GetFileNameWithoutExtension(path);
        }
    }

    private static ImmutableDictionary<string, string> ReadTrusted()
    {
        var list = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "";
        var table = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
        {
            table.TryAdd(Path.GetFileNameWithoutExtension(path), path);
        }

        return table.ToImmutable();
    }

    private static ImmutableDictionary<string, string> ReadBeside()
    {
        var table = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll"))
        {
            table.TryAdd(Path.GetFileNameWithoutExtension(path), path);
        }

        return table.ToImmutable();
    }
}
