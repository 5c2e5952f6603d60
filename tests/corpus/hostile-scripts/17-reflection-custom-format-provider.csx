// Route: String tricks: a custom IFormatProvider is handed a Type
// Expect: IND110 line 18 System.Type
var text = string.Format(new Formatter(), "{0}", 1);

Indicator("HS17", "Hostile case HS17: reflection-custom-format-provider")
    .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
    .Rationale("A case of the hostile corpus: a valid indicator apart from its escape route, which alone must stop it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.QualifiedGpFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter();

class Formatter : IFormatProvider
{
    public object GetFormat(Type formatType) => null;
}
