// Route: Caller information: pretend the indicator is defined in another file
// Expect: IND122 line 4 path
// Expect: IND122 line 4 line
Indicator("HS76", "Hostile case HS76: caller-info-spoof", path: "indicators/workforce/wf01-qualified-gp-fte-per-10k-weighted.csx", line: 4)
    .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
    .Rationale("A case of the hostile corpus: a valid indicator apart from its escape route, which alone must stop it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.QualifiedGpFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter();
