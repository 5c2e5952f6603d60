// Registers are counted against their own list (the 17+ list for diabetes), so the denominator is the
// register's ListSize, not the whole list. A practice-year without a DM register is missing, not zero.
// Prevalence-to-expected (an indirectly standardised ratio) is not offered: it needs expected counts -
// either modelled estimates (such as the NCVIN/OHID diabetes prevalence model) or national register rates
// by age and sex applied to the practice's age-sex list - and QOF registers are not published by age and
// sex, nor are modelled estimates among this toolkit's datasets.
Indicator("PRV01", "Recorded prevalence of diabetes (patients aged 17+)")
    .Definition("Patients on the QOF diabetes mellitus register (type 1 or type 2, aged 17 and over; register code DM) " +
        "as a percentage of the practice's registered patients aged 17 and over, summed over practices.")
    .Rationale("Diabetes is common, rising, more prevalent in deprived populations and GP-managed; recorded prevalence " +
        "is a need signal to read beside supply (QOF prevalence publication; Fingertips National General Practice " +
        "Profiles). Recorded prevalence also reflects case-finding, so it carries no judgement.")
    .Domain(Domain.Prevalence)
    .Proportion()
    .Unit("% of patients aged 17+")
    .Numerator(p => p.Prevalence != null && p.Prevalence.ContainsKey("DM") ? (decimal?)p.Prevalence["DM"].RegisterCount : null)
    .Denominator(p => p.Prevalence != null && p.Prevalence.ContainsKey("DM") ? (decimal?)p.Prevalence["DM"].ListSize : null)
    .Uses(Dataset.Prevalence)
    .NoJudgement()
    .Exclude(p => p.RegisteredPatients < 1_000, "list under 1,000 patients: new, closing or special-population practices with unstable rates");
