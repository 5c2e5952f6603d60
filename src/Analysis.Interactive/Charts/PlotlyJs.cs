using Analysis.Data;
using Plotly.NET;

namespace Analysis.Interactive;

/// <summary>
/// The plotly.js library that Plotly.NET carries inside its assembly (version 2.28.0 with Plotly.NET 6.0.0), so
/// pages and notebooks draw charts offline: a site writes it once as a file, a single page inlines it.
/// </summary>
public static class PlotlyJs
{
    private static readonly Lazy<string> Script = new(Read);

    /// <summary>The plotly.js version, such as "2.28.0".</summary>
    public static string Version => Globals.PLOTLYJS_VERSION;

    /// <summary>The file name to ship it under, such as "plotly-2.28.0.min.js".</summary>
    public static string FileName => $"plotly-{Version}.min.js";

    /// <summary>The minified library (about 3.6 MB of JavaScript).</summary>
    public static string Text => Script.Value;

    /// <summary>Writes the library into a folder as <see cref="FileName"/> (whole or not at all) and returns its path.</summary>
    public static string WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        AtomicFile.Write(path, new System.Text.UTF8Encoding(false).GetBytes(Text));
        return path;
    }

    private static string Read()
    {
        var assembly = typeof(GenericChart).Assembly;
        var name = $"Plotly.NET.plotly-{Version}.min.js";
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} does not carry {name}; its resources are {string.Join(", ", assembly.GetManifestResourceNames())}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
