using System.Globalization;

namespace Analysis.Data.Sample.Writers;

/// <summary>Spellings the publications use for the same names (upper case in most files, title case in QOF and Fingertips).</summary>
internal static class SampleText
{
    /// <summary>"KESTRELDALE SURGERY (SYNTHETIC)" → "Kestreldale Surgery (Synthetic)", keeping PCN as an acronym.</summary>
    public static string Title(string upper) =>
        CultureInfo.InvariantCulture.TextInfo.ToTitleCase(upper.ToLowerInvariant()).Replace("Pcn", "PCN", StringComparison.Ordinal);
}
