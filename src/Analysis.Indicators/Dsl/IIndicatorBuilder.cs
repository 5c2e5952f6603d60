namespace Analysis.Indicators;

/// <summary>Anything that builds an indicator definition (an indicator or a shortfall).</summary>
public interface IIndicatorBuilder
{
    /// <summary>The immutable definition as built so far.</summary>
    IndicatorDefinition Build();
}
