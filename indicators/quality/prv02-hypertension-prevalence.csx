// Hypertension is counted against the whole list (PATIENT_LIST_TYPE TOTAL). Expected prevalence is not offered
// for the reason given in PRV01; recorded hypertension is known to fall well short of modelled prevalence
// (OHID estimates put undiagnosed hypertension in the millions), so low values may mean under-diagnosis.
Indicator("PRV02", "Recorded prevalence of hypertension (all ages)")
    .Definition("Patients on the QOF hypertension register (register code HYP) as a percentage of the practice's " +
        "registered patients of all ages, summed over practices.")
    .Rationale("The commonest long-term condition on QOF registers and the largest modifiable cause of cardiovascular " +
        "disease; finding and treating it is GP work, so recorded prevalence indicates both need and detection " +
        "(QOF prevalence publication; CVDPREVENT audit).")
    .Domain(Domain.Prevalence)
    .Proportion()
    .Unit("% of registered patients")
    .Numerator(p => p.Prevalence != null && p.Prevalence.ContainsKey("HYP") ? (decimal?)p.Prevalence["HYP"].RegisterCount : null)
    .Denominator(p => p.Prevalence != null && p.Prevalence.ContainsKey("HYP") ? (decimal?)p.Prevalence["HYP"].ListSize : null)
    .Uses(Dataset.Prevalence)
    .NoJudgement()
    .Exclude(p => p.RegisteredPatients < 1_000, "list under 1,000 patients: new, closing or special-population practices with unstable rates");
