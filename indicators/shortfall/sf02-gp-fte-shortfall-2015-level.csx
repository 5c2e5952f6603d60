// Where 5.0 comes from: England's fully qualified GP FTE per 10,000 weighted patients in 2015-16, the year of
// the September 2015 baseline of the current workforce collection (the one the BMA measures losses from).
// Computed from the shared files with this indicator's own exclusions - the HEEC annual panel's 2015-16
// TOTAL_GP_EXTGL_FTE (the September 2015 census) over NHS Payments 2015-16 weighted patients - it is 27,326 FTE
// over 54.07 million weighted patients at 7,138 practices = 5.05 per 10,000, rounded down to 5.0; the same
// calculation gives 4.68 for 2017-18 and 4.29 for 2022-23. No published national target per weighted patient
// exists; a round figure such as 6.0 would be illustrative only, so a reproducible historical level is used.
Shortfall("SF02", "Fully qualified GP FTE shortfall against the 2015-16 England level (5.0 per 10,000 weighted patients)")
    .Definition("Fully qualified GP FTE (excluding trainees and locums) an area would have at 5.0 FTE per 10,000 " +
        "Carr-Hill weighted patients - England's level in 2015-16 - minus the FTE it has; reported as expected FTE, gap " +
        "and gap as a percentage of expected.")
    .Rationale("A fixed benchmark that does not move as England's own supply falls: the gap against the September 2015 " +
        "baseline shows how many GPs each area would need to be as well doctored, for its need, as England was then " +
        "(BMA, 'Pressures in general practice data analysis'; the England-rate gap, SF01, sums to zero by construction).")
    .Supply(p => p.Workforce.QualifiedGpFte)
    .Need(p => p.WeightedPatients)
    .Target(Target.Rate(5.0, per: 10_000))
    .Unit("FTE")
    .Uses(Dataset.Workforce, Dataset.Payments)
    .Exclude(p => p.RegisteredPatients < 1_000, "list under 1,000 patients: new, closing or special-population practices with unstable rates")
    .Exclude(p => p.Workforce.AllGpFte == 0, "no GP FTE recorded at all: almost always a missing workforce return, not a practice without doctors")
    .Exclude(p => p.WeightedPatients == 0, "no weighted patients in the payments file (flagged 'No registered patients')");
