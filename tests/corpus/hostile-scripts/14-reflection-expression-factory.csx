// Route: Reflection by another name: build an expression tree by hand
// Expect: IND110 line 3 System.Linq.Expressions.Expression
var body = System.Linq.Expressions.Expression.Constant(1m);

Indicator("HS14", "Hostile case HS14: reflection-expression-factory")
    .Definition("Fully qualified GPs, excluding trainees and locums, per 10,000 Carr-Hill weighted patients.")
    .Rationale("A case of the hostile corpus: a valid indicator apart from its escape route, which alone must stop it.")
    .Domain(Domain.Workforce)
    .Rate(per: 10_000)
    .Unit("FTE per 10,000 weighted patients")
    .Numerator(p => p.Workforce.QualifiedGpFte)
    .Denominator(p => p.WeightedPatients)
    .Uses(Dataset.Workforce, Dataset.Payments)
    .HigherIsBetter();
