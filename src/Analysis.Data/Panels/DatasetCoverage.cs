
namespace Analysis.Data.Panels;

/// <summary>How completely one dataset covers the panel: practice-months present and missing, by reason.</summary>
public sealed record DatasetCoverage(PanelDataset Dataset, int PracticeMonths, int Covered, IReadOnlyDictionary<MissingReason, int> Missing)
{
    /// <summary>Covered practice-months as a share of all (0 to 1).</summary>
    public double Share => PracticeMonths == 0 ? 0 : (double)Covered / PracticeMonths;
}
