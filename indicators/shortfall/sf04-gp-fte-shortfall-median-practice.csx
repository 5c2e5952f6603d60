// The England rate (SF01) is a ratio of sums, dominated by large practices; the median practice rate is
// what a typical practice manages, and it is robust to a few practices with very high FTE per patient.
Shortfall("SF04", "Fully qualified GP FTE shortfall against the median practice rate per weighted patient")
    .Definition("Fully qualified GP FTE (excluding trainees and locums) an area would have if every practice had the " +
        "median practice's FTE per Carr-Hill weighted patient (the 50th percentile of practice rates in the period), " +
        "minus the FTE it has; reported as expected FTE, gap and gap as a percentage of expected.")
    .Rationale("Asks how far below the typical practice an area is, rather than below the national pool; the comparison " +
        "of SF01 and SF04 shows whether England's rate is pulled by outliers (METHODS.md sections 9 and 12).")
    .Supply(p => p.Workforce.QualifiedGpFte)
    .Need(p => p.WeightedPatients)
    .Target(Target.Percentile(50))
    .Unit("FTE")
    .Uses(Dataset.Workforce, Dataset.Payments)
    .Exclude(p => p.RegisteredPatients < 1_000, "list under 1,000 patients: new, closing or special-population practices with unstable rates")
    .Exclude(p => p.Workforce.AllGpFte == 0, "no GP FTE recorded at all: almost always a missing workforce return, not a practice without doctors")
    .Exclude(p => p.WeightedPatients == 0, "no weighted patients in the payments file (flagged 'No registered patients')");
