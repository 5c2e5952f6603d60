// Route: P/Invoke: a DllImport extern method in a nested class
// Expect: IND113 line 17 DllImportAttribute
// Expect: IND113 line 18 extern
Indicator("HS35", "Hostile case HS35: pinvoke-dllimport")
    .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
    .Rationale("A case of the hostile corpus: a valid indicator apart from its escape route, which alone must stop it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.QualifiedGpFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter();

static class Native
{
    [System.Runtime.InteropServices.DllImport("libc")]
    public static extern int getpid();
}
