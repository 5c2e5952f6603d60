// Trainees alone need census-level files: the annual derived panel only has trainees and locums together
// (its TOTAL_LOCUUM_TRN_FTE), which WF13 uses instead.
Indicator("WF11", "GPs in training grades (FTE) per 10,000 weighted patients")
    .Definition("Full-time equivalent GP registrars and other GPs in training grades working in the practice " +
        "(GP Workforce TOTAL_GP_FTE less TOTAL_GP_EXTG_FTE, all GPs less GPs excluding trainees) per 10,000 Carr-Hill weighted patients, same financial year.")
    .Rationale("Training practices grow tomorrow's GPs, and GPs tend to settle near where they trained - the reason NHS " +
        "England's Targeted Enhanced Recruitment Scheme pays trainees to train in hard-to-recruit areas. Trainees also " +
        "consult, supervised, so they add to today's capacity (see WF04).")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.TraineeGpFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter()
    .Exclude(p => p.RegisteredPatients < 1_000, "list under 1,000 patients: new, closing or special-population practices with unstable rates")
    .Exclude(p => p.Workforce.AllGpFte == 0, "no GP FTE recorded at all: almost always a missing workforce return, not a practice without doctors")
    .Exclude(p => p.WeightedPatients == 0, "no weighted patients in the payments file (flagged 'No registered patients')");
