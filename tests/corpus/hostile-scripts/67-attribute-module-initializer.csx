// Route: Attributes: a module initializer runs when the assembly loads
// Expect: IND115 line 16 ModuleInitializerAttribute
Indicator("HS67", "Hostile case HS67: attribute-module-initializer")
    .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
    .Rationale("A case of the hostile corpus: a valid indicator apart from its escape route, which alone must stop it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.QualifiedGpFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter();

static class Boot
{
    [System.Runtime.CompilerServices.ModuleInitializer]
    internal static void Start() { }
}
