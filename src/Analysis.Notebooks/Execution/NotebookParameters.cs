using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Analysis.Notebooks.Documents;
using Microsoft.CodeAnalysis.CSharp;

namespace Analysis.Notebooks.Execution;

/// <summary>
/// Papermill's parameters for C#: a new cell tagged <c>injected-parameters</c> goes right after the cell tagged
/// <c>parameters</c> (or first, when there is none), replacing one left by an earlier run; it declares each value
/// again with <c>var</c>, which shadows the default. Values that read as whole numbers, decimals or booleans keep
/// that type, as papermill's command line does; anything else is a string.
/// </summary>
public static class NotebookParameters
{
    /// <summary>The tag papermill puts on the injected cell.</summary>
    public const string InjectedTag = "injected-parameters";

    /// <summary>The notebook with its parameters cell followed by one that sets the given values.</summary>
    public static Notebook Inject(Notebook notebook, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        if (parameters.Count == 0)
        {
            return notebook;
        }

        foreach (var (name, _) in parameters.Where(p => !SyntaxFacts.IsValidIdentifier(p.Key) || SyntaxFacts.GetKeywordKind(p.Key) != SyntaxKind.None))
        {
            throw new ArgumentException($"parameter name '{name}' is not a C# identifier", nameof(parameters));
        }

        var cells = notebook.Cells.Where(c => !c.HasTag(InjectedTag)).ToList();
        var at = cells.FindIndex(c => c.HasTag("parameters")) + 1;
        var code = new StringBuilder("// Parameters\n");
        foreach (var (name, value) in parameters)
        {
            code.Append(CultureInfo.InvariantCulture, $"var {name} = {Literal(value)};\n");
        }

        cells.Insert(at, new NotebookCell
        {
            Kind = CellKind.Code,
            Kernel = KernelNames.CSharp,
            Source = code.ToString().TrimEnd('\n'),
            Metadata = new JsonObject { ["tags"] = new JsonArray(InjectedTag) },
        });
        return notebook with { Cells = [.. cells] };
    }

    /// <summary>Parses <c>name=value</c> as given on the command line.</summary>
    public static KeyValuePair<string, string> Parse(string assignment)
    {
        var equals = assignment.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new FormatException($"expected name=value, got '{assignment}'");
        }

        return KeyValuePair.Create(assignment[..equals].Trim(), assignment[(equals + 1)..]);
    }

    private static string Literal(string value)
    {
        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return whole is >= int.MinValue and <= int.MaxValue ? whole.ToString(CultureInfo.InvariantCulture) : whole.ToString(CultureInfo.InvariantCulture) + "L";
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            var text = number.ToString("R", CultureInfo.InvariantCulture);
            return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
        }

        if (bool.TryParse(value, out var flag))
        {
            return flag ? "true" : "false";
        }

        return SymbolDisplay.FormatLiteral(value, quote: true);
    }
}
