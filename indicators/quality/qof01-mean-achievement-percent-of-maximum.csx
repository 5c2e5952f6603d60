// A mean of practice percentages, not a pooled ratio: every practice counts once, whatever its size, which
// is how "average QOF achievement" is usually read. QOF02 is the pooled alternative. The maximum changed from
// 559 points (2017-18 to 2019-20) to 635 (from 2021-22), and the indicators in the framework change most years,
// so compare years with care; 2020-21 achievement was largely income-protected and no table was found for it.
Indicator("QOF01", "QOF achievement: mean percentage of the maximum points")
    .Definition("The mean, over practices, of QOF points achieved as a percentage of the framework maximum for the year " +
        "(559 or 635 points), as published in the QOF practice achievement table.")
    .Rationale("QOF achievement is the only national, practice-level measure of the quality of chronic disease management " +
        "and prevention; under-doctored practices may find it harder to achieve (NHS England QOF publications; Health " +
        "Foundation, 'Level or not?', 2020).")
    .Domain(Domain.Quality)
    .Mean()
    .Unit("% of maximum points (mean of practices)")
    .Numerator(p => p.Qof.PercentOfMaximum)
    .Uses(Dataset.Qof)
    .HigherIsBetter()
    .Exclude(p => p.RegisteredPatients < 1_000, "list under 1,000 patients: new, closing or special-population practices with unstable rates")
    .Exclude(p => p.Qof.PointsAvailable == 0, "no QOF registers, so no points were available");
