namespace Analysis.Indicators.Engine.Evaluation;

/// <summary>Evaluates rows <paramref name="start"/> to <paramref name="end"/> into the bucket arrays.</summary>
internal delegate void BatchLoop(
    double[][] columns, int[] area, int start, int end, double[] sums, int[] counts, int[] reasons, int reasonCount, MissingReasons missing);
