// SF01 without the Carr-Hill weighting: the difference between the two gaps is what need adjustment
// moves between areas.
Shortfall("SF05", "Fully qualified GP FTE shortfall against the England rate per registered patient")
    .Definition("Fully qualified GP FTE (excluding trainees and locums) an area would have at England's rate of " +
        "qualified GP FTE per registered patient, minus the FTE it has; reported as expected FTE, gap and gap as a " +
        "percentage of expected.")
    .Rationale("The Carr-Hill formula is criticised for under-weighting deprivation (Health Foundation, 'Level or not?', " +
        "2020; METHODS.md section 13); showing the unadjusted gap beside SF01 keeps the need adjustment visible.")
    .Supply(p => p.Workforce.QualifiedGpFte)
    .Need(p => p.RegisteredPatients)
    .Target(Target.EnglandRate)
    .Unit("FTE")
    .Uses(Dataset.Workforce, Dataset.Registrations)
    .Exclude(p => p.RegisteredPatients < 1_000, "list under 1,000 patients: new, closing or special-population practices with unstable rates")
    .Exclude(p => p.Workforce.AllGpFte == 0, "no GP FTE recorded at all: almost always a missing workforce return, not a practice without doctors");
