using Analysis.Notebooks.Execution;
using Analysis.Notebooks.Tests.Support;

namespace Analysis.Notebooks.Tests.Execution;

public sealed class ScriptChainTests
{
    [Fact]
    public void Variables_methods_and_types_carry_from_cell_to_cell()
    {
        var run = Run.Cells(
            "var gps = 40;\nint Twice(int x) => x * 2;\nrecord Practice(string Code, int Gps);",
            "new Practice(\"X00001\", Twice(gps)).Gps");

        Assert.All(run.Cells, c => Assert.Equal(CellStatus.Ran, c.Status));
        Assert.StartsWith("text/html: <div class=\"dni-plaintext\"><pre>80</pre></div>", Assert.Single(Run.Outputs(run, 1)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_trailing_display_call_shows_its_value_once()
    {
        var run = Run.Cells("display(\"shown once\")");

        Assert.Equal(["text/plain: shown once"], Run.Outputs(run, 0));
    }

    [Fact]
    public void Stdout_and_stderr_are_separate_streams_and_consecutive_writes_coalesce()
    {
        var run = Run.Cells("Console.Write(\"a\");\nConsole.WriteLine(\"b\");\nConsole.Error.WriteLine(\"oops\");\nConsole.WriteLine(\"c\");");

        Assert.Equal(["stdout: ab\n", "stderr: oops\n", "stdout: c\n"], Run.Outputs(run, 0));
    }
}
