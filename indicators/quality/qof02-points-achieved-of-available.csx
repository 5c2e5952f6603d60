// Points are not independent trials, so no Wilson interval: the value is a pooled share of points.
// Points available (the maximum for indicators where the practice has a register) is not in the nine-column
// tables of 2023-24 and 2024-25, so this indicator has no values for those years; QOF01 does.
Indicator("QOF02", "QOF points achieved as a percentage of points available")
    .Definition("QOF points achieved over the points available to the practice - the framework maximum for the " +
        "indicators whose disease registers the practice has - summed over practices.")
    .Rationale("Judges achievement only on what a practice could achieve, so practices without (say) a learning " +
        "disability register are not marked down; pooled over an area it weights practices by their available points " +
        "(NHS England QOF practice achievement table).")
    .Domain(Domain.Quality)
    .Proportion(ci: Ci.None)
    .Unit("% of available points")
    .Numerator(p => p.Qof.PointsAchieved)
    .Denominator(p => p.Qof.PointsAvailable)
    .Uses(Dataset.Qof)
    .HigherIsBetter()
    .Exclude(p => p.RegisteredPatients < 1_000, "list under 1,000 patients: new, closing or special-population practices with unstable rates")
    .Exclude(p => p.Qof.PointsAvailable == 0, "no QOF registers, so no points were available");
