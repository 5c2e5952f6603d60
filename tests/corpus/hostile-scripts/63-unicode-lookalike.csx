// Route: Unicode look-alike: a class named with a Cyrillic М that reads as Math
// Expect: IND118 line 10 U+041C
// Expect: IND118 line 15 U+041C
Indicator("HS63", "Hostile case HS63: unicode-lookalike")
    .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
    .Rationale("A case of the hostile corpus: a valid indicator apart from its escape route, which alone must stop it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => Маth.Abs(p.Workforce.QualifiedGpFte))
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter();

static class Маth
{
    public static decimal? Abs(decimal? x) => x;
}
