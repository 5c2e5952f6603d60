// Route: An exception thrown from ToString while the script builds its title
// Expect: contained IND102
var title = $"{new Bomb()}";

Indicator("HS84", "Hostile case HS84: contained-throwing-tostring")
    .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
    .Rationale("A case of the hostile corpus: a valid indicator apart from its escape route, which alone must stop it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.QualifiedGpFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter();

class Bomb
{
    public override string ToString() => int.Parse("boom").ToString();
}
