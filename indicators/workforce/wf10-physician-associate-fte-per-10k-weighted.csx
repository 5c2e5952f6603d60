// Practice-employed physician associates only (PCN-employed ones are in the PCN collection). Needs
// census-level "Practice Level - Detailed" files.
Indicator("WF10", "Physician associates (FTE) per 10,000 weighted patients")
    .Definition("Full-time equivalent physician associates employed by the practice (GP Workforce 'Practice Level - Detailed' " +
        "TOTAL_DPC_PHYSICIAN_ASSOC_FTE) per 10,000 Carr-Hill weighted patients, same financial year.")
    .Rationale("Physician associates were expanded in general practice to add medical capacity without GPs; whether they " +
        "substitute for GPs is contested (the Leng review, 2025, recommended renaming the role 'physician assistant' and " +
        "limiting its scope), so the scorecard reports the level without judging it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.PhysicianAssociateFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .NoJudgement()
    .Exclude(p => p.RegisteredPatients < 1_000, "list under 1,000 patients: new, closing or special-population practices with unstable rates")
    .Exclude(p => p.Workforce.AllGpFte == 0, "no GP FTE recorded at all: almost always a missing workforce return, not a practice without doctors")
    .Exclude(p => p.WeightedPatients == 0, "no weighted patients in the payments file (flagged 'No registered patients')");
