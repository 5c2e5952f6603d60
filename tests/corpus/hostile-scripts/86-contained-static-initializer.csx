// Route: Static-initializer side effect that throws (TypeInitializationException)
// Expect: contained IND102
var ready = Init.Value;

Indicator("HS86", "Hostile case HS86: contained-static-initializer")
    .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
    .Rationale("A case of the hostile corpus: a valid indicator apart from its escape route, which alone must stop it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.QualifiedGpFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter();

static class Init
{
    public static readonly int Value = int.Parse("boom");
}
