// Route: Unbalanced braces: close Run() early and declare a module initializer in the class
// Expect: IND124 line 3 braces
}
[System.Runtime.CompilerServices.ModuleInitializer]
internal static void Boot() { }
public void Again() {

Indicator("HS50", "Hostile case HS50: brace-escape")
    .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
    .Rationale("A case of the hostile corpus: a valid indicator apart from its escape route, which alone must stop it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.QualifiedGpFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter();
