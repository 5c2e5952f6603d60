// Route: Reflection by another name: compile a lambda's expression tree
// Expect: IND110 line 4 Compile()
System.Linq.Expressions.Expression<Func<int, int>> square = x => x * x;
var compiled = square.Compile();

Indicator("HS15", "Hostile case HS15: reflection-expression-compile")
    .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
    .Rationale("A case of the hostile corpus: a valid indicator apart from its escape route, which alone must stop it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.QualifiedGpFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter();
