// Quintiles are of practices' scores among all practices in the loaded data with one (PanelRow.DeprivationQuintile):
// national quintiles on the full files, quintiles of the sample on the sample. A population share, not a sample
// estimate, so no interval. Practices without a score leave the indicator rather than count as not deprived.
Indicator("CTX04", "Share of registered patients in practices of the most deprived fifth")
    .Definition("Patients registered at practices whose IMD score places them in the most deprived national quintile " +
        "of practices (quintile 5), as a percentage of patients registered at practices with a score.")
    .Rationale("Says how much of an area's population the national deprivation gradient in GP supply applies to; an " +
        "area's shortfall means more where most of its patients are in the most deprived fifth (Health Foundation, " +
        "'Level or not?', 2020).")
    .Domain(Domain.Context)
    .Proportion(ci: Ci.None)
    .Unit("% of registered patients")
    .Numerator(p => p.DeprivationQuintile == null ? null : p.DeprivationQuintile == 5 ? p.RegisteredPatients : 0m)
    .Denominator(p => p.DeprivationQuintile == null ? null : p.RegisteredPatients)
    .Uses(Dataset.Deprivation, Dataset.Registrations)
    .NoJudgement();
