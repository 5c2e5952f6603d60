// Route: Endless loop inside the numerator, evaluated by the engine
// Expect: contained IND130
Indicator("HS78", "Hostile case HS78: contained-loop-in-numerator")
    .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
    .Rationale("A case of the hostile corpus: a valid indicator apart from its escape route, which alone must stop it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => Slow.Spin(p.Workforce.QualifiedGpFte))
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter();

static class Slow
{
    public static decimal? Spin(decimal? x) { while (true) { } }
}
