// Route: Static mutable state: a static property with a setter
// Expect: IND114 line 16 static property Scale
Indicator("HS53", "Hostile case HS53: static-property-setter")
    .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
    .Rationale("A case of the hostile corpus: a valid indicator apart from its escape route, which alone must stop it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.QualifiedGpFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter();

static class Settings
{
    public static decimal Scale { get; set; } = 1;
}
