// Route: An exception thrown from inside the numerator, in the engine
// Expect: contained no-values
Indicator("HS85", "Hostile case HS85: contained-throwing-numerator")
    .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
    .Rationale("A case of the hostile corpus: a valid indicator apart from its escape route, which alone must stop it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => Boom.Value(p.Workforce.QualifiedGpFte))
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter();

static class Boom
{
    public static decimal? Value(decimal? x) => int.Parse("boom");
}
