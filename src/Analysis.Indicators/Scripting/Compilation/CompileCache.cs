using Analysis.Data;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Analysis.Data.Panels;
using Microsoft.CodeAnalysis.CSharp;

namespace Analysis.Indicators.Scripting;

/// <summary>
/// Compiled script libraries on disk, one entry per key: <c>KEY.json</c> (scripts, classes, compile
/// diagnostics) and <c>KEY.dll</c> (the assembly, with its PDB embedded). The key is a SHA-256 over the
/// normalised sources and their paths (the paths are compiled in, through <c>#line</c>), the Roslyn,
/// runtime, DSL and data-model builds, the class writer's version and the symbol rules.
/// </summary>
/// <remarks>A failed compile is cached too, so checking an unchanged broken library is as fast as a clean one.</remarks>
internal sealed class CompileCache(string folder, int capacity)
{
    public static string Key(IReadOnlyList<ScriptSource> sources, IReadOnlyList<ISymbolRule> rules)
    {
        var text = new StringBuilder()
            .Append("writer ").Append(ScriptClassWriter.Version).Append('\n')
            .Append("roslyn ").Append(Informational(typeof(CSharpCompilation).Assembly)).Append('\n')
            .Append("runtime ").Append(Environment.Version).Append('\n')
            .Append("dsl ").Append(typeof(IndicatorScript).Assembly.ManifestModule.ModuleVersionId).Append('\n')
            .Append("data ").Append(typeof(PanelRow).Assembly.ManifestModule.ModuleVersionId).Append('\n');
        foreach (var rule in rules)
        {
            text.Append("rule ").Append(rule.Name).Append('\n');
        }

        foreach (var source in sources)
        {
            // Lengths first, so no choice of path and text can collide with another.
            text.Append("file ").Append(source.Path.Length).Append(':').Append(source.Path)
                .Append(' ').Append(source.Text.Length).Append(':').Append(source.Text).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public CompiledLibrary? TryLoad(string key)
    {
        var manifestPath = Path.Combine(folder, key + ".json");
        try
        {
            var manifest = JsonSerializer.Deserialize(File.ReadAllBytes(manifestPath), CacheJson.Default.CacheManifest);
            if (manifest is null)
            {
                return null;
            }

            var image = manifest.HasImage ? File.ReadAllBytes(Path.Combine(folder, key + ".dll")) : null;
            File.SetLastWriteTimeUtc(manifestPath, DateTime.UtcNow); // least recently used goes first when pruning
            return new CompiledLibrary(manifest.Scripts, manifest.Diagnostics, image);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            // Missing, half-removed by a prune in another process, or unreadable: compile again.
            return null;
        }
    }

    public void Store(string key, CompiledLibrary library)
    {
        try
        {
            Directory.CreateDirectory(folder);
            if (library.Image is { } image)
            {
                AtomicFile.Write(Path.Combine(folder, key + ".dll"), image);
            }

            // The manifest last: its presence says the entry is complete.
            var manifest = new CacheManifest(library.Scripts, library.Diagnostics, library.Image is not null);
            AtomicFile.Write(Path.Combine(folder, key + ".json"), JsonSerializer.SerializeToUtf8Bytes(manifest, CacheJson.Default.CacheManifest));
            Prune();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only costs time; the compile itself succeeded.
        }
    }

    private static string Informational(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? assembly.GetName().Version?.ToString() ?? "?";

    private void Prune()
    {
        var stale = new DirectoryInfo(folder).GetFiles("*.json")
            .OrderByDescending(f => f.LastWriteTimeUtc)
            .Skip(capacity);
        foreach (var manifest in stale)
        {
            manifest.Delete();
            File.Delete(Path.ChangeExtension(manifest.FullName, ".dll"));
        }
    }
}
