// Expected FTE = weighted patients x the England rate (total qualified GP FTE over total weighted patients in
// the period, METHODS.md section 12); the gap is expected minus actual, so a positive gap is a shortfall. The
// England rate is taken over the practices that pass the exclusions below.
Shortfall("SF01", "Fully qualified GP FTE shortfall against the England rate per weighted patient")
    .Definition("Fully qualified GP FTE (excluding trainees and locums) an area would have at England's rate of " +
        "qualified GP FTE per Carr-Hill weighted patient, minus the FTE it has. Reported as expected FTE, the gap in FTE " +
        "and the gap as a percentage of expected; areas sum their practices' supply and need.")
    .Rationale("Turns WF01 into the number of GPs an area lacks if need-adjusted supply were even across England: the " +
        "'under-doctored' measure of the Health Foundation's 'Level or not?' (2020) and METHODS.md section 12.")
    .Supply(p => p.Workforce.QualifiedGpFte)
    .Need(p => p.WeightedPatients)
    .Target(Target.EnglandRate)
    .Unit("FTE")
    .Uses(Dataset.Workforce, Dataset.Payments)
    .Exclude(p => p.RegisteredPatients < 1_000, "list under 1,000 patients: new, closing or special-population practices with unstable rates")
    .Exclude(p => p.Workforce.AllGpFte == 0, "no GP FTE recorded at all: almost always a missing workforce return, not a practice without doctors")
    .Exclude(p => p.WeightedPatients == 0, "no weighted patients in the payments file (flagged 'No registered patients')");
