using System.Text;

namespace Analysis.Notebooks.Comparison;

/// <summary>
/// A line diff for people: the changed lines marked <c>-</c> (stored) and <c>+</c> (new), with a line of context
/// either side, from a longest-common-subsequence alignment; long texts are cut to keep a failure readable.
/// </summary>
internal static class LineDiff
{
    private const int MaxLines = 2_000;
    private const int MaxShown = 40;

    public static string Describe(string expected, string actual, string indent)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        if (a.Length > MaxLines || b.Length > MaxLines)
        {
            var at = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(i => a[i] != b[i]);
            return $"{indent}first difference at line {at + 1}:\n{indent}- {Line(a, at)}\n{indent}+ {Line(b, at)}";
        }

        var script = Align(a, b);
        var changed = script.Select((step, i) => (step, i)).Where(s => s.step.Mark != ' ').Select(s => s.i).ToHashSet();
        var shown = new StringBuilder();
        var lines = 0;
        var gap = false;
        for (var i = 0; i < script.Count && lines < MaxShown; i++)
        {
            if (!changed.Contains(i) && !changed.Contains(i - 1) && !changed.Contains(i + 1))
            {
                gap = true;
                continue;
            }

            if (gap && shown.Length > 0)
            {
                shown.Append(indent).Append("  ...\n");
            }

            gap = false;
            shown.Append(indent).Append(script[i].Mark).Append(' ').Append(script[i].Text).Append('\n');
            lines++;
        }

        if (lines == MaxShown)
        {
            shown.Append(indent).Append("  (diff cut at ").Append(MaxShown).Append(" lines)\n");
        }

        return shown.ToString().TrimEnd('\n');
    }

    private static string Line(string[] lines, int at) => at < lines.Length ? lines[at] : "(end of text)";

    private static List<(char Mark, string Text)> Align(string[] a, string[] b)
    {
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var script = new List<(char, string)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                script.Add((' ', a[x++]));
                y++;
            }
            else if (y < b.Length && (x == a.Length || lengths[x, y + 1] >= lengths[x + 1, y]))
            {
                script.Add(('+', b[y++]));
            }
            else
            {
                script.Add(('-', a[x++]));
            }
        }

        // Show what was stored before what came instead.
        for (var i = 1; i < script.Count; i++)
        {
            if (script[i].Item1 == '-' && script[i - 1].Item1 == '+')
            {
                var k = i;
                while (k > 0 && script[k - 1].Item1 == '+')
                {
                    (script[k - 1], script[k]) = (script[k], script[k - 1]);
                    k--;
                }
            }
        }

        return script;
    }
}
