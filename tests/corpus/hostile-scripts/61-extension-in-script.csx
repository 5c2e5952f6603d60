// Route: Extension methods: a script's own extension that reads a file
// Expect: IND110 line 16 System.IO.File
Indicator("HS61", "Hostile case HS61: extension-in-script")
    .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
    .Rationale("A case of the hostile corpus: a valid indicator apart from its escape route, which alone must stop it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.QualifiedGpFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter();

static class Slurping
{
    public static string Slurp(this string path) => System.IO.File.ReadAllText(path);
}
