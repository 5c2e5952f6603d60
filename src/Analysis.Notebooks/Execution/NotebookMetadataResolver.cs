using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;

namespace Analysis.Notebooks.Execution;

/// <summary>
/// Resolves a cell's <c>#r "path.dll"</c> as Roslyn does (relative to the notebook's folder), then swaps in the
/// host's copy of any assembly the host has — even when the referenced build output is missing — so that the
/// one line that loads the toolkit in VS Code loads the runner's own toolkit here, without a second copy.
/// </summary>
internal sealed class NotebookMetadataResolver(string baseDirectory, SubmissionLoadContext context) : MetadataReferenceResolver
{
    private readonly ScriptMetadataResolver roslyn = ScriptMetadataResolver.Default.WithBaseDirectory(baseDirectory);

    public override bool ResolveMissingAssemblies => true;

    public override ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties)
    {
        var resolved = roslyn.ResolveReference(reference, baseFilePath, properties);
        if (resolved.IsDefaultOrEmpty)
        {
            var name = Path.GetFileName(reference);
            name = name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? name[..^4] : name;
            return HostAssemblies.PathOf(name) is { } host ? [HostAssemblies.Reference(host)] : resolved;
        }

        return [.. resolved.Select(PreferHost)];
    }

    public override PortableExecutableReference? ResolveMissingAssembly(MetadataReference definition, AssemblyIdentity referenceIdentity)
    {
        if (HostAssemblies.PathOf(referenceIdentity.Name) is { } host)
        {
            return HostAssemblies.Reference(host);
        }

        if (definition is PortableExecutableReference { FilePath: { } referencing }
            && Path.Combine(Path.GetDirectoryName(referencing)!, referenceIdentity.Name + ".dll") is var beside
            && File.Exists(beside))
        {
            context.AddReferencedFile(beside);
            return HostAssemblies.Reference(beside);
        }

        return null;
    }

    public override bool Equals(object? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    private PortableExecutableReference PreferHost(PortableExecutableReference reference)
    {
        if (reference.FilePath is not { } path)
        {
            return reference;
        }

        if (HostAssemblies.PathOf(HostAssemblies.SimpleName(path)) is { } host)
        {
            return HostAssemblies.Reference(host);
        }

        context.AddReferencedFile(path);
        return reference;
    }
}
