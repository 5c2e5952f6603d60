using Analysis.Data.Reading;

namespace Analysis.Data.Catalogue;

/// <summary>
/// A publication the toolkit reads: who publishes it, where it is announced, how often, and the names its files
/// are published under. Entries come from the catalogue table (<c>publications.json</c>), not from code.
/// </summary>
/// <param name="Kind">The dataset the file is read as.</param>
/// <param name="Title">The publication's title.</param>
/// <param name="Publisher">Who publishes it.</param>
/// <param name="Cadence">How often a new edition appears.</param>
/// <param name="Period">How editions are named.</param>
/// <param name="LandingPage">The landing page template; period tokens give one edition's page.</param>
/// <param name="Files">Alternative file names (tried in order); empty when the data is derived rather than published.</param>
/// <param name="Note">What an analyst should know about the files.</param>
public sealed record Publication(
    DatasetKind Kind,
    string Title,
    string Publisher,
    Cadence Cadence,
    PeriodKind Period,
    string LandingPage,
    IReadOnlyList<PublicationFile> Files,
    string Note)
{
    /// <summary>True when the publisher publishes files of this kind (false for derived data).</summary>
    public bool IsPublished => Files.Count > 0;
}
