// Route: Stack overflow: a ToString that formats itself
// Expect: contained IND132
var echo = new Echo().ToString();

Indicator("HS81", "Hostile case HS81: contained-recursive-tostring")
    .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
    .Rationale("A case of the hostile corpus: a valid indicator apart from its escape route, which alone must stop it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.QualifiedGpFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter();

class Echo
{
    public override string ToString() => $"{this}";
}
