// The need-adjusted supply measure the shortfall indicators (SF01, SF02, SF04) count gaps in.
// Weighted patients are those of the month's financial year (payments are annual); the FTE are the census
// in force that month, or the year's mean where only annual workforce figures are loaded.
Indicator("WF01", "Fully qualified GPs (FTE) per 10,000 weighted patients")
    .Definition("Full-time equivalent (37.5 hours a week) fully qualified GPs - partners, salaried GPs and retainers, " +
        "excluding GPs in training grades and locums (GP Workforce TOTAL_GP_EXTGL_FTE) - per 10,000 Carr-Hill weighted " +
        "patients (NHS Payments to General Practice, number of weighted patients, same financial year). An area's value is " +
        "its practices' total FTE over their total weighted patients.")
    .Rationale("The usual measure of how well doctored a population is relative to its need (METHODS.md section 12; " +
        "Health Equity Evidence Centre workforce analysis). Weighting by the Carr-Hill formula adjusts for age, sex, " +
        "morbidity, list turnover, care homes and rurality; the Health Foundation's 'Level or not?' (2020) found a GP in " +
        "the most deprived fifth of England responsible for almost 10% more need-adjusted patients than one in the least deprived.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.QualifiedGpFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter()
    .Exclude(p => p.RegisteredPatients < 1_000, "list under 1,000 patients: new, closing or special-population practices with unstable rates")
    .Exclude(p => p.Workforce.AllGpFte == 0, "no GP FTE recorded at all: almost always a missing workforce return, not a practice without doctors")
    .Exclude(p => p.WeightedPatients == 0, "no weighted patients in the payments file (flagged 'No registered patients')");
