// Route: Static mutable state: a readonly field holding a mutable array
// Expect: IND114 line 16 Seen
Indicator("HS55", "Hostile case HS55: static-readonly-array")
    .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
    .Rationale("A case of the hostile corpus: a valid indicator apart from its escape route, which alone must stop it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.QualifiedGpFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter();

static class Cache
{
    public static readonly decimal[] Seen = new decimal[10];
}
