namespace Analysis.Interactive.Tests.Support;

/// <summary>Tests that share one run of the built-in sample.</summary>
[CollectionDefinition(Name)]
public sealed class SampleCollection : ICollectionFixture<SampleResults>
{
    public const string Name = "sample";
}
