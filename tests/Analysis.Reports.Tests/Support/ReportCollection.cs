namespace Analysis.Reports.Tests.Support;

/// <summary>Tests that share one small sample and the site built from it (run one after another: each build uses both cores).</summary>
[CollectionDefinition(Name)]
public sealed class ReportCollection : ICollectionFixture<ReportFixture>
{
    public const string Name = "report";
}
