namespace Analysis.Interactive.Tests.Support;

/// <summary>Tests that use the formatting library's global registrations run one at a time, never beside each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FormattingCollection : ICollectionFixture<SampleResults>
{
    public const string Name = "formatting";
}
