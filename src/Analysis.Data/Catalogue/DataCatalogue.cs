using System.Text.Json;
using System.Text.Json.Serialization;
using Analysis.Data.Reading;

namespace Analysis.Data.Catalogue;

/// <summary>
/// Every publication the toolkit reads, with its landing page, file names and cadence, loaded from the
/// catalogue table embedded in this library (<c>Catalogue/publications.json</c>).
/// </summary>
public static class DataCatalogue
{
    private static readonly Lazy<IReadOnlyList<Publication>> Table = new(Load);

    /// <summary>One publication per <see cref="DatasetKind"/>, in the order of the enum.</summary>
    public static IReadOnlyList<Publication> All => Table.Value;

    /// <summary>The publication a dataset kind comes from.</summary>
    public static Publication For(DatasetKind kind) => All.Single(p => p.Kind == kind);

    private static IReadOnlyList<Publication> Load()
    {
        using var stream = typeof(DataCatalogue).Assembly.GetManifestResourceStream("Analysis.Data.Catalogue.publications.json")
            ?? throw new InvalidOperationException("the catalogue table publications.json is not embedded in Analysis.Data");
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            Converters = { new JsonStringEnumConverter() },
        };
        var document = JsonSerializer.Deserialize<CatalogueDocument>(stream, options)
            ?? throw new InvalidOperationException("the catalogue table publications.json is empty");

        // A kind missing from the table, or listed twice, is a defect in the table, not in a caller's input.
        var missing = Enum.GetValues<DatasetKind>().Except(document.Publications.Select(p => p.Kind)).ToList();
        var twice = document.Publications.GroupBy(p => p.Kind).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (missing.Count > 0 || twice.Count > 0)
        {
            throw new InvalidOperationException(
                $"publications.json must list each dataset kind once; missing: {string.Join(", ", missing)}; repeated: {string.Join(", ", twice)}");
        }

        return document.Publications.OrderBy(p => p.Kind).ToList();
    }

    private sealed record CatalogueDocument(string About, IReadOnlyList<Publication> Publications);
}
