using System.Collections.Immutable;

namespace Analysis.Notebooks.Execution;

/// <summary>
/// A cell's C# after its kernel directives were taken out: the code (directive lines blanked, so line numbers
/// still match the notebook), the NuGet packages it asks for, whether it is timed, and any directive errors.
/// </summary>
internal sealed record PreparedCell(string Code, ImmutableArray<PackageRequest> Packages, bool Timed, ImmutableArray<string> Errors)
{
    /// <summary>True when nothing but blank lines and comments-free whitespace remains to run.</summary>
    public bool IsEmpty => Code.Trim().Length == 0;
}
