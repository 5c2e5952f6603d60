namespace Analysis.Statistics;

/// <summary>For one event frequency, how many people in each age band had exactly that many events (e.g. 2 admissions).</summary>
/// <param name="Events">The number of events each of these people had (the frequency f).</param>
/// <param name="Persons">People with exactly <paramref name="Events"/> events, one entry per standardisation band.</param>
/// <remarks>
/// METHODS.md §4, non-independent events (PHEindicatormethods <c>calculate_dsr(independent_events = FALSE)</c>):
/// band events are Σ f·persons and the DSR variance is Σ f²·var(persons of frequency f).
/// </remarks>
public sealed record EventFrequency(double Events, IReadOnlyList<double> Persons);
