// Pharmacists employed by the practice only: most clinical pharmacists since 2019 are employed by PCNs
// under the Additional Roles Reimbursement Scheme and are not in practice-level data. Needs census-level
// "Practice Level - Detailed" files; the annual derived panel has no staff-role split.
Indicator("WF09", "Practice pharmacists (FTE) per 10,000 weighted patients")
    .Definition("Full-time equivalent pharmacists employed by the practice (GP Workforce 'Practice Level - Detailed' " +
        "TOTAL_DPC_PHARMA_FTE, plus advanced pharmacist practitioners where the file has them) per 10,000 Carr-Hill weighted patients, same financial year.")
    .Rationale("Clinical pharmacists take on medication reviews and long-term condition work that would otherwise fall " +
        "to GPs (NHS England Clinical Pharmacists in General Practice, 2015; GP Forward View 2016).")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.PharmacistFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter()
    .Exclude(p => p.RegisteredPatients < 1_000, "list under 1,000 patients: new, closing or special-population practices with unstable rates")
    .Exclude(p => p.Workforce.AllGpFte == 0, "no GP FTE recorded at all: almost always a missing workforce return, not a practice without doctors")
    .Exclude(p => p.WeightedPatients == 0, "no weighted patients in the payments file (flagged 'No registered patients')");
