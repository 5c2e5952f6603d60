using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Analysis.Notebooks.Documents;
using Analysis.Notebooks.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Analysis.Notebooks.Tests.Documents;

public sealed class RoundTripProperties
{
    [Property(Arbitrary = [typeof(NotebookArbitrary)], MaxTest = 200)]
    public void Reading_what_was_written_gives_the_same_cells_and_writing_it_again_the_same_bytes(Notebook notebook)
    {
        var text = NotebookFile.ToIpynb(notebook);
        var read = NotebookFile.Parse("p.ipynb", text).Notebook!;

        Assert.Equal(notebook.Cells.Length, read.Cells.Length);
        Assert.All(read.Cells.Zip(notebook.Cells), p => Assert.True(SameCell(p.First, p.Second), $"cell {p.Second.Id} did not survive the round trip"));
        Assert.Equal(text, NotebookFile.ToIpynb(read));
    }

    [Property(Arbitrary = [typeof(NotebookArbitrary)], MaxTest = 50)]
    public bool Every_written_notebook_validates_against_the_schema(Notebook notebook) =>
        NbformatSchema.Validate(NotebookFile.ToIpynb(notebook)).Count == 0;

    private static bool SameCell(NotebookCell read, NotebookCell written) =>
        read.Kind == written.Kind
        && read.Source == written.Source
        && (read.Id == written.Id || (written.Id is null && read.Id is { Length: 8 }))
        && read.Tags.SequenceEqual(written.Tags)
        && (written.Kind != CellKind.Code || (read.ExecutionCount == written.ExecutionCount && SameOutputs(read.Outputs, written.Outputs)));

    private static bool SameOutputs(ImmutableArray<CellOutput> read, ImmutableArray<CellOutput> written) =>
        read.Length == written.Length && read.Zip(written).All(p => (p.First, p.Second) switch
        {
            // Jupyter sorts a bundle's MIME types, so only the set of representations survives, not their order.
            (DisplayOutput a, DisplayOutput b) => a.Data.OrderBy(d => d.MimeType, StringComparer.Ordinal).SequenceEqual(b.Data.OrderBy(d => d.MimeType, StringComparer.Ordinal)),
            (ErrorOutput a, ErrorOutput b) => a.Name == b.Name && a.Value == b.Value && a.Traceback.SequenceEqual(b.Traceback),
            var (a, b) => Equals(a, b),
        });

    /// <summary>Notebooks with awkward text: empty sources, trailing newlines, CRLF, quotes, HTML and non-ASCII.</summary>
    public static class NotebookArbitrary
    {
        private static readonly Gen<string> Text =
            Gen.Elements("", "\n", "a", "var x = 1;", "\"quoted\"", "<b>&amp;</b>", "£ and ü", "tab\t", "\r\n", "// comment", "#!time", "{\"a\":1}")
                .ListOf().Select(parts => string.Concat(parts));

        private static readonly Gen<CellOutput> Output = Gen.OneOf(
            Gen.Zip(Gen.Elements(StreamOutput.Stdout, StreamOutput.Stderr), Text).Select(p => (CellOutput)new StreamOutput(p.Item1, p.Item2)),
            Text.Select(t => (CellOutput)DisplayOutput.Of("text/plain", t)),
            Text.Select(t => (CellOutput)new DisplayOutput([new MimeValue("text/html", t), new MimeValue("text/csv", t)])),
            Text.Select(t => (CellOutput)ErrorOutput.Of("(1,1): error CS0103: " + t)));

        private static readonly Gen<NotebookCell> Cell =
            from kind in Gen.Elements(CellKind.Code, CellKind.Markdown, CellKind.Raw)
            from source in Text
            from id in Gen.Elements<string?>(null, "abc", "cell-1", "X_2")
            from tags in Gen.SubListOf("parameters", "nbval-skip", "raises-exception")
            from count in Gen.Elements<int?>(null, 1, 7)
            from outputs in Output.ListOf()
            select new NotebookCell
            {
                Kind = kind,
                Kernel = kind == CellKind.Markdown ? KernelNames.Markdown : kind == CellKind.Raw ? "raw" : KernelNames.CSharp,
                Source = source,
                Id = id,
                Metadata = tags.Count == 0 ? [] : new JsonObject { ["tags"] = new JsonArray([.. tags.Select(t => (JsonNode?)t)]) },
                ExecutionCount = kind == CellKind.Code ? count : null,
                Outputs = kind == CellKind.Code ? [.. outputs] : [],
            };

        public static Arbitrary<Notebook> Notebooks() =>
            Arb.From(Cell.ListOf().Select(cells => UniqueIds(cells.ToList())));

        private static Notebook UniqueIds(List<NotebookCell> cells)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            return new Notebook { Cells = [.. cells.Select(c => c.Id is not null && !seen.Add(c.Id) ? c with { Id = null } : c)] };
        }
    }
}
