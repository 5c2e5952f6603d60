// Counted against the whole list (PATIENT_LIST_TYPE TOTAL). No expected prevalence, for the reason given in PRV01.
Indicator("PRV03", "Recorded prevalence of COPD (all ages)")
    .Definition("Patients on the QOF chronic obstructive pulmonary disease register (register code COPD) as a " +
        "percentage of the practice's registered patients of all ages, summed over practices.")
    .Rationale("COPD is strongly patterned by deprivation and smoking and generates frequent GP contact, so it marks " +
        "need that the Carr-Hill weighting may under-capture (QOF prevalence publication; Fingertips Inhale profile).")
    .Domain(Domain.Prevalence)
    .Proportion()
    .Unit("% of registered patients")
    .Numerator(p => p.Prevalence != null && p.Prevalence.ContainsKey("COPD") ? (decimal?)p.Prevalence["COPD"].RegisterCount : null)
    .Denominator(p => p.Prevalence != null && p.Prevalence.ContainsKey("COPD") ? (decimal?)p.Prevalence["COPD"].ListSize : null)
    .Uses(Dataset.Prevalence)
    .NoJudgement()
    .Exclude(p => p.RegisteredPatients < 1_000, "list under 1,000 patients: new, closing or special-population practices with unstable rates");
