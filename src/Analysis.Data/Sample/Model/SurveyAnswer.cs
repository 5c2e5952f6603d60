namespace Analysis.Data.Sample.Model;

/// <summary>One survey question's result: the weighted share in each answer category, the positive share and the base.</summary>
internal sealed record SurveyAnswer(string Stem, IReadOnlyList<double> Categories, double Positive, int Base);
