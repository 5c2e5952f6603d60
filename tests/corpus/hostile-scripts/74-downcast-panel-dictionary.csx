// Route: Narrowing: cast the panel's read-only dictionary back to Dictionary and change it
// Expect: IND110 line 10 Dictionary
// Expect: IND121 line 10 conversion
Indicator("HS74", "Hostile case HS74: downcast-panel-dictionary")
    .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
    .Rationale("A case of the hostile corpus: a valid indicator apart from its escape route, which alone must stop it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => ((System.Collections.Generic.Dictionary<string, Analysis.Data.Qof.QofPrevalence>)p.Prevalence).Remove("DM") ? 1 : 0)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter();
