using Analysis.Notebooks.Documents;

namespace Analysis.Notebooks.Tests;

public sealed class PublicTypesAreDocumented
{
    [Fact]
    public void Every_public_type_has_a_summary_an_analyst_can_read() =>
        Assert.Empty(Analysis.Testing.Documentation.UndocumentedPublicTypes(typeof(NotebookFile).Assembly));
}
